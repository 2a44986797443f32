import { describe, expect, it } from 'vitest';
import {
	clearUnpinned,
	parseStored,
	RECENT_LIMIT,
	remember,
	removeEntry,
	serialize,
	setPinned,
	type RecentAsset
} from '$lib/recent/recent';

const seen = (i: number, namespace: string | null = 'demo_prod') => ({
	assetId: `ast_${i}`,
	namespace,
	status: 'DONE',
	modality: 'video'
});

function fill(count: number): RecentAsset[] {
	let list: RecentAsset[] = [];
	for (let i = 0; i < count; i++) list = remember(list, seen(i), 1_000 + i);
	return list;
}

describe('remember', () => {
	it('puts the newest first with what was seen', () => {
		const list = remember(remember([], seen(1), 10), seen(2), 20);
		expect(list.map((e) => e.assetId)).toEqual(['ast_2', 'ast_1']);
		expect(list[0]).toEqual({
			assetId: 'ast_2',
			namespace: 'demo_prod',
			status: 'DONE',
			modality: 'video',
			seenAt: 20,
			pinned: false
		});
	});

	it('moves a re-opened asset to the top and updates its status, keeping its pin', () => {
		let list = fill(3);
		list = setPinned(list, list[2], true);
		list = remember(list, { ...seen(0), status: 'FAILED' }, 5_000);
		expect(list.map((e) => e.assetId)).toEqual(['ast_0', 'ast_2', 'ast_1']);
		expect(list[0]).toMatchObject({ status: 'FAILED', pinned: true, seenAt: 5_000 });
	});

	it('treats the same ID in two namespaces as two assets', () => {
		const list = remember(remember([], seen(1, 'demo_prod'), 1), seen(1, 'demo_staging'), 2);
		expect(list).toHaveLength(2);
	});

	it(`keeps the last ${RECENT_LIMIT}, and pinned ones beyond that`, () => {
		let list = fill(5);
		list = setPinned(
			list,
			list.find((e) => e.assetId === 'ast_0')!,
			true
		);
		for (let i = 5; i < 40; i++) list = remember(list, seen(i), 2_000 + i);
		expect(list.filter((e) => !e.pinned)).toHaveLength(RECENT_LIMIT);
		expect(list.some((e) => e.assetId === 'ast_0' && e.pinned)).toBe(true);
		expect(list.some((e) => e.assetId === 'ast_1')).toBe(false);
		expect(list[0].assetId).toBe('ast_39');
	});

	it('refuses implausible IDs and never keeps URL-like labels', () => {
		expect(remember([], { assetId: 'a/b', namespace: null }, 1)).toEqual([]);
		const [entry] = remember(
			[],
			{ assetId: 'ast_1', namespace: null, status: 'https://bucket.s3/x?X-Amz-Signature=1' },
			1
		);
		expect(entry.status).toBeNull();
		expect(serialize([entry])).not.toContain('http');
	});
});

describe('pin, remove, clear', () => {
	it('unpins without dropping the entry at once', () => {
		let list = fill(3);
		list = setPinned(list, list[1], true);
		expect(list[1].pinned).toBe(true);
		list = setPinned(list, list[1], false);
		expect(list).toHaveLength(3);
	});

	it('removes one entry', () => {
		const list = fill(3);
		expect(removeEntry(list, list[0]).map((e) => e.assetId)).toEqual(['ast_1', 'ast_0']);
	});

	it('clear keeps pinned assets', () => {
		let list = fill(4);
		list = setPinned(list, list[3], true);
		expect(clearUnpinned(list).map((e) => e.assetId)).toEqual(['ast_0']);
	});
});

describe('parseStored', () => {
	it('round-trips through serialize', () => {
		const list = setPinned(fill(3), fill(3)[1], true);
		expect(parseStored(serialize(list))).toEqual(list);
	});

	it.each([
		['nothing', null],
		['empty string', ''],
		['not JSON', '{oops'],
		['a number', '42'],
		['null', 'null'],
		['an object without items', '{"version":1}'],
		['items not an array', '{"items":"x"}']
	])('reads %s as an empty list', (_name, raw) => {
		expect(parseStored(raw)).toEqual([]);
	});

	it('keeps the good entries of a partly corrupt list', () => {
		const raw = JSON.stringify({
			items: [
				null,
				7,
				{ assetId: 'ast_ok', namespace: 'demo_prod', status: 'DONE', seenAt: 5, pinned: true },
				{ assetId: '', seenAt: 4 },
				{ assetId: 'ast_no_time' },
				{ assetId: 'ast_bad_ns', namespace: 'a\nb' },
				{ assetId: 'ast_ok', namespace: 'demo_prod', seenAt: 3 }
			]
		});
		expect(parseStored(raw)).toEqual([
			{
				assetId: 'ast_ok',
				namespace: 'demo_prod',
				status: 'DONE',
				modality: null,
				seenAt: 5,
				pinned: true
			},
			{
				assetId: 'ast_no_time',
				namespace: null,
				status: null,
				modality: null,
				seenAt: 0,
				pinned: false
			}
		]);
	});

	it('also reads a bare array', () => {
		expect(parseStored('[{"assetId":"ast_1","seenAt":1}]')).toHaveLength(1);
	});
});
