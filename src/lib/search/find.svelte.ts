/**
 * The asset page's find state: the query, filters and sort as the URL states them, and the
 * results once the (lazily loaded) engine has them. This part ships with the page; matching,
 * indexing and highlighting arrive with the engine, on the first query, filter or focus.
 */
import type { FindEngine, FindItem, FindResults } from './engine.svelte';
import type { Segment } from './highlight';
import { isFiltering, readFindQuery, writeFind, type FindState } from './params';

type EngineModule = typeof import('./engine.svelte');

export interface FindInput<T extends FindItem> {
	items: Record<string, readonly T[]>;
	/** False while a huge asset's first paint holds only a window of its items. */
	complete: boolean;
	params: URLSearchParams;
	/** Whether this item's preview failed to load in this browser. */
	previewFailed: (item: T) => boolean;
}

export class Find<T extends FindItem> {
	readonly #input: () => FindInput<T>;
	readonly #write: (params: URLSearchParams) => void;
	#module = $state.raw<EngineModule | null>(null);
	#loading: Promise<void> | null = null;
	/** Set when the engine could not be fetched (offline, a redeploy): said, and retried on use. */
	loadError = $state<string | null>(null);
	#previous: FindResults<FindItem> | null = null;
	/** The query as typed, ahead of the URL (written once typing pauses). */
	#draft = $state<string | null>(null);
	#draftTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(input: () => FindInput<T>, write: (params: URLSearchParams) => void) {
		this.#input = input;
		this.#write = write;
	}

	// Each read of the input reads the URL; the items and the find state are separated so a
	// keystroke re-runs the search but never re-indexes (equal values stop at a derived).
	readonly #items = $derived.by(() => this.#input().items);
	readonly #complete = $derived.by(() => this.#input().complete);
	readonly #query = $derived.by(() => this.#input().params.toString());

	readonly #fromUrl: FindState = $derived.by(() => readFindQuery(this.#query));
	readonly state: FindState = $derived.by(() =>
		this.#draft === null ? this.#fromUrl : { ...this.#fromUrl, q: this.#draft }
	);
	/** Whether a query or filter narrows the view (sorting alone does not). */
	readonly active = $derived(isFiltering(this.state));
	/** Whether the engine is needed: something narrows or reorders the view. */
	readonly wanted = $derived(this.active || this.state.sort !== 'original');
	readonly query = $derived(this.state.q.trim());

	/** One engine per set of items: a new payload is indexed afresh. */
	readonly engine: FindEngine<T> | null = $derived.by(() => {
		const module = this.#module;
		return module && this.#complete ? new module.FindEngine(this.#items) : null;
	});
	readonly indexing = $derived(this.engine !== null && this.engine.index === null);

	/**
	 * The filtered view, or null when nothing narrows it. While the index of a new payload is
	 * being built, the previous results are carried over by id rather than blanking the gallery.
	 */
	readonly results: FindResults<T> | null = $derived.by(() => {
		if (!this.wanted) return (this.#previous = null);
		const engine = this.engine;
		if (!engine) return null;
		const { previewFailed } = this.#input();
		const fresh = engine.results(this.state, previewFailed);
		if (fresh) this.#previous = fresh;
		else if (this.#previous) return engine.carry(this.#previous);
		return fresh;
	});
	/** True while the view should be filtered but the results are not there yet. */
	readonly pending = $derived(this.wanted && this.results === null);

	/** Fetches the engine once; called on focus of the search box so typing finds it ready. */
	load(): Promise<void> {
		this.#loading ??= import('./engine.svelte').then(
			(module) => {
				this.#module = module;
				this.loadError = null;
			},
			() => {
				this.#loading = null;
				this.loadError = 'Search could not be loaded. Check the connection and try again.';
			}
		);
		return this.#loading;
	}

	/** Writes new find state into the URL (other parameters kept). */
	set(next: Partial<FindState>): void {
		clearTimeout(this.#draftTimer);
		this.#draft = null;
		this.#write(this.#params({ ...this.state, ...next }));
	}

	/**
	 * A keystroke in the search box: results follow at once, the URL once typing pauses. Writing
	 * the URL re-renders everything that reads the page state, too much to do on every key.
	 */
	type(query: string, delayMs = 300): void {
		this.#draft = query;
		clearTimeout(this.#draftTimer);
		this.#draftTimer = setTimeout(() => this.set({ q: query }), delayMs);
	}

	/** The find parameters of the current state (typed query included) as a query string. */
	toQuery(): string {
		return this.#params(this.state).toString();
	}

	#params(state: FindState): URLSearchParams {
		// A scratch copy handed to `write`, never read reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return writeFind(new URLSearchParams(this.#input().params), state);
	}

	/**
	 * The item's fields holding a hit of the current query (up to `limit`, skipping `skip`), each
	 * as a short highlighted snippet around its first hit.
	 */
	matches(
		item: T,
		limit: number,
		skip: readonly string[] = []
	): { name: string; segments: Segment[] }[] {
		const engine = this.engine;
		if (!engine || !this.query) return [];
		const out: { name: string; segments: Segment[] }[] = [];
		for (const field of engine.fieldsOf(item)) {
			if (out.length >= limit) break;
			if (skip.includes(field.name)) continue;
			const at = this.firstHit(field.text);
			if (at < 0) continue;
			const from = Math.max(0, at - 40);
			const snippet = `${from > 0 ? '…' : ''}${field.text.slice(from, from + 140)}${from + 140 < field.text.length ? '…' : ''}`;
			out.push({ name: field.name, segments: this.highlight(snippet) });
		}
		return out;
	}

	/** Where the first hit of the current query starts in `text`, or -1. */
	firstHit(text: string): number {
		let at = 0;
		for (const segment of this.highlight(text)) {
			if (segment.hit) return at;
			at += segment.text.length;
		}
		return -1;
	}

	/** The text cut into plain and matching runs for the current query. */
	highlight(text: string): Segment[] {
		const engine = this.engine;
		return engine && this.query ? engine.highlight(text, this.query) : [{ text, hit: false }];
	}
}
