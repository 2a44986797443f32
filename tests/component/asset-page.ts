/** A page context like `AssetPage.svelte` sets, for rendering one section of the page alone. */
import { vi } from 'vitest';
import type { AssetFeaturesPayload } from '$lib/api';
import { AssetView } from '$lib/asset/asset-view.svelte';
import { assetPageContextMap } from '$lib/asset/page-context';
import type { ViewEntryState } from '$lib/asset/view-history';
import { LiveAsset } from '$lib/live/live-asset.svelte';
import { featuresPayload } from '../factories';

export function assetPageContext(
	payload: AssetFeaturesPayload = featuresPayload(),
	namespace: string | null = 'demo_prod'
) {
	const assetId = payload.data.asset.asset_id ?? 'ast_test';
	const live = new LiveAsset(assetId, namespace, payload);
	let params: ViewEntryState = { tab: null, item: null };
	const navigate = vi.fn((_href: string, next: ViewEntryState) => (params = next));
	const view = new AssetView(() => ({ assetId, namespace, live, params }), { navigate });
	const context = { assetId, namespace, live, view, apiBaseUrl: 'https://api.mixpeek.test' };
	return { context, map: assetPageContextMap(context), live, view, navigate };
}
