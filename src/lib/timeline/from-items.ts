/** The page's feature items as the timeline reads them (the view model already read upstream). */
import type { FeatureItem, ItemsByModality } from '$lib/asset/view-model';
import type { TimedFeature } from './tracks';

export function timedFeature(item: FeatureItem): TimedFeature {
	// A frame is an instant: its timestamp is where it starts and ends.
	const start = item.start ?? item.timestamp;
	const end = item.end ?? (item.start === null ? item.timestamp : null);
	const { text, description, transcription } = item.texts;
	return {
		id: item.id,
		kind: item.modality,
		index: item.index,
		start,
		end,
		transcript: transcription,
		description,
		// Upstream often repeats the transcript in `text`; only a different text is on-screen text.
		onScreen: text && text !== transcription ? text : null,
		hasMedia: item.urls.original !== null,
		hasPreview: item.urls.preview !== null
	};
}

/** Every item of the asset (the tracks sort them by kind). */
export function timedFeatures(items: ItemsByModality): TimedFeature[] {
	return Object.values(items).flatMap((list) => list.map(timedFeature));
}
