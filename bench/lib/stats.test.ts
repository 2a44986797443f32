import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, rotate } from './stats';

// The benchmark's figures are medians and ratios of these helpers: keep them exact.
describe('bench statistics', () => {
	it('takes the median of odd and even counts without reordering the input', () => {
		const values = [5, 1, 3];
		expect(median(values)).toBe(3);
		expect(values).toEqual([5, 1, 3]);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('uses nearest-rank percentiles', () => {
		const values = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(values, 50)).toBe(50);
		expect(percentile(values, 99)).toBe(99);
		expect(percentile(values, 100)).toBe(100);
		expect(percentile([7], 99)).toBe(7);
		expect(percentile([], 50)).toBeNaN();
	});

	it('gives NaN rather than Infinity for ratios it cannot compute', () => {
		expect(ratio(3, 2)).toBe(1.5);
		expect(ratio(1, 0)).toBeNaN();
		expect(ratio(Number.NaN, 1)).toBeNaN();
	});

	it('rotates the order so each candidate runs in each position', () => {
		expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
		expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
		expect(rotate(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
		expect(rotate([], 3)).toEqual([]);
	});
});
