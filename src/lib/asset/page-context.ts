/**
 * What every part of the asset page may read without it being passed down: which asset in which
 * namespace, its live copy (refresh, verdicts) and its view state (model, tab, open item).
 * `AssetPage.svelte` sets it; any component under it calls `assetPage()`.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { LiveAsset } from '$lib/live/live-asset.svelte';
import type { AssetView } from './asset-view.svelte';

export interface AssetPageContext {
	readonly assetId: string;
	/** The namespace sent upstream; null means the key's default namespace. */
	readonly namespace: string | null;
	readonly live: LiveAsset;
	readonly view: AssetView;
	/** Set on an object page (today's API): the bucket the object lives in. */
	readonly object?: { readonly bucketId: string } | null;
	/** The upstream base URL the server calls, for "Show the request". */
	readonly apiBaseUrl: string;
}

const KEY = Symbol('asset-page');

/**
 * Call once in the page component. `current` is read on every access, so a new load (a new
 * LiveAsset) is seen without a remount.
 */
export function setAssetPage(current: () => Omit<AssetPageContext, 'view'>, view: AssetView): void {
	setContext(KEY, {
		get assetId() {
			return current().assetId;
		},
		get namespace() {
			return current().namespace;
		},
		get live() {
			return current().live;
		},
		get object() {
			return current().object ?? null;
		},
		get apiBaseUrl() {
			return current().apiBaseUrl;
		},
		view
	} satisfies AssetPageContext);
}

/** A context map holding `context`, to render a part of the page on its own (component tests). */
export function assetPageContextMap(context: AssetPageContext): Map<symbol, AssetPageContext> {
	return new Map([[KEY, context]]);
}

/** The asset page around this component; throws outside one (a wiring mistake, not user input). */
export function assetPage(): AssetPageContext {
	const context = getContext<AssetPageContext | undefined>(KEY);
	if (!context) throw new Error('assetPage() is only available inside the asset page');
	return context;
}

/** The asset page, or undefined outside one (a preview then just shows its own failure). */
export function maybeAssetPage(): AssetPageContext | undefined {
	return hasContext(KEY) ? getContext<AssetPageContext>(KEY) : undefined;
}
