import type { SeenAsset } from './recent';
import { recent } from './store.svelte';

export { recent };
export type { RecentAsset, SeenAsset } from './recent';

/**
 * Records an asset page that loaded successfully. Call it in the browser (an effect or
 * `onMount`); on the server it does nothing. Only the ID, namespace, status and modality are
 * kept, never a URL.
 */
export function rememberAsset(seen: SeenAsset): void {
	if (typeof window === 'undefined') return;
	recent.remember(seen);
}
