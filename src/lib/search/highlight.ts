/** Marks where a query's terms occur in a text, for the tiles and the viewer (as plain text). */
import { foldWithOrigins } from './fold';
import { parseQuery } from './query';

export interface Segment {
	text: string;
	hit: boolean;
}

/** Past this many marks in one text the rest is left plain: nobody reads 500 highlights. */
const MAX_MARKS = 200;

function origins(text: string) {
	// Plain ASCII folds to its lower case unit for unit: no per-character normalisation needed.
	if (/^[\x20-\x7e\s]*$/.test(text)) {
		return { folded: text.toLowerCase(), origin: null };
	}
	return foldWithOrigins(text);
}

/** `text` cut into plain and matching runs; one plain segment when nothing matches. */
export function highlight(text: string, query: string | null | undefined): Segment[] {
	const terms = parseQuery(query);
	if (terms.length === 0 || text === '') return [{ text, hit: false }];
	const { folded, origin } = origins(text);
	const ranges: [number, number][] = [];
	for (const term of terms) {
		for (let at = folded.indexOf(term); at !== -1 && ranges.length < MAX_MARKS * 4;) {
			ranges.push([at, at + term.length]);
			at = folded.indexOf(term, at + term.length);
		}
	}
	if (ranges.length === 0) return [{ text, hit: false }];
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else if (merged.length < MAX_MARKS) merged.push([...range]);
	}
	const at = (i: number) => (origin ? origin[i] : i);
	const out: Segment[] = [];
	let cursor = 0;
	for (const [start, end] of merged) {
		const from = at(start);
		const to = at(end);
		if (from > cursor) out.push({ text: text.slice(cursor, from), hit: false });
		if (to > from) out.push({ text: text.slice(from, to), hit: true });
		cursor = Math.max(cursor, to);
	}
	if (cursor < text.length) out.push({ text: text.slice(cursor), hit: false });
	return out;
}

/** Whether any term of the query occurs in `text`. */
export function hasHit(text: string, query: string | null | undefined): boolean {
	return highlight(text, query).some((s) => s.hit);
}
