/**
 * A search query as the user typed it, turned into folded terms. Every term must be found in an
 * item (in any of its fields); "double quotes" keep words together as one term.
 */
import { fold } from './fold';
import { MAX_QUERY_LENGTH } from './url';

export { MAX_QUERY_LENGTH };
const MAX_TERMS = 12;

/** The query's folded terms, longest first (the rarest usually, so misses are found early). */
export function parseQuery(query: string | null | undefined): string[] {
	// Control characters never occur in a folded haystack's text (the index joins fields with one).
	const text = fold((query ?? '').slice(0, MAX_QUERY_LENGTH)).replace(/\p{Cc}/gu, ' ');
	const terms = new Set<string>();
	for (const match of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
		const term = (match[1] ?? match[2] ?? '').trim().replace(/\s+/g, ' ');
		if (term) terms.add(term);
	}
	return [...terms].slice(0, MAX_TERMS).sort((a, b) => b.length - a.length);
}

/**
 * Whether every result of `next` is also a result of `previous` (each new term contains an old
 * one), so a search can start from the previous hits instead of the whole index.
 */
export function narrows(previous: string[], next: string[]): boolean {
	if (previous.length === 0) return false;
	return previous.every((old) => next.some((term) => term.includes(old)));
}
