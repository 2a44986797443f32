/**
 * The asset page's find state: the query, filters and sort as the URL states them, and the
 * results once the (lazily loaded) engine has them. Only this shell ships with the page:
 * parsing the filters, matching, indexing and highlighting arrive with the engine, on the first
 * query, filter or focus. Before that, the URL's raw `q` is all the page shows.
 */
import type { FindEngine, FindItem, FindResults } from './engine.svelte';
import type { Segment } from './highlight';
import type { FindState } from './params';
import { EMPTY_FIND } from './url';

type EngineModule = typeof import('./engine.svelte');

export interface FindInput<T extends FindItem> {
	items: Record<string, readonly T[]>;
	/** False while a huge asset's first paint holds only a window of its items. */
	complete: boolean;
	/** Only the find parameters. */
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

	readonly #fromUrl: FindState = $derived.by(() => {
		const module = this.#module;
		if (module) return module.readFindQuery(this.#query);
		// Until the engine (and its parser) is here, the state is the raw query alone (a
		// throwaway parse of the query string, read once).
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return { ...EMPTY_FIND, q: new URLSearchParams(this.#query).get('q') ?? '' };
	});
	readonly state: FindState = $derived.by(() =>
		this.#draft === null ? this.#fromUrl : { ...this.#fromUrl, q: this.#draft }
	);
	/** Whether a query or filter narrows the view (sorting alone does not). */
	readonly active = $derived.by(() =>
		this.#module
			? this.#module.isFiltering(this.state)
			: this.#query !== '' || (this.#draft ?? '').trim() !== ''
	);
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

	/** Writes new find state into the URL (other parameters kept), once the engine is here. */
	set(next: Partial<FindState>): void {
		clearTimeout(this.#draftTimer);
		const module = this.#module;
		if (!module) {
			void this.load().then(() => this.#module && this.set(next));
			return;
		}
		const state = { ...this.state, ...next };
		this.#draft = null;
		// A scratch copy handed to `write`, never read reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#write(module.writeFind(new URLSearchParams(this.#query), state));
	}

	/** Drops the query, every filter and the sort. */
	clear(): void {
		clearTimeout(this.#draftTimer);
		this.#draft = null;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#write(new URLSearchParams());
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
		const module = this.#module;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(this.#query);
		if (module) return module.writeFind(params, this.state).toString();
		if (this.#draft !== null) {
			if (this.#draft.trim() === '') params.delete('q');
			else params.set('q', this.#draft);
		}
		return params.toString();
	}

	/** The item's fields holding a hit of the current query, as short highlighted snippets. */
	matches(item: T, limit: number, skip: readonly string[] = []) {
		const engine = this.engine;
		return engine && this.query ? engine.matches(item, this.query, limit, skip) : [];
	}

	/** Where the first hit of the current query starts in `text`, or -1. */
	firstHit(text: string): number {
		const engine = this.engine;
		return engine && this.query ? engine.firstHit(text, this.query) : -1;
	}

	/** The text cut into plain and matching runs for the current query. */
	highlight(text: string): Segment[] {
		const engine = this.engine;
		return engine && this.query ? engine.highlight(text, this.query) : [{ text, hit: false }];
	}
}
