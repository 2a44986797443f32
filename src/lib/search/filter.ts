/** The filters and sort beside the search box, over whatever facts the page knows of an item. */
import type { FindState } from './params';

export interface ItemFacts {
	kind: string;
	/** Seconds; null when the item has no time range. */
	start: number | null;
	end: number | null;
	/** Whether it carries an http(s) preview (or media) link at all. */
	hasPreview: boolean;
	/** Whether that preview failed to load in this browser. */
	previewFailed: boolean;
	duplicate: boolean;
}

function inTimeRange(facts: ItemFacts, from: number | null, to: number | null): boolean {
	if (from === null && to === null) return true;
	// An item without a time range cannot be placed in one, so a time filter drops it.
	if (facts.start === null) return false;
	const end = facts.end ?? facts.start;
	return (from === null || end >= from) && (to === null || facts.start <= to);
}

function previewPasses(facts: ItemFacts, filter: FindState['preview']): boolean {
	const ok = facts.hasPreview && !facts.previewFailed;
	switch (filter) {
		case 'has':
			return ok;
		case 'broken':
			return !ok;
		case 'missing':
			return !facts.hasPreview;
		case 'failed':
			return facts.hasPreview && facts.previewFailed;
		default:
			return true;
	}
}

/** Whether an item passes every filter of `find` (the query is the index's job). */
export function passesFilters(facts: ItemFacts, find: FindState): boolean {
	if (find.kinds.length > 0 && !find.kinds.includes(facts.kind)) return false;
	if (!inTimeRange(facts, find.from, find.to)) return false;
	if (!previewPasses(facts, find.preview)) return false;
	if (find.duplicate === 'yes' && !facts.duplicate) return false;
	if (find.duplicate === 'no' && facts.duplicate) return false;
	return true;
}

/**
 * `list` in the chosen order: `original` keeps upstream's, `time` orders by start (ties and
 * items without a time keep their original order, the timeless last).
 */
export function sortByTime<T>(list: readonly T[], startOf: (item: T) => number | null): T[] {
	return list
		.map((item, i) => ({ item, i, start: startOf(item) }))
		.sort((a, b) => {
			if (a.start === null || b.start === null) {
				return a.start === b.start ? a.i - b.i : a.start === null ? 1 : -1;
			}
			return a.start - b.start || a.i - b.i;
		})
		.map((entry) => entry.item);
}
