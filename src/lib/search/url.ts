/**
 * The little of the search the page needs before its engine arrives: which URL parameters are
 * the search's, the query's length cap, and what `item=` names. Kept apart from `params.ts`
 * (parsing, writing) so the first load carries only this.
 */
import type { FindState } from './params';

export const MAX_QUERY_LENGTH = 200;

/** The URL parameters the search owns (others, like `tab` and `item`, are left alone). */
export const FIND_PARAMS = ['q', 'kind', 'from', 'to', 'preview', 'dup', 'sort'] as const;

/** Only the find parameters of `params`, as a query string (`q=…&dup=no`; empty when none). */
export function findQuery(params: URLSearchParams): string {
	const out = new URLSearchParams();
	for (const [key, value] of params) {
		if ((FIND_PARAMS as readonly string[]).includes(key)) out.append(key, value);
	}
	return out.toString();
}

/**
 * What `item=` names: a feature ID when one matches exactly (IDs win, even all-digit ones),
 * else a 1-based position (`item=4321`) in the list it is read against.
 */
export function resolveItemParam<T extends { id: string }>(
	value: string | null,
	list: readonly T[],
	byId: (id: string) => T | null
): T | null {
	if (!value) return null;
	const exact = byId(value);
	if (exact) return exact;
	if (!/^[1-9]\d{0,6}$/.test(value)) return null;
	return list[Number(value) - 1] ?? null;
}

/** No query, no filter, original order: what a link without find parameters means. */
export const EMPTY_FIND: FindState = {
	q: '',
	kinds: [],
	from: null,
	to: null,
	preview: 'any',
	duplicate: 'any',
	sort: 'original'
};
