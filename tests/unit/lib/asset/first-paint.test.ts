import { describe, expect, it } from 'vitest';
import { FIRST_WINDOW, PAGE_SIZE } from '$lib/asset/features';
import { firstPaintSlice } from '$lib/asset/first-paint';
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
	it('sends small assets whole', () => {
		const data = asset(1000);
		expect(firstPaintSlice(data, null)).toEqual({ data, totals: null });
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
