/**
 * The search index of one payload: each item's searchable fields folded once, joined into one
 * string, so a keystroke is a substring scan per item rather than a re-fold of 10,000 features.
 */
import { fold } from './fold';
import { narrows, parseQuery } from './query';
import type { SearchField } from './fields';

/** Between fields: no query term contains it, so a term never matches across two fields. */
const SEPARATOR = '\u0000';

/** Items folded per slice of `buildSearchIndex`: about 10 ms of work on a slow laptop. */
const CHUNK = 500;

function haystack(fields: SearchField[]): string {
	return fold(fields.map((f) => f.text.replaceAll(SEPARATOR, ' ')).join(SEPARATOR));
}

export class SearchIndex {
	readonly #haystacks: readonly string[];
	#lastTerms: string[] = [];
	#lastHits: Uint32Array = new Uint32Array(0);

	/** Use `SearchIndex.build` or `buildSearchIndex`; this takes already folded haystacks. */
	constructor(haystacks: readonly string[]) {
		this.#haystacks = haystacks;
	}

	/** Indexes items 0…size-1 in one pass; `fieldsOf(i)` is called once per item. */
	static build(size: number, fieldsOf: (index: number) => SearchField[]): SearchIndex {
		const haystacks = new Array<string>(size);
		for (let i = 0; i < size; i++) haystacks[i] = haystack(fieldsOf(i));
		return new SearchIndex(haystacks);
	}

	get size(): number {
		return this.#haystacks.length;
	}

	/**
	 * Positions (ascending) of the items matching every term of `query`; null for an empty query
	 * (nothing filtered). A query that narrows the previous one only rescans the previous hits.
	 */
	search(query: string | null | undefined): Uint32Array | null {
		const terms = parseQuery(query);
		if (terms.length === 0) {
			this.#lastTerms = [];
			return null;
		}
		const candidates = narrows(this.#lastTerms, terms) ? this.#lastHits : null;
		const count = candidates ? candidates.length : this.size;
		const hits = new Uint32Array(count);
		let found = 0;
		for (let c = 0; c < count; c++) {
			const i = candidates ? candidates[c] : c;
			const text = this.#haystacks[i];
			let all = true;
			for (const term of terms) {
				if (!text.includes(term)) {
					all = false;
					break;
				}
			}
			if (all) hits[found++] = i;
		}
		this.#lastTerms = terms;
		this.#lastHits = hits.slice(0, found);
		return this.#lastHits;
	}
}

/**
 * Builds the index in slices, yielding between them, so a 10,000-feature asset never blocks the
 * main thread for the ~100 ms a single pass takes. `signal` abandons a build whose payload was
 * replaced (a refresh, a re-mint) before it finished.
 */
export async function buildSearchIndex(
	size: number,
	fieldsOf: (index: number) => SearchField[],
	options: { signal?: AbortSignal; yieldTo?: () => Promise<void> } = {}
): Promise<SearchIndex> {
	const pause = options.yieldTo ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
	const haystacks = new Array<string>(size);
	for (let start = 0; start < size; start += CHUNK) {
		if (start > 0) await pause();
		options.signal?.throwIfAborted();
		const end = Math.min(size, start + CHUNK);
		for (let i = start; i < end; i++) haystacks[i] = haystack(fieldsOf(i));
	}
	return new SearchIndex(haystacks);
}

/** Which of an item's fields hold a term of the query (for "matched in transcription"). */
export function matchedFields(fields: SearchField[], query: string | null | undefined): string[] {
	const terms = parseQuery(query);
	if (terms.length === 0) return [];
	return fields.filter((f) => terms.some((t) => fold(f.text).includes(t))).map((f) => f.name);
}
