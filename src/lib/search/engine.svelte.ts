/**
 * The search engine of one asset page, loaded on demand (the first query, filter or focus of the
 * search box) so the page's first load carries none of it. It indexes the current items once
 * per payload, in slices, and answers each keystroke with the filtered, sorted list per tab.
 */
import { featureFields, type SearchField } from './fields';
import { passesFilters, sortByTime, type ItemFacts } from './filter';
import { highlight, type Segment } from './highlight';
import { buildSearchIndex, SearchIndex } from './match-index';
import { isFiltering, type FindState } from './params';

// What the page's find state needs once the engine is here (see find.svelte.ts).
export { isFiltering, readFindQuery, writeFind } from './params';

/** What the engine reads of an item (the view model's item satisfies it). */
export interface FindItem {
	readonly id: string;
	readonly modality: string;
	readonly start: number | null;
	readonly end: number | null;
	readonly urls: { preview: string | null; original: string | null };
	readonly duplicateOf: string | null;
	readonly raw: Record<string, unknown>;
}

/** Up to this many items the index is built in one go (a few ms), so results are there at once. */
const SYNC_LIMIT = 1500;

export interface FindResults<T> {
	/** The query and filters these results are for. */
	find: FindState;
	lists: Record<string, T[]>;
	/** Per tab: how many items match, and how many there are. */
	counts: Record<string, { shown: number; total: number }>;
}

export class FindEngine<T extends FindItem> {
	/** Null while the index is being built. */
	index = $state.raw<SearchIndex | null>(null);
	readonly #groups: [string, readonly T[]][];
	readonly #flat: T[];
	// Lookup tables built once per payload, never rendered: plain collections on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #offsets = new Map<string, number>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #positions = new Map<T, number>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #ids = new Map<string, T>();
	readonly #fields: (SearchField[] | undefined)[];
	readonly #abort = new AbortController();

	constructor(groups: Record<string, readonly T[]>) {
		this.#groups = Object.entries(groups);
		this.#flat = [];
		for (const [modality, list] of this.#groups) {
			this.#offsets.set(modality, this.#flat.length);
			for (const item of list) {
				this.#positions.set(item, this.#flat.length);
				this.#ids.set(item.id, item);
				this.#flat.push(item);
			}
		}
		this.#fields = new Array(this.#flat.length);
		if (this.#flat.length <= SYNC_LIMIT) {
			this.index = SearchIndex.build(this.#flat.length, (i) => this.fieldsAt(i));
		} else {
			buildSearchIndex(this.#flat.length, (i) => this.fieldsAt(i), { signal: this.#abort.signal })
				.then((index) => (this.index = index))
				.catch(() => {
					// Abandoned: a newer payload has its own engine.
				});
		}
	}

	get size(): number {
		return this.#flat.length;
	}

	/** Stops an unfinished build (the page moved on to a newer payload). */
	dispose(): void {
		this.#abort.abort();
	}

	fieldsAt(i: number): SearchField[] {
		return (this.#fields[i] ??= featureFields(this.#flat[i].raw));
	}

	fieldsOf(item: T): SearchField[] {
		const at = this.#positions.get(item);
		return at === undefined ? featureFields(item.raw) : this.fieldsAt(at);
	}

	byId(id: string): T | undefined {
		return this.#ids.get(id);
	}

	/** Earlier results carried over to this payload's items (same ids), while the index builds. */
	carry(previous: FindResults<FindItem>): FindResults<T> {
		const lists: Record<string, T[]> = {};
		for (const [modality, list] of Object.entries(previous.lists)) {
			lists[modality] = list.map((item) => this.#ids.get(item.id)).filter((i) => i !== undefined);
		}
		return { ...previous, lists };
	}

	/**
	 * The view after `find`, or null while the index is not ready for a query. `failed` says
	 * whether an item's preview failed to load here (only asked when a preview filter is set).
	 */
	results(find: FindState, failed: (item: T) => boolean): FindResults<T> | null {
		const query = find.q.trim();
		if (query !== '' && !this.index) return null;
		const hits = query === '' ? null : this.index!.search(query);
		const mask = hits ? new Uint8Array(this.#flat.length) : null;
		if (mask && hits) for (const i of hits) mask[i] = 1;
		const filtering = isFiltering(find);
		const needsPreview = find.preview !== 'any';
		const lists: Record<string, T[]> = {};
		const counts: Record<string, { shown: number; total: number }> = {};
		for (const [modality, list] of this.#groups) {
			const offset = this.#offsets.get(modality)!;
			let kept: T[] = filtering
				? list.filter((item, i) => {
						if (mask && mask[offset + i] === 0) return false;
						return passesFilters(this.#facts(item, needsPreview, failed), find);
					})
				: [...list];
			if (find.sort === 'time') kept = sortByTime(kept, (item) => item.start);
			lists[modality] = kept;
			counts[modality] = { shown: kept.length, total: list.length };
		}
		return { find, lists, counts };
	}

	highlight(text: string, query: string): Segment[] {
		return highlight(text, query);
	}

	/** Where the first hit of `query` starts in `text`, or -1. */
	firstHit(text: string, query: string): number {
		let at = 0;
		for (const segment of highlight(text, query)) {
			if (segment.hit) return at;
			at += segment.text.length;
		}
		return -1;
	}

	/**
	 * The item's fields holding a hit of `query` (up to `limit`, skipping `skip`), each as a short
	 * highlighted snippet around its first hit.
	 */
	matches(
		item: T,
		query: string,
		limit: number,
		skip: readonly string[] = []
	): { name: string; segments: Segment[] }[] {
		const out: { name: string; segments: Segment[] }[] = [];
		for (const field of this.fieldsOf(item)) {
			if (out.length >= limit) break;
			if (skip.includes(field.name)) continue;
			const at = this.firstHit(field.text, query);
			if (at < 0) continue;
			const from = Math.max(0, at - 40);
			const snippet = `${from > 0 ? '…' : ''}${field.text.slice(from, from + 140)}${from + 140 < field.text.length ? '…' : ''}`;
			out.push({ name: field.name, segments: highlight(snippet, query) });
		}
		return out;
	}

	#facts(item: T, needsPreview: boolean, failed: (item: T) => boolean): ItemFacts {
		// Reading `urls` checks both links (URL parsing): only worth it when a preview filter is set.
		const urls = needsPreview ? item.urls : null;
		// What a tile shows: the preview image, or for an image the object itself.
		const hasPreview = urls
			? urls.preview !== null || (item.modality === 'image' && urls.original !== null)
			: false;
		return {
			kind: item.modality,
			start: item.start,
			end: item.end,
			hasPreview,
			previewFailed: needsPreview && hasPreview ? failed(item) : false,
			duplicate: item.duplicateOf !== null
		};
	}
}
