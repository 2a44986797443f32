/**
 * The asset view model: one type for what the page shows, one mapper per Mixpeek API
 * generation, and the one place that picks the mapper.
 *
 * To add a generation: give its payload a distinct `api` tag in `AssetSource` (see `$lib/api`),
 * write `from-<generation>.ts` returning an `AssetModel`, and add a case below.
 */
import type { AssetFeaturesPayload, ObjectPayload } from '$lib/api';
import { fromFeatures2025 } from './from-features-2025';
import type { ObjectModel } from './from-objects-2026';
import type { AssetModel } from './model';

export * from './model';
export type { CollectionChip, DocumentItem, MediaFile, ObjectModel } from './from-objects-2026';

/** Everything a mapper may be given: the 2025 features answer, or today's object and documents. */
export type AssetSource = AssetFeaturesPayload | ObjectPayload;

export function isObjectSource(source: AssetSource): source is ObjectPayload {
	return (source as ObjectPayload).api === 'objects-2026';
}

type ObjectMapper = (source: ObjectPayload, objectId: string) => ObjectModel;
let objectMapper: ObjectMapper | null = null;

/**
 * Today's mapper joins only on object pages (`from-objects-2026.ts` registers itself when the
 * object page imports it), so the asset page's first-load JavaScript does not carry it.
 */
export function registerObjectMapper(mapper: ObjectMapper): void {
	objectMapper = mapper;
}

export function toAssetModel(source: AssetSource, assetId: string): AssetModel {
	if (!isObjectSource(source)) return fromFeatures2025(source.data, assetId);
	if (!objectMapper) throw new Error('toAssetModel: import from-objects-2026 on object pages');
	return objectMapper(source, assetId);
}

/** The object-only part of a model, when it came from today's API. */
export function objectModelOf(model: AssetModel): ObjectModel | null {
	return 'object' in model ? (model as ObjectModel) : null;
}

/** The processing status a source reports (what polling watches). */
export function sourceStatus(source: AssetSource): unknown {
	return isObjectSource(source) ? source.object.status : source.data.asset.status;
}
