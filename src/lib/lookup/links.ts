/**
 * Where lookups and the namespace switcher lead. The canonical link itself is built by
 * `buildAssetHref` in `$lib/asset/deeplink`, shared with the asset page.
 */
import { buildAssetHref } from '$lib/asset/deeplink';

/** The asset ID of an asset page URL (also while it shows an error), else null. */
export function assetIdOfPath(pathname: string): string | null {
	const match = /^\/assets\/([^/]+)\/?$/.exec(pathname);
	if (!match) return null;
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
export function namespaceSwitchHref(url: URL, namespace: string | null): string {
	const assetId = assetIdOfPath(url.pathname);
	if (assetId !== null) {
		return buildAssetHref(assetId, { namespace, tab: url.searchParams.get('tab') });
	}
	return namespace ? `/?${new URLSearchParams({ namespace })}` : '/';
}
