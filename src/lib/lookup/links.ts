/**
 * Where lookups, recent entries and the namespace switcher lead. The canonical link itself is
 * built by `buildAssetHref` in `$lib/asset/deeplink`, shared with the asset page; these add the
 * app's base path, as SvelteKit's `resolve()` does.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { buildAssetHref, type LinkParams } from '$lib/asset/deeplink';

/** `/path?query` under the app's base path. */
export function appHref(path: `/${string}`): ResolvedPathname {
	return `${resolve('/').replace(/\/$/, '')}${path}` as ResolvedPathname;
}

/** The canonical deep link of an asset view, ready for `href` or `goto`. */
export function assetLink(assetId: string, params: LinkParams = {}): ResolvedPathname {
	return appHref(buildAssetHref(assetId, params) as `/${string}`);
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
	if (assetId !== null) return assetLink(assetId, { namespace, tab: url.searchParams.get('tab') });
	return appHref(namespace ? `/?${new URLSearchParams({ namespace })}` : '/');
}

/** Settings, returning afterwards to `url` (the server only follows same-site paths). */
export function settingsHref(url?: URL): ResolvedPathname {
	return appHref(
		url ? `/settings?next=${encodeURIComponent(url.pathname + url.search)}` : '/settings'
	);
}
