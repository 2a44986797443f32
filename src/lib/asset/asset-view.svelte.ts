/**
 * The asset page's view state: which tab, which item is open, which gallery page per tab, and
 * the viewer's moves. The tab and item live in the URL (shallow routing, so no load re-runs);
 * this class reads them through `params` and writes them through `navigate`, which keeps it
 * testable without SvelteKit.
 */
import { tick } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetHref, type AssetLinkParams, type AssetViewParams } from '$lib/links';
import { countItems, findItem, pageOf, resolveTab } from './features';
import { toAssetModel, type AssetSource, type FeatureItem, type Modality } from './view-model';

export interface AssetViewInput {
	assetId: string;
	namespace: string | null;
	live: LiveAsset;
	/** The tab and item the URL (or the shallow-routing state) names now. */
	params: AssetViewParams;
	/** The page's own link for a view; the asset page's by default (an object page passes its own). */
	href?: (params: AssetLinkParams) => ResolvedPathname;
	/** Narrows what the page shows (an object page's collection picker). */
	select?: (source: AssetSource) => AssetSource;
}

export interface AssetViewEffects {
	/** Writes the view into the URL; `replaceState` on the page. */
	navigate: (href: ResolvedPathname, params: AssetViewParams) => void;
	/** Gives focus back to an item's tile once the viewer closed. */
	focusItem?: (id: string) => void;
}

function focusTile(id: string): void {
	document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus();
}

export class AssetView {
	readonly #input: () => AssetViewInput;
	readonly #effects: Required<AssetViewEffects>;
	/** Local UI state only: which gallery page the user chose per tab. */
	#chosenPages = $state<Partial<Record<Modality, number>>>({});

	constructor(input: () => AssetViewInput, effects: AssetViewEffects) {
		this.#input = input;
		this.#effects = { focusItem: focusTile, ...effects };
	}

	/** What the page shows, rebuilt whenever the live copy takes in new data. */
	readonly model = $derived.by(() => {
		const { live, assetId, select } = this.#input();
		return toAssetModel(select ? select(live.payload) : live.payload, assetId);
	});
	readonly items = $derived(this.model.items);
	/** Exact even while a huge asset's first paint holds only a window of its features. */
	readonly counts = $derived.by(() => this.#input().live.totals ?? countItems(this.items));
	readonly params = $derived.by(() => this.#input().params);
	readonly openItem = $derived(findItem(this.items, this.params.item));
	/** An `?item=` that is not in this asset, for a note. */
	readonly missingItem = $derived(this.params.item && !this.openItem ? this.params.item : null);
	readonly tab = $derived(
		resolveTab(this.params.tab, this.openItem, this.model.summary.modality, this.counts)
	);
	/** The 0-based gallery page of the current tab. */
	readonly page = $derived(
		this.#chosenPages[this.tab] ??
			(this.openItem?.modality === this.tab ? pageOf(this.openItem.index) : 0)
	);
	/** How many items the open item's modality has, for "n of N". */
	readonly openTotal = $derived(this.openItem ? this.counts[this.openItem.modality] : 0);

	/** The absolute deep link of the current view. */
	deepLink(origin: string): string {
		const { namespace } = this.#input();
		const href = this.#href({ namespace, tab: this.tab, item: this.openItem?.id ?? null });
		return `${origin.replace(/\/+$/, '')}${href}`;
	}

	selectTab(tab: Modality): void {
		this.#set({ tab, item: null });
	}

	setPage(page: number): void {
		this.#chosenPages[this.tab] = page;
	}

	open(item: FeatureItem): void {
		this.#set({ tab: item.modality, item: item.id });
	}

	/** Closes the viewer (or drops a missing `?item=`), keeping the tile's page to return focus to. */
	async close(): Promise<void> {
		const closed = this.openItem;
		if (closed) this.#chosenPages[closed.modality] = pageOf(closed.index);
		this.#set({ tab: this.tab, item: null });
		await tick();
		if (closed) this.#effects.focusItem(closed.id);
	}

	/** The previous or next item of the open item's modality, wrapping around. */
	move(delta: -1 | 1): void {
		const current = this.openItem;
		if (!current) return;
		const list = this.items[current.modality];
		const next = list[(current.index + delta + list.length) % list.length];
		this.#chosenPages[next.modality] = pageOf(next.index);
		this.#set({ tab: next.modality, item: next.id });
	}

	#href(params: AssetLinkParams): ResolvedPathname {
		const { assetId, href } = this.#input();
		return href ? href(params) : assetHref(assetId, params);
	}

	#set(next: AssetViewParams): void {
		const { namespace } = this.#input();
		this.#effects.navigate(this.#href({ namespace, ...next }), next);
	}
}
