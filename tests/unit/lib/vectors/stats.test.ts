import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	consensusDimension,
	toFloat,
	vectorStats,
	vectorWarnings,
	vectorsOf
} from '$lib/vectors/stats';

describe('toFloat', () => {
	it('reads the ways JSON carries non-finite floats', () => {
		expect(toFloat(0.5)).toBe(0.5);
		expect(toFloat(null)).toBeNaN();
		expect(toFloat('NaN')).toBeNaN();
		expect(toFloat('Infinity')).toBe(Infinity);
		expect(toFloat('-Infinity')).toBe(-Infinity);
		expect(toFloat('inf')).toBe(Infinity);
		expect(toFloat('-inf')).toBe(-Infinity);
		expect(toFloat('1e-3')).toBe(0.001);
		expect(toFloat('')).toBeNaN();
		expect(toFloat({})).toBeNaN();
	});
});

describe('vectorStats', () => {
	it('summarises a dense vector', () => {
		const s = vectorStats('image_vector', [3, 4, 0, -1], 4);
		expect(s).toMatchObject({
			kind: 'dense',
			dimension: 4,
			min: -1,
			max: 4,
			mean: 1.5,
			nan: 0,
			posInf: 0,
			negInf: 0,
			zeros: 1
		});
		expect(s.l2).toBeCloseTo(Math.sqrt(26), 12);
		expect(s.histogram).toEqual([2, 0, 0, 2]);
		expect(s.histogram.reduce((a, b) => a + b)).toBe(4);
	});

	it('counts NaN (null or "NaN"), ±Inf and zeros, and leaves them out of the numbers', () => {
		const s = vectorStats('v', [1, null, 'NaN', 'Infinity', '-Infinity', 0, 0, -1]);
		expect(s).toMatchObject({ dimension: 8, nan: 2, posInf: 1, negInf: 1, zeros: 2 });
		expect(s.min).toBe(-1);
		expect(s.max).toBe(1);
		expect(s.mean).toBe(0);
		expect(s.l2).toBeCloseTo(Math.SQRT2, 12);
		expect(s.histogram.reduce((a, b) => a + b)).toBe(4);
	});

	it('an all-zero vector has one full bin and a zero norm', () => {
		const s = vectorStats('v', new Array(512).fill(0), 10);
		expect(s.l2).toBe(0);
		expect(s.zeros).toBe(512);
		expect(s.histogram.filter((c) => c > 0)).toEqual([512]);
	});

	it('reads a sparse vector by its stored values', () => {
		const s = vectorStats('keyword', { indices: [4, 90, 1200], values: [0.5, 0.25, 0] });
		expect(s).toMatchObject({ kind: 'sparse', sparse: true, dimension: 3, zeros: 1, max: 0.5 });
	});

	it('an unreadable or empty value is an empty vector', () => {
		expect(vectorStats('v', 'nope')).toMatchObject({ dimension: 0, min: null, mean: null });
	});

	it('matches a naive computation on random vectors', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }),
				(xs) => {
					const s = vectorStats('v', xs, 16);
					expect(s.min).toBe(Math.min(...xs));
					expect(s.max).toBe(Math.max(...xs));
					expect(s.l2).toBeCloseTo(Math.sqrt(xs.reduce((a, x) => a + x * x, 0)), 3);
					expect(s.histogram.reduce((a, b) => a + b)).toBe(xs.length);
					expect(s.zeros).toBe(xs.filter((x) => x === 0).length);
				}
			)
		);
	});
});

describe('vectorsOf', () => {
	it('finds the vectors object and embedding-named root arrays, nothing else', () => {
		const found = vectorsOf({
			vectors: { image_vector: [0.1, 0.2], text_vector: { indices: [1], values: [1] }, note: 'x' },
			embedding: [0.3, 0.4, 0.5],
			tags: [1, 2, 3],
			bbox_vector: [[1, 2]]
		});
		expect(found.map(([name]) => name)).toEqual(['image_vector', 'text_vector', 'embedding']);
	});
});

describe('warnings', () => {
	const kinds = (raw: unknown, sibling: number | null = null) =>
		vectorWarnings(vectorStats('v', raw), sibling).map((w) => w.kind);

	it('flags NaN/Inf, all zeros and a dimension that differs from the siblings', () => {
		expect(kinds([0.1, null, 0.3])).toEqual(['non_finite']);
		expect(kinds([0.1, 'Infinity'])).toEqual(['non_finite']);
		expect(kinds([0, 0, 0])).toEqual(['all_zero']);
		expect(kinds([0.1, 0.2, 0.3], 4)).toEqual(['dimension']);
		expect(kinds([0.1, 0.2, 0.3], 3)).toEqual([]);
		expect(kinds([])).toEqual(['empty']);
	});

	it('says what it found in words', () => {
		const [w] = vectorWarnings(vectorStats('v', [null, null, 'Infinity', 1]), null);
		expect(w.message).toContain('2 NaNs');
		expect(w.message).toContain('1 +Inf');
		const [d] = vectorWarnings(vectorStats('v', [1, 2]), 512);
		expect(d.message).toContain('2 dimensions where its siblings have 512');
	});

	it('the siblings’ dimension is the most common one', () => {
		expect(consensusDimension([512, 512, 384])).toBe(512);
		expect(consensusDimension([])).toBeNull();
		expect(consensusDimension([384, 512])).toBe(512);
	});
});
