/**
 * What an asset page and an object page set up alike, once per component: the live copy started
 * (and restarted only when a new load makes a new one), the view on the URL, the page context
 * the sections read, the clock, the lazily loaded player, and the tab title. Call it during
 * component initialisation; the page keeps only what is its own.
 */
import { onMount, untrack } from 'svelte';
import { page } from '$app/state';
import { AssetView, type AssetViewInput } from '$lib/asset/asset-view.svelte';
import { setAssetPage, type AssetPageContext } from '$lib/asset/page-context';
import { browserViewEffects } from '$lib/asset/view-navigation';
import { readViewParams } from '$lib/links';
import { Clock } from '$lib/live/clock.svelte';
import type { LiveAsset } from '$lib/live/live-asset.svelte';
import { lazyTimeline } from '$lib/timeline/lazy-timeline.svelte';

export interface InspectedPageInput {
	/** The asset ID, or the object ID on an object page. */
	id: string;
	namespace: string | null;
	live: LiveAsset;
	apiBaseUrl: string;
	/** Where the view's links go (an object page's own URLs); the asset page's by default. */
	href?: AssetViewInput['href'];
	/** Keep the same function for the page's life: a new one reads as a new selection. */
	select?: AssetViewInput['select'];
	object?: AssetPageContext['object'];
}

export function inspectedPage(input: () => InspectedPageInput) {
	$effect(() => {
		const current = input().live;
		return untrack(() => current.start());
	});
	const view = new AssetView(() => {
		const { id, namespace, live, href, select } = input();
		return {
			assetId: id,
			namespace,
			live,
			// A getter: the view reads the URL only where it needs it, so a history entry (a `t=`,
			// a keystroke in search) does not rebuild the view model.
			get params() {
				return readViewParams(page.state, page.url);
			},
			href,
			select
		};
	}, browserViewEffects());
	setAssetPage(() => {
		const { id, namespace, live, apiBaseUrl, object } = input();
		return { assetId: id, namespace, live, apiBaseUrl, object };
	}, view);

	const clock = new Clock();
	onMount(() => clock.start());
	const timeline = lazyTimeline(() => view.model.summary);
	// The tab title tells a user who looked away that processing finished.
	const titlePrefix = $derived.by(() => {
		const { live } = input();
		if (live.finishedWith) return `✓ ${live.finishedWith} · `;
		return live.polling ? `${view.model.summary.status} · ` : '';
	});

	return {
		view,
		clock,
		timeline,
		get titlePrefix() {
			return titlePrefix;
		}
	};
}
