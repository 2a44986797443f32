/**
 * Every link the app builds to its own pages, under the app's base path (as SvelteKit's
 * `resolve()` does). The asset page's canonical deep link is `/assets/<id>?namespace=…&tab=…&item=…`
 * with empty params omitted; lookups, recent entries, duplicate badges, the namespace switcher and
 * the page's own shallow-routed URL all build it here.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { pageParam, readPageParam, type ViewEntryState } from '$lib/asset/view-history';
import { FIND_PARAMS, findQuery } from '$lib/search/url';

/** What the asset page shows; all of it lives in the URL (and, once the page moved, in history). */
export interface AssetViewParams {
	tab: string | null;
	item: string | null;
	/** 0-based gallery page of `tab` (`page=` is 1-based); null: the open item's page, else the first. */
	page?: number | null;
	/** The media time as written in `t=` (its meaning belongs to the player). */
	t?: string | null;
	/** The search, filters and sort as URL parameters (`q=…&dup=no`); absent when none is set. */
	find?: string;
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
	const page = typeof params.page === 'number' ? pageParam(params.page) : null;
	if (page !== null) search.set('page', page);
	if (typeof params.t === 'string' && params.t !== '') search.set('t', params.t);
	for (const [key, value] of new URLSearchParams(params.find ?? '')) {
		if ((FIND_PARAMS as readonly string[]).includes(key)) search.append(key, value);
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

/** The object page of today's API: `/buckets/<bucket>/objects/<object>?namespace=…&tab=…&item=…`. */
export function objectHref(
	bucketId: string,
	objectId: string,
	params: AssetLinkParams = {}
): ResolvedPathname {
	const rest = assetPathAndQuery(objectId, params).slice('/assets/'.length);
	return appHref(`/buckets/${encodeURIComponent(bucketId)}/objects/${rest}`);
}

/** The bucket and object of an object page URL, else null. */
export function objectOfPath(pathname: string): { bucketId: string; objectId: string } | null {
	const base = resolve('/').replace(/\/$/, '');
	const match = /^\/buckets\/([^/]+)\/objects\/([^/]+)\/?$/.exec(pathname.slice(base.length));
	if (!pathname.startsWith(base) || !match) return null;
	try {
		return { bucketId: decodeURIComponent(match[1]), objectId: decodeURIComponent(match[2]) };
	} catch {
		return null;
	}
}

/**
 * The view in the URL; shallow-routing state (set by the page itself) wins when present, since
 * SvelteKit's `page.url` stays the URL of the last real navigation.
 */
export function readViewParams(state: unknown, url: URL): ViewEntryState {
	const saved = (state as { assetView?: unknown } | null)?.assetView;
	if (saved && typeof saved === 'object') {
		const { tab, item, page, t, find, opened, openedFromPage } = saved as Record<string, unknown>;
		const pageNumber = (value: unknown) =>
			typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
		return withFind(
			{
				tab: typeof tab === 'string' ? tab : null,
				item: typeof item === 'string' ? item : null,
				page: pageNumber(page),
				t: typeof t === 'string' ? t : null,
				...(opened === true && { opened: true, openedFromPage: pageNumber(openedFromPage) })
			},
			// Only the find parameters, whatever the state held.
			typeof find === 'string' ? findQuery(new URLSearchParams(find)) : ''
		);
	}
	return withFind(
		{
			tab: url.searchParams.get('tab') || null,
			item: url.searchParams.get('item') || null,
			page: readPageParam(url),
			t: url.searchParams.get('t') || null
		},
		findQuery(url.searchParams)
	);
}

/** Find is left out when nothing is set, so a plain view stays `{ tab, item, page, t }`. */
function withFind(view: ViewEntryState, find: string): ViewEntryState {
	if (find !== '') view.find = find;
	return view;
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
	const object = objectOfPath(url.pathname);
	if (object) {
		return objectHref(object.bucketId, object.objectId, {
			namespace,
			tab: url.searchParams.get('tab')
		});
	}
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

/** `/compare` of two assets (B may be unknown yet: the page then asks for it). */
export function compareHref(
	a: string,
	b: string | null,
	namespace: string | null,
	namespaceB?: string | null
): ResolvedPathname {
	const params = new URLSearchParams({ a });
	if (b !== null) params.set('b', b);
	if (namespaceB !== undefined && namespaceB !== namespace) {
		if (namespace) params.set('na', namespace);
		if (namespaceB) params.set('nb', namespaceB);
	} else if (namespace) params.set('namespace', namespace);
	return appHref(`/compare?${params}`);
}

/** The collection picker. */
export function collectionsHref(namespace: string | null): ResolvedPathname {
	return appHref(namespace ? `/collections?${new URLSearchParams({ namespace })}` : '/collections');
}

/** A collection's triage list; the page resets to 1 unless given, defaults stay out of the URL. */
export function triageHref(
	collectionId: string,
	state: {
		namespace: string | null;
		status?: string | null;
		page?: number;
		pageSize?: number;
		defaultPageSize?: number;
	}
): ResolvedPathname {
	const params = new URLSearchParams();
	if (state.namespace) params.set('namespace', state.namespace);
	if (state.status) params.set('status', state.status);
	if (state.page && state.page > 1) params.set('page', String(state.page));
	if (state.pageSize && state.pageSize !== state.defaultPageSize) {
		params.set('page_size', String(state.pageSize));
	}
	const query = params.toString();
	return appHref(`/collections/${encodeURIComponent(collectionId)}${query ? `?${query}` : ''}`);
}
