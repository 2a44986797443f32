import { describe, expect, it } from 'vitest';
import { countItems, defaultTab, findItem, pageOf, resolveTab } from '$lib/asset/features';
import { itemsOf } from '$lib/asset/view-model/from-features-2025';

const counts = (video: number, image: number, text: number, audio: number) => ({
	video,
	image,
	text,
	audio
});

describe('tab defaults', () => {
	it("uses the asset's own modality when it has features", () => {
		expect(defaultTab('video', counts(3, 1, 1, 0))).toBe('video');
		expect(defaultTab('IMAGE', counts(3, 1, 1, 0))).toBe('image');
	});
	it('falls back to the first non-empty modality', () => {
		expect(defaultTab('video', counts(0, 0, 4, 0))).toBe('text');
		expect(defaultTab('hologram', counts(0, 0, 0, 2))).toBe('audio');
		expect(defaultTab(null, counts(0, 6, 0, 0))).toBe('image');
	});
	it('shows the own (or first) tab when everything is empty', () => {
		expect(defaultTab('image', counts(0, 0, 0, 0))).toBe('image');
		expect(defaultTab(null, counts(0, 0, 0, 0))).toBe('video');
	});
	it('honours a valid ?tab=, else the open item, else the default', () => {
		const c = counts(3, 1, 0, 0);
		expect(resolveTab('text', null, 'video', c)).toBe('text');
		expect(resolveTab('bogus', null, 'video', c)).toBe('video');
		const items = itemsOf({ image: [{ feature_id: 'f1' }] });
		expect(resolveTab(null, items.image[0], 'video', c)).toBe('image');
	});
});

describe('findItem, countItems and pageOf', () => {
	it('finds items by id, counts and pages them', () => {
		const image = Array.from({ length: 300 }, (_, i) => ({ feature_id: `f${i}` }));
		const items = itemsOf({ image });
		expect(findItem(items, 'f250')?.index).toBe(250);
		expect(findItem(items, 'nope')).toBeNull();
		expect(findItem(items, null)).toBeNull();
		expect(countItems(items)).toEqual(counts(0, 300, 0, 0));
		expect(pageOf(250)).toBe(2);
		expect(pageOf(119)).toBe(0);
		expect(pageOf(120)).toBe(1);
	});
});
