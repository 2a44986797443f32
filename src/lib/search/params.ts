/**
 * The find state in the URL (`q`, filters, sort), so a colleague's link opens the same results.
 * Parsing is forgiving: a malformed value means "no filter", never an error page.
 */
import { FIND_PARAMS, MAX_QUERY_LENGTH } from './url';

export { EMPTY_FIND, FIND_PARAMS, findQuery, resolveItemParam } from './url';

export const PREVIEW_FILTERS = ['any', 'has', 'broken', 'missing', 'failed'] as const;
export type PreviewFilter = (typeof PREVIEW_FILTERS)[number];
export const DUPLICATE_FILTERS = ['any', 'yes', 'no'] as const;
export type DuplicateFilter = (typeof DUPLICATE_FILTERS)[number];
export const SORTS = ['original', 'time'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface FindState {
	q: string;
	/** Feature kinds to keep; empty keeps all. */
	kinds: string[];
	/** Keep items overlapping [from, to] seconds; null ends are open. */
	from: number | null;
	to: number | null;
	preview: PreviewFilter;
	duplicate: DuplicateFilter;
	sort: SortOrder;
}

function oneOf<T extends string>(options: readonly T[], value: string | null, fallback: T): T {
	return value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Seconds from `90`, `90.5`, `1:30`, `1:02:03` or `90s`; null for anything else. */
export function parseSeconds(value: string | null | undefined): number | null {
	const text = (value ?? '').trim().replace(/s$/i, '');
	if (text === '') return null;
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
	const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text);
	if (!clock) return null;
	const [, h, m, s] = clock;
	if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return null;
	return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

/** Seconds as `m:ss` or `h:mm:ss` (with tenths when not whole), for inputs and labels. */
export function formatSeconds(seconds: number): string {
	const whole = Math.floor(seconds);
	const tenths = Math.round((seconds - whole) * 10);
	const carry = tenths === 10 ? 1 : 0;
	const total = whole + carry;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	const frac = tenths > 0 && tenths < 10 ? `.${tenths}` : '';
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}${frac}` : `${m}:${s}${frac}`;
}

function kindList(value: string | null): string[] {
	if (!value) return [];
	const kinds = value
		.split(',')
		.map((k) => k.trim())
		.filter((k) => /^[\w-]{1,40}$/.test(k));
	return [...new Set(kinds)].slice(0, 20);
}

export function readFind(params: URLSearchParams): FindState {
	let from = parseSeconds(params.get('from'));
	let to = parseSeconds(params.get('to'));
	if (from !== null && to !== null && from > to) [from, to] = [to, from];
	return {
		q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
		kinds: kindList(params.get('kind')),
		from,
		to,
		preview: oneOf(PREVIEW_FILTERS, params.get('preview'), 'any'),
		duplicate: oneOf(DUPLICATE_FILTERS, params.get('dup'), 'any'),
		sort: oneOf(SORTS, params.get('sort'), 'original')
	};
}

/** `readFind` of a query string (`q=…&dup=no`). */
export function readFindQuery(query: string): FindState {
	return readFind(new URLSearchParams(query));
}

/** Writes `find` into `params` (in place), leaving out defaults so links stay short. */
export function writeFind(params: URLSearchParams, find: FindState): URLSearchParams {
	for (const key of FIND_PARAMS) params.delete(key);
	const set = (key: string, value: string | null, fallback: string | null = null) => {
		if (value !== null && value !== '' && value !== fallback) params.set(key, value);
	};
	set('q', find.q.trim() === '' ? null : find.q);
	set('kind', find.kinds.join(','));
	set('from', find.from === null ? null : String(find.from));
	set('to', find.to === null ? null : String(find.to));
	set('preview', find.preview, 'any');
	set('dup', find.duplicate, 'any');
	set('sort', find.sort, 'original');
	return params;
}

/** Whether anything narrows the view (the sort alone does not). */
export function isFiltering(find: FindState): boolean {
	return (
		find.q.trim() !== '' ||
		find.kinds.length > 0 ||
		find.from !== null ||
		find.to !== null ||
		find.preview !== 'any' ||
		find.duplicate !== 'any'
	);
}
