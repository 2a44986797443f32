import { describe, expect, it } from 'vitest';
import { FindEngine, type FindItem } from '$lib/search/engine.svelte';
import { EMPTY_FIND, type FindState } from '$lib/search/params';
import { buildExport, linksExpireAt, type ExportableItem } from '$lib/export/download';

function item(
	modality: string,
	n: number,
	raw: Record<string, unknown>,
	over: Partial<FindItem> = {}
): ExportableItem {
	return {
		id: `${modality}-${n}`,
		featureId: `ftr_${modality}_${n}`,
		position: n + 1,
		modality,
		start: null,
		end: null,
		urls: { preview: null, original: null },
		duplicateOf: null,
		raw: { feature_id: `ftr_${modality}_${n}`, ...raw },
		...over
	};
}

const video = [
	item('video', 0, { transcription: 'Welcome to Zürich' }, { start: 20, end: 24 }),
	item('video', 1, { transcription: 'zurich again' }, { start: 0, end: 4, duplicateOf: 'ast_x' }),
	item('video', 2, { transcription: 'elsewhere' }, { start: 8, end: 12 })
];
const image = [
	item(
		'image',
		0,
		{ ocr_text: 'ZURICH HBF' },
		{ urls: { preview: 'https://b/x.jpg', original: null } }
	),
	item('image', 1, { text: 'nothing' }, { urls: { preview: 'https://b/y.jpg', original: null } })
];
const engine = new FindEngine({ video, image });
const find = (over: Partial<FindState>) => ({ ...EMPTY_FIND, ...over });
const ids = (list: FindItem[] | undefined) => (list ?? []).map((i) => i.id);

describe('the find engine', () => {
	it('indexes small assets at once', () => {
		expect(engine.index).not.toBeNull();
		expect(engine.size).toBe(5);
	});
	it('splits hits per tab with counts', () => {
		const r = engine.results(find({ q: 'zurich' }), () => false)!;
		expect(ids(r.lists.video)).toEqual(['video-0', 'video-1']);
		expect(ids(r.lists.image)).toEqual(['image-0']);
		expect(r.counts).toEqual({ video: { shown: 2, total: 3 }, image: { shown: 1, total: 2 } });
	});
	it('combines a query with filters', () => {
		const r = engine.results(find({ q: 'zurich', duplicate: 'no' }), () => false)!;
		expect(ids(r.lists.video)).toEqual(['video-0']);
		expect(ids(engine.results(find({ q: 'zurich', from: 10 }), () => false)!.lists.video)).toEqual([
			'video-0'
		]);
		expect(ids(engine.results(find({ kinds: ['image'] }), () => false)!.lists.video)).toEqual([]);
	});
	it('filters by preview state, asking about failures only then', () => {
		const failed = (i: FindItem) => i.id === 'image-1';
		expect(ids(engine.results(find({ preview: 'failed' }), failed)!.lists.image)).toEqual([
			'image-1'
		]);
		expect(ids(engine.results(find({ preview: 'has' }), failed)!.lists.image)).toEqual(['image-0']);
		expect(ids(engine.results(find({ preview: 'missing' }), failed)!.lists.video)).toHaveLength(3);
	});
	it('sorts by time', () => {
		const r = engine.results(find({ sort: 'time' }), () => false)!;
		expect(ids(r.lists.video)).toEqual(['video-1', 'video-2', 'video-0']);
	});
	it('carries earlier results over to a new payload by id', () => {
		const before = engine.results(find({ q: 'zurich' }), () => false)!;
		const next = new FindEngine({ video: video.map((i) => ({ ...i })), image });
		const carried = next.carry(before);
		expect(ids(carried.lists.video)).toEqual(['video-0', 'video-1']);
		expect(carried.lists.video[0]).not.toBe(video[0]);
	});
});

describe('exporting a view', () => {
	const SIGNED =
		'https://b/seg.webm?X-Amz-Date=20261201T220000Z&X-Amz-Expires=3600&X-Amz-Signature=ab';
	const items = [
		item('video', 0, { transcription: 'hi' }, { urls: { original: SIGNED, preview: null } })
	];
	const request = {
		items,
		kindOf: () => 'Video segment',
		meta: { assetId: 'ast_x', namespace: null, scope: 'video', view: 'q=hi' },
		format: 'csv' as const
	};
	it('says when the signed links expire', () => {
		expect(new Date(linksExpireAt(items)!).toISOString()).toBe('2026-12-01T23:00:00.000Z');
	});
	it('writes one row per item, signatures stripped unless asked', () => {
		const plain = buildExport({ ...request, includeSigned: false });
		expect(plain.rows).toBe(1);
		expect(plain.body.split('\r\n')).toHaveLength(2);
		expect(plain.body).not.toContain('X-Amz-Signature');
		expect(buildExport({ ...request, includeSigned: true }).body).toContain('X-Amz-Signature=ab');
	});
});
