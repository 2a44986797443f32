import { describe, expect, it } from 'vitest';
import { gridWindow, rowTop } from '$lib/asset/grid-window';

const rows100 = () => 100;

describe('gridWindow', () => {
	it('mounts the rows the region touches, plus the overscan, and pads the rest', () => {
		// 120 items in 5 columns = 24 rows of 100 px with 10 px gaps; rows start every 110 px.
		const w = gridWindow({
			count: 120,
			cols: 5,
			gap: 10,
			heightOf: rows100,
			from: 330,
			to: 550,
			overscan: 1
		});
		// Region 330–550 touches rows 3 (330–430), 4 (440–540) and 5 (550 is its top: not shown).
		expect(w).toEqual({ start: 10, end: 30, before: 220, after: 2630 - 650 });
	});

	it('keeps the full height: padding plus mounted rows equals the whole list', () => {
		const heights = [50, 120, 80, 100, 90];
		const heightOf = (r: number) => heights[r] ?? 100;
		const w = gridWindow({ count: 10, cols: 2, gap: 4, heightOf, from: 60, to: 100, overscan: 0 });
		const total = heights.reduce((a, b) => a + b, 0) + 4 * 4;
		const firstRow = w.start / 2;
		const lastRow = w.end / 2 - 1;
		let mounted = 0;
		for (let r = firstRow; r <= lastRow; r++) mounted += heights[r] + (r < lastRow ? 4 : 0);
		expect(w.before + mounted + w.after).toBe(total);
		expect(w.before).toBe(rowTop(firstRow, 4, heightOf));
		expect([w.start, w.end]).toEqual([2, 4]);
	});

	it('above the list (region ends before it): the first rows; below it: the last ones', () => {
		const above = gridWindow({
			count: 50,
			cols: 5,
			gap: 0,
			heightOf: rows100,
			from: -900,
			to: -100,
			overscan: 1
		});
		expect([above.start, above.end, above.before]).toEqual([0, 10, 0]);
		const below = gridWindow({
			count: 50,
			cols: 5,
			gap: 0,
			heightOf: rows100,
			from: 5000,
			to: 5800,
			overscan: 1
		});
		expect([below.start, below.end, below.after]).toEqual([40, 50, 0]);
	});

	it('a short last row and one column', () => {
		const w = gridWindow({
			count: 7,
			cols: 3,
			gap: 0,
			heightOf: rows100,
			from: 150,
			to: 400,
			overscan: 0
		});
		expect([w.start, w.end]).toEqual([3, 7]);
		const one = gridWindow({
			count: 3,
			cols: 0,
			gap: 0,
			heightOf: rows100,
			from: 0,
			to: 50,
			overscan: 0
		});
		expect([one.start, one.end]).toEqual([0, 1]);
		expect(
			gridWindow({ count: 0, cols: 4, gap: 0, heightOf: rows100, from: 0, to: 50, overscan: 1 })
		).toEqual({ start: 0, end: 0, before: 0, after: 0 });
	});
});
