import { describe, expect, it } from 'vitest';
import { FIRST_WINDOW, PAGE_SIZE } from '$lib/asset/features';
import { STREAM_LIMIT, firstPaintSlice, withTails } from '$lib/asset/first-paint';
import type { ValidatedAssetData } from '$lib/mixpeek/types';

const asset = (images: number, texts = 0): ValidatedAssetData => ({
	asset: { asset_id: 'ast_big' },
	features: {
		image: Array.from({ length: images }, (_, i) => ({
			feature_id: `img_${i}`,
			url: `https://x/${i}`
		})),
		text: Array.from({ length: texts }, (_, i) => ({ feature_id: `txt_${i}`, text: `t${i}` })),
		video: null
	}
});

describe('firstPaintSlice', () => {
	it('sends an asset whole when no modality has more than a screenful', () => {
		const data = asset(FIRST_WINDOW, FIRST_WINDOW);
		expect(firstPaintSlice(data, null)).toEqual({ data, totals: null, rest: null });
	});

	it('windows any asset with more than a screenful and streams what it left out', () => {
		const whole = asset(100, 5);
		const { data, totals, rest } = firstPaintSlice(whole, null);
		expect(totals).toEqual({ video: 0, image: 100, text: 5, audio: 0 });
		expect(data.features.image).toHaveLength(FIRST_WINDOW);
		expect(data.features.text).toHaveLength(5);
		expect(rest).toEqual({ image: whole.features.image?.slice(FIRST_WINDOW) });
		expect(withTails(data, rest!)).toEqual(whole);
	});

	it('streams nothing for a huge asset: the page fetches it after hydrating', () => {
		const { totals, rest } = firstPaintSlice(asset(STREAM_LIMIT + 1), null);
		expect(totals?.image).toBe(STREAM_LIMIT + 1);
		expect(rest).toBeNull();
	});

	it('sends it whole when the deep-linked page already holds everything', () => {
		const data = asset(100);
		expect(firstPaintSlice(data, 'img_99')).toEqual({ data, totals: null, rest: null });
		expect(firstPaintSlice(data, { item: null, tab: 'image', page: 0 }).totals).not.toBeNull();
	});

	it('sends the first screenful of each modality of a big asset, with exact totals', () => {
		const { data, totals } = firstPaintSlice(asset(10_000, 300), null);
		expect(totals).toEqual({ video: 0, image: 10_000, text: 300, audio: 0 });
		expect(data.features.image).toHaveLength(FIRST_WINDOW);
		expect(data.features.text).toHaveLength(FIRST_WINDOW);
		expect(data.features.video).toBeNull();
		expect(data.asset.asset_id).toBe('ast_big');
	});

	it('keeps everything up to the page of a deep-linked item', () => {
		const { data } = firstPaintSlice(asset(10_000), 'img_4441');
		// img_4441 is on page 37 (0-based), so pages 0..37 are sent.
		expect(data.features.image).toHaveLength(38 * PAGE_SIZE);
		expect(data.features.image?.at(-1)?.feature_id).toBe(`img_${38 * PAGE_SIZE - 1}`);
	});
});

describe('firstPaintSlice for deep links by position and page', () => {
	it('keeps the page of an item named by its 1-based position in the tab', () => {
		const { data } = firstPaintSlice(asset(10_000, 3000), { item: '2500', tab: 'text' });
		expect(data.features.text).toHaveLength(21 * PAGE_SIZE);
		expect(data.features.image).toHaveLength(FIRST_WINDOW);
	});

	it('keeps everything up to a linked gallery page of the tab it applies to', () => {
		// 0-based: `page=3` in the URL.
		const { data } = firstPaintSlice(asset(10_000, 3000), { item: null, tab: null, page: 2 });
		expect(data.features.image).toHaveLength(3 * PAGE_SIZE);
		expect(data.features.text).toHaveLength(FIRST_WINDOW);
	});
});
