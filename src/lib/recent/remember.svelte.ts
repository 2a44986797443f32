/**
 * The asset page's entry in this browser's recent list, kept current with the status and modality
 * as last seen. The list's code is fetched after first paint: nothing on screen depends on it.
 */
import type { SeenAsset } from './recent';

/** Call once in a component: records `seen()` now and whenever what it reads changes. */
export function rememberWhileOpen(seen: () => SeenAsset): void {
	$effect(() => {
		const entry = seen();
		import('./store.svelte').then(
			({ recent }) => recent.remember(entry),
			() => {}
		);
	});
}
