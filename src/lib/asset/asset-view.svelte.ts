/**
 * The asset page's view state: which tab, which item is open, which gallery page, what the
 * search and filters keep, and the viewer's moves. All of it lives in the URL (shallow routing,
 * so no load re-runs); this class reads it through `params` and writes it through `navigate`,
 * which keeps it testable without SvelteKit.
 */
import { tick } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetHref, type AssetViewParams } from '$lib/links';
import { Find } from '$lib/search/find.svelte';
import { findQuery } from '$lib/search/params';
import { countItems, defaultTab, pageOf, resolveItem, resolveTab } from './features';
import {
	isModality,
	toAssetModel,
	type FeatureItem,
	type ItemsByModality,
	type Modality
} from './view-model';

export interface AssetViewInput {
	assetId: string;
	namespace: string | null;
	live: LiveAsset;
	/** The view the URL (or the shallow-routing state) names now. */
	params: AssetViewParams;
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
	/** Local UI state only: which gallery page the user chose per tab (the URL has the current). */
	#chosenPages = $state<Partial<Record<Modality, number>>>({});

	/** The search, filters and sort; their engine loads on first use. */
	readonly find = new Find<FeatureItem>(
		() => {
			const live = this.#live;
			return {
				items: this.items,
				complete: live.totals === null,
				// A parsed copy of the URL's find parameters; never mutated.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				params: new URLSearchParams(this.params.find ?? ''),
				previewFailed: (item) =>
					live.verdictFor(item.urls.preview ?? item.urls.original) !== undefined
			};
		},
		(find) => this.#refine(find)
	);

	constructor(input: () => AssetViewInput, effects: AssetViewEffects) {
		this.#input = input;
		this.#effects = { focusItem: focusTile, ...effects };
	}

	// Reading the input reads the URL too; these keep a URL change (a keystroke in the search
	// box, a tab) from rebuilding the model of 10,000 items: equal values stop at the derived.
	readonly #live = $derived.by(() => this.#input().live);
	readonly #assetId = $derived.by(() => this.#input().assetId);

	/** What the page shows, rebuilt whenever the live copy takes in new data. */
	readonly model = $derived.by(() => toAssetModel(this.#live.payload, this.#assetId));
	readonly items = $derived(this.model.items);
	/** Exact even while a huge asset's first paint holds only a window of its features. */
	readonly counts = $derived.by(() => this.#live.totals ?? countItems(this.items));
	readonly params = $derived.by(() => this.#input().params);
	/** The items each tab shows: after the search and filters, in the chosen order. */
	readonly lists: ItemsByModality = $derived(
		(this.find.results?.lists as ItemsByModality | undefined) ?? this.items
	);
	/** Per tab, how many items it shows (null when nothing narrows the view). */
	readonly shown = $derived(this.find.active ? (this.find.results?.counts ?? null) : null);
	/** The tab `item=4321` counts positions in: the linked tab, else the default one. */
	readonly #positionTab = $derived(
		isModality(this.params.tab)
			? this.params.tab
			: defaultTab(this.model.summary.modality, this.counts)
	);
	readonly openItem = $derived(resolveItem(this.items, this.params.item, this.#positionTab));
	/** An `?item=` that is not in this asset, for a note. */
	readonly missingItem = $derived.by(() =>
		this.params.item && !this.openItem && this.#live.totals === null ? this.params.item : null
	);
	readonly tab = $derived(
		resolveTab(this.params.tab, this.openItem, this.model.summary.modality, this.counts)
	);
	/** The 0-based gallery page of the current tab. */
	readonly page = $derived.by(() => {
		const chosen = this.#chosenPages[this.tab];
		if (chosen !== undefined) return chosen;
		if (this.params.page !== undefined) return this.params.page - 1;
		const open = this.openItem;
		return open?.modality === this.tab ? this.#pageOf(open) : 0;
	});
	/** How many items the open item's tab shows, for "n of N". */
	readonly openTotal = $derived(this.openItem ? this.lists[this.openItem.modality].length : 0);

	/** The absolute deep link of the current view. */
	deepLink(origin: string): string {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new URL(this.#href(this.#current()), origin).href;
	}

	selectTab(tab: Modality): void {
		this.#set({ tab, item: null });
	}

	setPage(page: number): void {
		this.#chosenPages[this.tab] = page;
		this.#set({ tab: this.tab, item: this.openItem?.id ?? null });
	}

	/** The page of the current tab that shows `item`, or null when the search hides it. */
	pageShowing(item: FeatureItem): number | null {
		const at = this.lists[item.modality].findIndex((i) => i.id === item.id);
		return at < 0 ? null : pageOf(at);
	}

	open(item: FeatureItem): void {
		this.#set({ tab: item.modality, item: item.id });
	}

	/** Closes the viewer (or drops a missing `?item=`), keeping the tile's page to return focus to. */
	async close(): Promise<void> {
		const closed = this.openItem;
		if (closed) this.#chosenPages[closed.modality] = this.#pageOf(closed);
		this.#set({ tab: this.tab, item: null });
		await tick();
		if (closed) this.#effects.focusItem(closed.id);
	}

	/** The previous or next item the open item's tab shows, wrapping around. */
	move(delta: -1 | 1): void {
		const current = this.openItem;
		if (!current) return;
		const list = this.lists[current.modality];
		const at = list.findIndex((i) => i.id === current.id);
		// The open item may be one the search hides (a deep link): step from where it would be.
		const from = at >= 0 ? at : delta > 0 ? -1 : 0;
		const next = list[(from + delta + list.length) % list.length];
		if (!next) return;
		this.#chosenPages[next.modality] = pageOf(list.findIndex((i) => i.id === next.id));
		this.#set({ tab: next.modality, item: next.id });
	}

	#pageOf(item: FeatureItem): number {
		return this.pageShowing(item) ?? pageOf(item.index);
	}

	#current(): AssetViewParams {
		return this.#withRefinements({ tab: this.tab, item: this.openItem?.id ?? null });
	}

	/** The page and find parameters carried along with a tab and item. */
	#withRefinements(next: AssetViewParams): AssetViewParams {
		const tab = isModality(next.tab) ? next.tab : this.tab;
		const page = (this.#chosenPages[tab] ?? (tab === this.tab ? this.page : 0)) + 1;
		const view: AssetViewParams = { tab: next.tab, item: next.item };
		if (page > 1) view.page = page;
		// The find state as shown (a query still being typed included).
		const find = this.find.toQuery();
		if (find !== '') view.find = find;
		return view;
	}

	/** A new search or filter: results start again on page 1 of every tab. */
	#refine(find: URLSearchParams): void {
		this.#chosenPages = {};
		const view: AssetViewParams = { tab: this.tab, item: this.openItem?.id ?? null };
		const query = findQuery(find);
		if (query !== '') view.find = query;
		this.#write(view);
	}

	#set(next: AssetViewParams): void {
		this.#write(this.#withRefinements(next));
	}

	#href(view: AssetViewParams): ResolvedPathname {
		const { assetId, namespace } = this.#input();
		return assetHref(assetId, { namespace, ...view });
	}

	#write(view: AssetViewParams): void {
		this.#effects.navigate(this.#href(view), view);
	}
}
