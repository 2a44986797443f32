/**
 * Which rows of a gallery grid are near the viewport, and how much room the rows left out take,
 * so the list keeps its full height (and the scrollbar its meaning) with only a window mounted.
 */

export interface GridWindowInput {
	/** Items in the list. */
	count: number;
	/** Items per row (the grid's columns). */
	cols: number;
	/** Space between rows, px. */
	gap: number;
	/** A row's height, px: measured once it has been shown, else an estimate. */
	heightOf: (row: number) => number;
	/** The region to cover, px from the list's top edge (negative above it). */
	from: number;
	to: number;
	/** Rows mounted beyond each end of the region, so Tab and arrow keys land on a mounted tile. */
	overscan: number;
}

export interface GridWindow {
	/** The items to mount: `[start, end)`. */
	start: number;
	end: number;
	/** Room the rows above and below the window take, px. */
	before: number;
	after: number;
}

/** The top of `row`, px from the list's top edge. */
export function rowTop(row: number, gap: number, heightOf: (row: number) => number): number {
	let y = 0;
	for (let r = 0; r < row; r++) y += heightOf(r) + gap;
	return y;
}

export function gridWindow(input: GridWindowInput): GridWindow {
	const { count, gap, heightOf, from, to, overscan } = input;
	const cols = Math.max(1, Math.floor(input.cols));
	const rows = Math.ceil(count / cols);
	if (rows === 0) return { start: 0, end: 0, before: 0, after: 0 };
	const tops: number[] = [];
	let y = 0;
	let first = -1;
	let last = -1;
	for (let r = 0; r < rows; r++) {
		tops.push(y);
		const bottom = y + heightOf(r);
		if (first < 0 && bottom > from) first = r;
		if (y < to) last = r;
		y = bottom + gap;
	}
	const total = y - gap;
	// Scrolled past the list (or above it with a region that ends before it): keep the nearest rows.
	if (first < 0) first = rows - 1;
	if (last < first) last = first;
	first = Math.max(0, first - overscan);
	last = Math.min(rows - 1, last + overscan);
	return {
		start: first * cols,
		end: Math.min(count, (last + 1) * cols),
		before: tops[first],
		after: Math.max(0, total - (tops[last] + heightOf(last)))
	};
}
