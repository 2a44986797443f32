/**
 * The asset view model: one type for what the page shows, one mapper per Mixpeek API
 * generation, and the one place that picks the mapper.
 *
 * To add a generation: give its payload a distinct `api` tag in `AssetSource` (see `$lib/api`),
 * write `from-<generation>.ts` returning an `AssetModel`, and add a case below.
 */
import type { AssetFeaturesPayload } from '$lib/api';
import { fromFeatures2025 } from './from-features-2025';
import type { AssetModel } from './model';

export * from './model';

/** Everything a mapper may be given: today only the 2025 features answer. */
export type AssetSource = AssetFeaturesPayload;

export function toAssetModel(source: AssetSource, assetId: string): AssetModel {
	return fromFeatures2025(source.data, assetId);
}
