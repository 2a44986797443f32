import { describe, expect, it } from 'vitest';
import { parseAssetData } from '$lib/server/mixpeek/schema';

const body = (features: unknown) => ({ asset: { asset_id: 'ast_1' }, features });

describe('parseAssetData: feature lists', () => {
	it('takes features with string or absent URL fields, unknown keys kept, without copying them', () => {
		const feature = {
			feature_id: 'f1',
			url: 'https://x/1.png',
			preview_url: null,
			extra: { a: 1 }
		};
		const parsed = parseAssetData(body({ image: [feature, { feature_id: 'f2' }], video: null }));
		expect(parsed.success).toBe(true);
		if (!parsed.success) return;
		expect(parsed.output.features.image?.[0]).toBe(feature);
		expect(parsed.output.features.video).toBeNull();
	});

	it.each([
		['a URL that is not a string', { image: [{ url: 42 }] }],
		['a duplicate_of that is an object', { text: [{ duplicate_of: {} }] }],
		['a feature that is not an object', { audio: ['ftr_1'] }],
		['a null feature', { image: [null] }],
		['a list that is not an array', { video: { url: 'x' } }]
	])('refuses %s', (_, features) => {
		expect(parseAssetData(body(features)).success).toBe(false);
	});

	it('takes a body without features', () => {
		expect(parseAssetData({ asset: {} }).success).toBe(true);
	});
});
