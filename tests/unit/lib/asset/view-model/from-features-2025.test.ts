import { describe, expect, it } from 'vitest';
import { fromFeatures2025, itemsOf } from '$lib/asset/view-model/from-features-2025';
import { toAssetModel } from '$lib/asset/view-model';
import { assetData, feature, featuresPayload } from '../../../../factories';

describe('itemsOf', () => {
	it('uses feature_id when it is a unique string, else <modality>-<index>', () => {
		const items = itemsOf({
			video: [{ feature_id: 'ftr_a' }, { feature_id: 7 }, {}],
			image: null,
			text: undefined,
			audio: [{ feature_id: '' }]
		});
		expect(items.video.map((i) => i.id)).toEqual(['ftr_a', 'video-1', 'video-2']);
		expect(items.video.map((i) => i.featureId)).toEqual(['ftr_a', null, null]);
		expect(items.audio.map((i) => i.id)).toEqual(['audio-0']);
		expect(items.image).toEqual([]);
	});

	it('never repeats an id, even when upstream does', () => {
		const items = itemsOf({
			image: [{ feature_id: 'dup' }, { feature_id: 'dup' }, { feature_id: 'image-0' }]
		});
		expect(items.image.map((i) => i.id)).toEqual(['image-0', 'image-1', 'image-2~2']);
	});

	it('skips entries that are not objects', () => {
		const items = itemsOf({ text: [null, 'x', { text: 'ok' }] as never });
		expect(items.text.map((i) => i.texts.text)).toEqual(['ok']);
	});
});

describe('fromFeatures2025: items', () => {
	it("reads an image frame's timestamp as its instant, null when absent", () => {
		const { image } = fromFeatures2025(
			assetData({}, { image: [feature(1, { timestamp: 45 }), feature(2, { timestamp: 'x' })] }),
			'ast_x'
		).items;
		expect(image.map((i) => [i.timestamp, i.start])).toEqual([
			[45, null],
			[null, null]
		]);
	});

	it('maps an item to what tiles and the viewer show, without upstream field names', () => {
		const raw = feature(4, {
			start_time: 1.5,
			end_time: 3,
			text: 'on screen',
			description: '   ',
			transcription: 'hello',
			duplicate_of: 'ast_orig',
			embedding: [0.1]
		});
		const [item] = fromFeatures2025(assetData({}, { video: [raw] }), 'ast_x').items.video;
		expect(item).toMatchObject({
			id: 'ftr_4',
			featureId: 'ftr_4',
			modality: 'video',
			index: 0,
			position: 1,
			start: 1.5,
			end: 3,
			texts: { text: 'on screen', description: null, transcription: 'hello' },
			urls: {
				original: 'https://objects.test/f/4.png',
				preview: 'https://objects.test/p/4.png',
				unsafe: []
			},
			duplicateOf: 'ast_orig',
			raw
		});
		expect(item.details.map(([key]) => key)).toEqual([
			'feature_id',
			'start_time',
			'end_time',
			'text',
			'description',
			'transcription',
			'embedding'
		]);
	});

	it('lets only http(s) URLs through, keeping the others to show as text', () => {
		const [item] = itemsOf({
			image: [{ url: 'javascript:alert(1)', preview_url: 'https://cdn.test/p.png' }]
		}).image;
		expect(item.urls).toEqual({
			original: null,
			preview: 'https://cdn.test/p.png',
			unsafe: ['javascript:alert(1)']
		});
	});

	it('reads non-numeric times and blank texts as absent', () => {
		const [item] = itemsOf({
			audio: [{ start_time: '1', end_time: Number.NaN, text: '', transcription: 3 }]
		}).audio;
		expect([item.start, item.end]).toEqual([null, null]);
		expect(item.texts).toEqual({ text: null, description: null, transcription: null });
	});
});

describe('fromFeatures2025: summary', () => {
	it('maps the asset record', () => {
		const data = assetData({
			asset_id: 'ast_1',
			status: ' processing ',
			modality: 'video',
			collection_id: 'col_1',
			task_id: 'tsk_1',
			file_hash: 'abc',
			created_at: '2025-01-20T10:00:00Z',
			updated_at: null,
			score: 0.5,
			duplicate_of: 'ast_0',
			file_data: { file_type: 'video/mp4', file_size_bytes: 1024, width: 640 },
			metadata: { title: 'T' },
			url: 'https://objects.test/a.mp4',
			preview_url: 'ftp://x/p.png'
		});
		const { summary } = fromFeatures2025(data, 'fallback');
		expect(summary).toEqual({
			id: 'ast_1',
			status: ' processing ',
			statusInfo: { kind: 'busy', label: 'processing' },
			modality: 'video',
			file: { type: 'video/mp4', sizeBytes: 1024, other: [['width', 640]] },
			duration: null,
			metadata: [['title', 'T']],
			createdAt: '2025-01-20T10:00:00Z',
			updatedAt: null,
			taskId: 'tsk_1',
			collectionId: 'col_1',
			fileHash: 'abc',
			duplicateOf: 'ast_0',
			score: 0.5,
			urls: { original: 'https://objects.test/a.mp4', preview: null, unsafe: ['ftp://x/p.png'] },
			error: null
		});
	});

	it('falls back to the requested id and reads errors as a message plus the raw value', () => {
		const model = fromFeatures2025(
			{ asset: { error: { message: 'codec', code: 7 } }, features: {} },
			'ast_asked'
		);
		expect(model.summary.id).toBe('ast_asked');
		expect(model.summary.error).toEqual({
			message: 'codec',
			raw: { message: 'codec', code: 7 }
		});
		expect(fromFeatures2025({ asset: { error: 'boom' }, features: {} }, 'a').summary.error).toEqual(
			{ message: 'boom', raw: 'boom' }
		);
		expect(fromFeatures2025({ asset: { error: '' }, features: {} }, 'a').summary.error).toBeNull();
	});

	it('counts items and lists groups the page has no tab for', () => {
		const model = fromFeatures2025(
			{ asset: {}, features: { image: [{}, {}], hologram: [{}, {}, {}], smell: 'x', video: null } },
			'a'
		);
		expect(model.counts).toEqual({ video: 0, image: 2, text: 0, audio: 0 });
		expect(model.unknownGroups).toEqual([
			{ key: 'hologram', count: 3 },
			{ key: 'smell', count: null }
		]);
	});

	it('reads the declared duration from file_data, ignoring what is not a number', () => {
		const of = (file_data: unknown) =>
			fromFeatures2025(assetData({ file_data } as never), 'ast_x').summary.duration;
		expect(of({ duration: 150.5, fps: 5 })).toBe(150.5);
		expect(of({ duration: '12' })).toBeNull();
		expect(of(null)).toBeNull();
	});
});

describe('toAssetModel', () => {
	it('maps a features payload and keeps the validated answer for the JSON view', () => {
		const payload = featuresPayload(assetData({ asset_id: 'ast_9' }, { text: [feature(1)] }));
		const model = toAssetModel(payload, 'ast_9');
		expect(model.raw).toBe(payload.data);
		expect(model.items.text[0].id).toBe('ftr_1');
	});
});
