/**
 * The asset view's effects in the browser: SvelteKit shallow routing for entries (no load
 * re-runs), the browser's own Back, and the address as shown (which other features write to).
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { assetIdOfPath } from '$lib/links';
import type { AssetView, AssetViewEffects } from './asset-view.svelte';

export function browserViewEffects(): AssetViewEffects {
	return {
		navigate: (href, state, mode) => {
			// Other features' shallow state rides along, so Back/Forward restores theirs too.
			const next = { ...page.state, assetView: state };
			// `href` is built from the address the browser shows, base path included.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (mode === 'push') pushState(href, next);
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(href, next);
		},
		back: () => history.back(),
		currentUrl: () => new URL(location.href)
	};
}

/** Arriving from the same asset in another namespace: a tab that is empty here gives way. */
export function dropEmptyTabAfterNamespaceSwitch(view: () => AssetView): void {
	afterNavigate(({ from, to }) => {
		if (!from?.url || !to?.url) return;
		const sameAsset =
			assetIdOfPath(from.url.pathname) !== null &&
			assetIdOfPath(from.url.pathname) === assetIdOfPath(to.url.pathname);
		const ns = (url: URL) => url.searchParams.get('namespace') ?? '';
		if (sameAsset && ns(from.url) !== ns(to.url)) view().dropEmptyTab();
	});
}
