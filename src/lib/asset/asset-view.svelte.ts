/**
 * The asset page's view state: which tab, which item is open, which gallery page, and the
 * viewer's moves. All of it lives in the URL and in history (shallow routing, so no load re-runs;
 * `view-history.ts` says which change makes an entry); this class reads the view through `params`
 * and writes it through `navigate`/`back`, which keeps it testable without SvelteKit.
 */
import { tick } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetHref } from '$lib/links';
import { countItems, findItem, pageOf, resolveTab } from './features';
import {
	historyMode,
	pageParam,
	withView,
	type ViewChange,
	type ViewEntryState
} from './view-history';
import { toAssetModel, type FeatureItem, type Modality } from './view-model';

export interface AssetViewInput {
	assetId: string;
	namespace: string | null;
	live: LiveAsset;
	/**
	 * The view the URL (or the shallow-routing state of this history entry) names now. Give it as
	 * a getter: the model reads this input too, and must not be rebuilt on every URL change.
	 */
	readonly params: ViewEntryState;
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

	constructor(input: () => AssetViewInput, effects: AssetViewEffects) {
		this.#input = input;
		this.#effects = { focusItem: focusTile, back: () => history.back(), ...effects };
	}

	/** What the page shows, rebuilt whenever the live copy takes in new data. */
	readonly model = $derived.by(() => {
		const { live, assetId } = this.#input();
		return toAssetModel(live.payload, assetId);
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
	/** The 0-based gallery page of the current tab: the URL's, else the open item's, else 0. */
	readonly page = $derived(
		this.params.page ?? (this.openItem?.modality === this.tab ? pageOf(this.openItem.index) : 0)
	);
	/** How many items the open item's modality has, for "n of N". */
	readonly openTotal = $derived(this.openItem ? this.counts[this.openItem.modality] : 0);

	/**
	 * The absolute deep link of the current view (the open item's, when one is open); with `t`
	 * (a `t=` value), the link opens the media at that time.
	 */
	deepLink(origin: string, t: string | null = null): string {
		const { assetId, namespace } = this.#input();
		const item = this.openItem?.id ?? null;
		const href = assetHref(assetId, { namespace, tab: this.tab, item, t });
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

	/** Opening the viewer is a history entry: Back closes it and stays on the asset. */
	open(item: FeatureItem): void {
		// The entry under the viewer names its tab, so Back lands on a link that says what it shows.
		if (this.params.tab !== this.tab) this.#set('tab', { ...this.#carried(), tab: this.tab });
		const page = pageOf(item.index);
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
		const closedPage = closed ? pageOf(closed.index) : (this.params.page ?? null);
		if (closed) this.#chosenPages[closed.modality] = pageOf(closed.index);
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
		const list = this.items[current.modality];
		const next = list[(current.index + delta + list.length) % list.length];
		this.#chosenPages[next.modality] = pageOf(next.index);
		const { opened, openedFromPage } = this.params;
		this.#set('move', {
			tab: next.modality,
			item: next.id,
			page: pageOf(next.index),
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

	/** The current entry's view without what only one entry may carry. */
	#carried(): ViewEntryState {
		const { opened, openedFromPage, ...view } = this.params;
		return { ...view, ...(opened && { opened, openedFromPage }) };
	}

	#set(change: ViewChange, next: ViewEntryState): void {
		const { assetId, namespace } = this.#input();
		const state: ViewEntryState = { t: this.params.t ?? null, ...next };
		const base =
			this.#effects.currentUrl?.() ??
			// A throwaway value to build one href from, outside the browser (tests): nothing reactive.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			new URL(assetHref(assetId), 'http://app.invalid');
		const href = withView(base, {
			namespace,
			tab: state.tab,
			item: state.item,
			page: state.page ? pageParam(state.page) : null,
			t: state.t ?? null
		}) as ResolvedPathname;
		const mode = historyMode(change, this.params);
		this.#effects.navigate(href, state, mode === 'push' ? 'push' : 'replace');
	}
}
