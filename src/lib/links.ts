/**
 * Every link the app builds to its own pages, under the app's base path (as SvelteKit's
 * `resolve()` does). The asset page's canonical deep link is `/assets/<id>?namespace=…&tab=…&item=…`
 * with empty params omitted; lookups, recent entries, duplicate badges, the namespace switcher and
 * the page's own shallow-routed URL all build it here.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { readPageParam, type ViewEntryState } from '$lib/asset/view-history';

/** What the asset page shows; all of it lives in the URL (and, once the page moved, in history). */
export interface AssetViewParams {
	tab: string | null;
	item: string | null;
	/** 0-based gallery page of `tab`; null: the open item's page, else the first. */
	page?: number | null;
	/** The media time as written in `t=` (its meaning belongs to the player). */
	t?: string | null;
}

export interface AssetLinkParams extends Partial<AssetViewParams> {
	namespace?: string | null;
}

/** `/path?query` under the app's base path. */
export function appHref(path: `/${string}`): ResolvedPathname {
	return `${resolve('/').replace(/\/$/, '')}${path}` as ResolvedPathname;
}

/** The asset page path and query without the base path (what `assetHref` puts under it). */
export function assetPathAndQuery(assetId: string, params: AssetLinkParams = {}): `/${string}` {
	const path = `/assets/${encodeURIComponent(assetId)}` as const;
	const search = new URLSearchParams();
	for (const key of ['namespace', 'tab', 'item', 't'] as const) {
		const value = params[key];
		if (typeof value === 'string' && value !== '') search.set(key, value);
	}
	const query = search.toString();
	return query ? `${path}?${query}` : path;
}

/** The canonical deep link of an asset view, ready for `href`, `goto` or `replaceState`. */
export function assetHref(assetId: string, params: AssetLinkParams = {}): ResolvedPathname {
	return appHref(assetPathAndQuery(assetId, params));
}

/** `href` with `params` appended (a pasted link's view, kept as it was). */
export function withParams(href: ResolvedPathname, params: [string, string][]): ResolvedPathname {
	if (params.length === 0) return href;
	const extra = new URLSearchParams(params).toString();
	return `${href}${href.includes('?') ? '&' : '?'}${extra}` as ResolvedPathname;
}

/**
 * The view in the URL; shallow-routing state (set by the page itself) wins when present, since
 * SvelteKit's `page.url` stays the URL of the last real navigation.
 */
export function readViewParams(state: unknown, url: URL): ViewEntryState {
	const saved = (state as { assetView?: unknown } | null)?.assetView;
	if (saved && typeof saved === 'object') {
		const { tab, item, page, t, opened, openedFromPage } = saved as Record<string, unknown>;
		const pageNumber = (value: unknown) =>
			typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
		return {
			tab: typeof tab === 'string' ? tab : null,
			item: typeof item === 'string' ? item : null,
			page: pageNumber(page),
			t: typeof t === 'string' ? t : null,
			...(opened === true && { opened: true, openedFromPage: pageNumber(openedFromPage) })
		};
	}
	return {
		tab: url.searchParams.get('tab') || null,
		item: url.searchParams.get('item') || null,
		page: readPageParam(url),
		t: url.searchParams.get('t') || null
	};
}

/** The asset ID of an asset page URL (also while it shows an error), else null. */
export function assetIdOfPath(pathname: string): string | null {
	const base = resolve('/').replace(/\/$/, '');
	const match = /^\/assets\/([^/]+)\/?$/.exec(pathname.slice(base.length));
	if (!pathname.startsWith(base) || !match) return null;
	try {
		return decodeURIComponent(match[1]);
	} catch {
		return null;
	}
}

/**
 * Where switching to `namespace` leads from `url`: the same asset (keeping its tab, dropping the
 * selected item, which belongs to the other namespace's data), else the home page. `null` means
 * "no namespace": the user's default applies.
 */
export function namespaceSwitchHref(url: URL, namespace: string | null): ResolvedPathname {
	const assetId = assetIdOfPath(url.pathname);
	if (assetId !== null) return assetHref(assetId, { namespace, tab: url.searchParams.get('tab') });
	return appHref(namespace ? `/?${new URLSearchParams({ namespace })}` : '/');
}

/** Settings, returning afterwards to `url` (the server only follows same-site paths). */
export function settingsHref(url?: URL | { pathname: string; search: string }): ResolvedPathname {
	return appHref(
		url ? `/settings?next=${encodeURIComponent(url.pathname + url.search)}` : '/settings'
	);
}

/**
 * The namespace a page means: a non-blank `?namespace=`, else the user's saved default, else null
 * (the key's own default). The server load, the layout and the home page all read it here.
 */
export function effectiveNamespace(url: URL, savedDefault: string | null): string | null {
	const fromQuery = url.searchParams.get('namespace');
	if (fromQuery !== null && fromQuery.trim() !== '') return fromQuery.trim();
	return savedDefault || null;
}
