/**
 * The asset page's player and segment timeline, fetched only for an asset that has media to play
 * (video or audio with an allow-listed URL) and only after hydration: none of it is in the page's
 * first-load JavaScript (the budget test), and image or text assets never fetch it.
 */
import type { AssetSummary } from '$lib/asset/view-model';
import { LazyComponent } from '$lib/lazy-component.svelte';

/** Call during component init; returns the component once its chunk is in. */
export function lazyTimeline(summary: () => AssetSummary) {
	const timeline = new LazyComponent(
		() => import('$lib/components/asset/timeline/AssetTimeline.svelte')
	);
	$effect(() => {
		const { urls, modality } = summary();
		if (urls.original && (modality === 'video' || modality === 'audio'))
			timeline.load().catch((error: unknown) => console.error('Timeline not loaded', error));
	});
	return timeline;
}
