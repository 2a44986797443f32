import { describe, expect, it } from 'vitest';
import {
	buildItems,
	countItems,
	defaultTab,
	extraEntries,
	findItem,
	pageOf,
	resolveTab,
	unknownGroups
} from '../../src/lib/asset/items';

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
		const items = buildItems({ image: [{ feature_id: 'f1' }] });
		expect(resolveTab(null, items.image[0], 'video', c)).toBe('image');
	});
});

describe('buildItems', () => {
	it('uses feature_id when it is a unique string, else <modality>-<index>', () => {
		const items = buildItems({
			video: [{ feature_id: 'ftr_a' }, { feature_id: 7 }, {}],
			image: null,
			text: undefined,
			audio: [{ feature_id: '' }]
		});
		expect(items.video.map((i) => i.id)).toEqual(['ftr_a', 'video-1', 'video-2']);
		expect(items.audio.map((i) => i.id)).toEqual(['audio-0']);
		expect(countItems(items)).toEqual(counts(3, 0, 0, 1));
	});
	it('never repeats an id, even when upstream does', () => {
		const items = buildItems({
			image: [{ feature_id: 'dup' }, { feature_id: 'dup' }, { feature_id: 'image-0' }]
		});
		const ids = items.image.map((i) => i.id);
		expect(new Set(ids).size).toBe(3);
		expect(ids).toEqual(['image-0', 'image-1', 'image-2~2']);
	});
	it('finds items by id and pages them', () => {
		const image = Array.from({ length: 300 }, (_, i) => ({ feature_id: `f${i}` }));
		const items = buildItems({ image });
		expect(findItem(items, 'f250')?.index).toBe(250);
		expect(findItem(items, 'nope')).toBeNull();
		expect(pageOf(250)).toBe(2);
		expect(pageOf(119)).toBe(0);
	});
	it('lists extra keys and unknown groups', () => {
		expect(extraEntries({ url: 'u', preview_url: 'p', duplicate_of: null, text: 't' })).toEqual([
			['text', 't']
		]);
		expect(unknownGroups({ image: [], hologram: [{}, {}], video: null })).toEqual([
			{ key: 'hologram', count: 2 }
		]);
	});
});
