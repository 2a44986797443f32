/**
 * The asset page's view state: which tab, which item is open, which gallery page, what the
 * search and filters keep, and the viewer's moves. All of it lives in the URL and in history
 * (shallow routing, so no load re-runs; `view-history.ts` says which change makes an entry); this
 * class reads the view through `params` and writes it through `navigate`/`back`, which keeps it
 * testable without SvelteKit.
 */
import { tick } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetHref, type AssetLinkParams } from '$lib/links';
import { Find } from '$lib/search/find.svelte';
import { findQuery } from '$lib/search/url';
import { countItems, defaultTab, pageOf, resolveItem, resolveTab } from './features';
import {
	historyMode,
	pageParam,
	withView,
	type ViewChange,
	type ViewEntryState
} from './view-history';
import {
	isModality,
	toAssetModel,
	type AssetSource,
	type FeatureItem,
	type ItemsByModality,
	type Modality
} from './view-model';

export interface AssetViewInput {
	assetId: string;
	namespace: string | null;
	live: LiveAsset;
	/**
	 * The view the URL (or the shallow-routing state of this history entry) names now. Give it as
	 * a getter: the model reads this input too, and must not be rebuilt on every URL change.
	 */
	readonly params: ViewEntryState;
	/** The page's own link for a view; the asset page's by default (an object page passes its own). */
	href?: (params: AssetLinkParams) => ResolvedPathname;
	/** Narrows what the page shows (an object page's collection picker). */
	select?: (source: AssetSource) => AssetSource;
}

export interface AssetViewEffects {
	/** Writes the view into the URL: a new history entry (`push`) or this one rewritten. */
	navigate: (href: ResolvedPathname, state: ViewEntryState, mode: 'push' | 'replace') => void;
	/** Goes back one history entry (over the one opening the viewer made). */
	back?: () => void;
	/** The address as the browser shows it, so parameters other features own are kept. */
	currentUrl?: () => URL;
	/** Gives focus back to an item's tile once the viewer closed. */
	focusItem?: (id: string) => void;
}

function focusTile(id: string): void {
	document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus();
}

export class AssetView {
	readonly #input: () => AssetViewInput;
	readonly #effects: Required<Pick<AssetViewEffects, 'back' | 'focusItem'>> & AssetViewEffects;
	/** Local UI state only: which gallery page the user chose per tab. */
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
		this.#effects = { focusItem: focusTile, back: () => history.back(), ...effects };
	}

	// Reading the input reads the URL too; these keep a URL change (a keystroke in the search
	// box, a tab) from rebuilding the model of 10,000 items: equal values stop at the derived.
	readonly #live = $derived.by(() => this.#input().live);
	readonly #assetId = $derived.by(() => this.#input().assetId);

	/** What the page shows, rebuilt whenever the live copy takes in new data. */
	readonly #select = $derived.by(() => this.#input().select);
	readonly model = $derived.by(() => {
		const payload = this.#live.payload;
		return toAssetModel(this.#select ? this.#select(payload) : payload, this.#assetId);
	});
	readonly items = $derived(this.model.items);
	/** Exact even while a huge asset's first paint holds only a window of its features. */
	readonly counts = $derived.by(() => this.#live.totals ?? countItems(this.items));
	/** False while the first paint's window of a big asset waits for the rest of its features. */
	readonly complete = $derived(this.#live.totals === null);
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
	/** An `?item=` that is not in this asset (once all of it is here), for a note. */
	readonly missingItem = $derived.by(() =>
		this.params.item && !this.openItem && this.#live.totals === null ? this.params.item : null
	);
	readonly tab = $derived(
		resolveTab(this.params.tab, this.openItem, this.model.summary.modality, this.counts)
	);
	/** The 0-based gallery page of the current tab: the URL's, else the open item's, else 0. */
	readonly page = $derived.by(() => {
		if (this.params.page !== null && this.params.page !== undefined) return this.params.page;
		const open = this.openItem;
		return open?.modality === this.tab ? this.#pageOf(open) : 0;
	});
	/** How many items the open item's modality has, for "n of N". */
	readonly openTotal = $derived(this.openItem ? this.counts[this.openItem.modality] : 0);
	/** While a search narrows the view: the open item's place among the hits (0: hidden by it). */
	readonly openShown = $derived.by(() => {
		const open = this.openItem;
		if (!open || !this.shown) return null;
		const list = this.lists[open.modality];
		return { at: list.findIndex((i) => i.id === open.id) + 1, of: list.length };
	});

	/**
	 * The absolute deep link of the current view (the open item's, when one is open); with `t`
	 * (a `t=` value), the link opens the media at that time.
	 */
	deepLink(origin: string, t: string | null = null): string {
		const { namespace } = this.#input();
		const open = this.openItem;
		const href = this.#href({
			namespace,
			tab: this.tab,
			item: open?.id ?? null,
			// The open item's link lands on its own page; a gallery link names the page shown.
			page: open ? null : this.page,
			t: t ?? this.params.t ?? null,
			find: this.find.toQuery()
		});
		return `${origin.replace(/\/+$/, '')}${href}`;
	}

	/** Tabs replace the entry; each tab comes back on the page the user last chose there. */
	selectTab(tab: Modality): void {
		this.#set('tab', { tab, item: null, page: this.#chosenPages[tab] ?? null });
	}

	/** A gallery page is a history entry of its own: Back returns to the previous page. */
	setPage(page: number): void {
		this.#chosenPages[this.tab] = page;
		this.#set('page', { tab: this.tab, item: null, page });
	}

	/** The page of the current tab that shows `item`, or null when the search hides it. */
	pageShowing(item: FeatureItem): number | null {
		const at = this.lists[item.modality].findIndex((i) => i.id === item.id);
		return at < 0 ? null : pageOf(at);
	}

	/** Opening the viewer is a history entry: Back closes it and stays on the asset. */
	open(item: FeatureItem): void {
		// The entry under the viewer names its tab, so Back lands on a link that says what it shows.
		if (this.params.tab !== this.tab) this.#set('tab', { ...this.#carried(), tab: this.tab });
		const page = this.#pageOf(item);
		this.#set('open', {
			tab: item.modality,
			item: item.id,
			page,
			opened: true,
			openedFromPage: page
		});
	}

	/** Closes the viewer (or drops a missing `?item=`), keeping the tile's page to return focus to. */
	async close(): Promise<void> {
		const closed = this.openItem;
		const closedPage = closed ? this.#pageOf(closed) : (this.params.page ?? null);
		if (closed) this.#chosenPages[closed.modality] = this.#pageOf(closed);
		if (historyMode('close', this.params, closedPage ?? 0) === 'back') this.#effects.back();
		else this.#set('close', { tab: this.tab, item: null, page: closedPage });
		await tick();
		if (closed) this.#effects.focusItem(closed.id);
	}

	/**
	 * The item `delta` places after the open one in its modality (±1 for previous / next, more
	 * from the viewer's timeline; |delta| below the count), wrapping around; replaces the entry.
	 */
	move(delta: number): void {
		const current = this.openItem;
		if (!current) return;
		const list = this.lists[current.modality];
		const at = list.findIndex((i) => i.id === current.id);
		// The open item may be one the search hides (a deep link): step from where it would be.
		const from = at >= 0 ? at : delta > 0 ? -1 : 0;
		const to = (from + delta + list.length) % list.length;
		const next = list[to];
		if (!next) return;
		this.#chosenPages[next.modality] = pageOf(to);
		const { opened, openedFromPage } = this.params;
		this.#set('move', {
			tab: next.modality,
			item: next.id,
			page: pageOf(to),
			...(opened && { opened, openedFromPage })
		});
	}

	/** A new media time (`t=`) as a history entry, so Back returns to the previous one. */
	setTime(t: string | null): void {
		this.#set('time', { ...this.#carried(), t });
	}

	/**
	 * After a namespace switch: a tab that is empty in this namespace gives way to the asset's own
	 * modality (what a fresh link would show), in place.
	 */
	dropEmptyTab(): void {
		const requested = this.params.tab;
		if (!requested || !(requested in this.counts) || this.counts[requested as Modality] > 0) return;
		const fallback = resolveTab(null, this.openItem, this.model.summary.modality, this.counts);
		if (fallback !== requested) this.#set('tab', { tab: fallback, item: null, page: null });
	}

	/** Where the item sits among what its tab shows (its own place when the search hides it). */
	#pageOf(item: FeatureItem): number {
		return this.pageShowing(item) ?? pageOf(item.index);
	}

	/** The current entry's view without what only one entry may carry. */
	#carried(): ViewEntryState {
		const { opened, openedFromPage, ...view } = this.params;
		return { ...view, ...(opened && { opened, openedFromPage }) };
	}

	/** A new search, filter or sort replaces the entry; every tab starts again on page 1. */
	#refine(find: URLSearchParams): void {
		this.#chosenPages = {};
		this.#set('find', {
			...this.#carried(),
			tab: this.tab,
			item: this.openItem?.id ?? null,
			page: null,
			find: findQuery(find)
		});
	}

	#set(change: ViewChange, next: ViewEntryState): void {
		const { namespace } = this.#input();
		const { find: written, ...view } = next;
		// Only a find change writes new find parameters; every other change keeps them as shown
		// (a query still being typed included).
		const find = change === 'find' ? (written ?? '') : this.find.toQuery();
		const state: ViewEntryState = { t: this.params.t ?? null, ...view };
		if (find !== '') state.find = find;
		const base =
			this.#effects.currentUrl?.() ??
			// A throwaway value to build one href from, outside the browser (tests): nothing reactive.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			new URL(this.#href({}), 'http://app.invalid');
		const href = withView(
			base,
			{
				namespace,
				tab: state.tab,
				item: state.item,
				page: state.page ? pageParam(state.page) : null,
				t: state.t ?? null
			},
			find
		) as ResolvedPathname;
		const mode = historyMode(change, this.params);
		this.#effects.navigate(href, state, mode === 'push' ? 'push' : 'replace');
	}

	#href(params: AssetLinkParams): ResolvedPathname {
		const { assetId, href } = this.#input();
		return href ? href(params) : assetHref(assetId, params);
	}
}
