/**
 * The asset page's LiveAsset, for the previews deep in the gallery and the viewer: they report
 * their own failures and show why, without every component in between passing it along.
 */
import { getContext, setContext } from 'svelte';
import type { LiveAsset } from './live-asset.svelte';

const KEY = Symbol('live-asset');

export function setLiveAsset(get: () => LiveAsset): void {
	setContext(KEY, get);
}

/** The page's LiveAsset, or undefined outside an asset page (previews then just show failure). */
export function getLiveAsset(): (() => LiveAsset) | undefined {
	return getContext<(() => LiveAsset) | undefined>(KEY);
}
