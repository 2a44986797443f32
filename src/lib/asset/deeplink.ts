/** The page's canonical deep link: `/assets/<id>?namespace=…&tab=…&item=…`, empty params omitted. */

export interface AssetView {
	tab: string | null;
	item: string | null;
}

export interface LinkParams extends Partial<AssetView> {
	namespace?: string | null;
}

export function assetPath(assetId: string): string {
	return `/assets/${encodeURIComponent(assetId)}`;
}

export function buildAssetHref(assetId: string, params: LinkParams = {}): string {
	const search = new URLSearchParams();
	for (const key of ['namespace', 'tab', 'item'] as const) {
		const value = params[key];
		if (typeof value === 'string' && value !== '') search.set(key, value);
	}
	const query = search.toString();
	return query ? `${assetPath(assetId)}?${query}` : assetPath(assetId);
}

/** The view in the URL; shallow-routing state (set by the page itself) wins when present. */
export function readView(state: unknown, url: URL): AssetView {
	const saved = (state as { assetView?: unknown } | null)?.assetView;
	if (saved && typeof saved === 'object') {
		const { tab, item } = saved as Record<string, unknown>;
		return {
			tab: typeof tab === 'string' ? tab : null,
			item: typeof item === 'string' ? item : null
		};
	}
	return {
		tab: url.searchParams.get('tab') || null,
		item: url.searchParams.get('item') || null
	};
}
