import { describe, expect, it } from 'vitest';
import { diffJson, jsonEqual } from '$lib/compare/diff';

const rowsOf = (a: unknown, b: unknown) =>
	diffJson(a, b)
		.rows.filter((r) => r.kind !== 'same')
		.map((r) => [r.kind, r.path]);

describe('diffJson', () => {
	it('tells changed, only-in-a and only-in-b apart by path', () => {
		const a = {
			title: 'Gallery',
			tags: ['demo', 'png'],
			camera: { make: 'ffmpeg', iso: 100 },
			notes: 'x'
		};
		const b = {
			title: 'Re-upload',
			tags: ['demo'],
			camera: { make: 'ffmpeg', iso: 200 },
			source: 'copy'
		};
		const diff = diffJson(a, b);
		expect(rowsOf(a, b)).toEqual([
			['changed', 'title'],
			['only_a', 'tags[1]'],
			['changed', 'camera.iso'],
			['only_a', 'notes'],
			['only_b', 'source']
		]);
		expect(diff.counts).toEqual({ same: 2, changed: 2, only_a: 2, only_b: 1 });
		const title = diff.rows.find((r) => r.path === 'title')!;
		expect(title).toMatchObject({ a: 'Gallery', b: 'Re-upload' });
	});

	it('treats null or missing sides as empty objects', () => {
		expect(rowsOf(null, { a: 1 })).toEqual([['only_b', 'a']]);
		expect(rowsOf({ a: 1 }, undefined)).toEqual([['only_a', 'a']]);
		expect(diffJson(null, null).rows).toEqual([]);
	});

	it('a type change is a change, not a descent', () => {
		expect(rowsOf({ x: { y: 1 } }, { x: [1] })).toEqual([['changed', 'x']]);
		expect(rowsOf({ x: 1 }, { x: '1' })).toEqual([['changed', 'x']]);
	});

	it('brackets keys that are not identifiers, and keeps an own __proto__ key as data', () => {
		const a = JSON.parse('{"__proto__": {"polluted": true}, "a.b": 1, "ünï": 2}');
		const diff = diffJson(a, {});
		expect(diff.rows.map((r) => r.path)).toEqual(['__proto__', '["a.b"]', '["ünï"]']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('compares whole below the depth limit and stops at the row limit', () => {
		let deep: Record<string, unknown> = { leaf: 1 };
		for (let i = 0; i < 20; i++) deep = { child: deep };
		const diff = diffJson(deep, {}, { maxDepth: 3 });
		expect(diff.rows).toHaveLength(1);
		const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
		const limited = diffJson(wide, {}, { maxRows: 10 });
		expect(limited.rows).toHaveLength(10);
		expect(limited.truncated).toBe(true);
		expect(limited.counts.only_a).toBe(50);
	});
});

describe('jsonEqual', () => {
	it('ignores key order and tells arrays from objects', () => {
		expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
		expect(jsonEqual([1], { 0: 1 })).toBe(false);
		expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
		expect(jsonEqual(0, -0)).toBe(true);
	});
});
