import { describe, expect, it } from 'vitest';
import { fromFeatures2025 } from '$lib/asset/view-model/from-features-2025';
import { timedFeature, timedFeatures } from '$lib/timeline/from-items';
import { assetData, feature } from '../../../factories';

const items = (groups: Parameters<typeof assetData>[1]) =>
	fromFeatures2025(assetData({}, groups), 'ast_x').items;

describe('timedFeature', () => {
	it('reads a segment: its range, texts and whether it has media', () => {
		const { video } = items({
			video: [
				feature(1, {
					start_time: 30,
					end_time: 40,
					transcription: 'spoken',
					description: 'bars',
					text: 'spoken'
				})
			]
		});
		expect(timedFeature(video[0])).toMatchObject({
			kind: 'video',
			index: 0,
			start: 30,
			end: 40,
			transcript: 'spoken',
			description: 'bars',
			onScreen: null,
			hasMedia: true
		});
	});

	it('places an image frame at its timestamp, as an instant', () => {
		const { image } = items({ image: [feature(2, { timestamp: 45, text: 'Keyframe' })] });
		expect(timedFeature(image[0])).toMatchObject({ start: 45, end: 45, onScreen: 'Keyframe' });
	});

	it('leaves an untimed feature untimed', () => {
		const { text } = items({ text: [feature(3, { text: 'note' })] });
		expect(timedFeature(text[0])).toMatchObject({ start: null, end: null });
	});
});

describe('timedFeatures', () => {
	it('takes every modality', () => {
		const all = timedFeatures(
			items({ video: [feature(1, { start_time: 0 })], audio: [feature(2, { start_time: 1 })] })
		);
		expect(all.map((f) => f.kind)).toEqual(['video', 'audio']);
	});
});
