/**
 * Samples for time-based inspection: a long video whose segments have the faults a coverage
 * check must find, a transcribed audio asset with none, and generated assets with up to an
 * hour of one-second segments for the timeline's scale.
 */
import { asset, feature, features, fileData } from './builders';
import { GEN_VIDEO_MAX, GEN_VIDEO_PREFIX, TIMELINE_ASSET_IDS } from './catalog-timeline';
import { MEDIA } from './media';
import { LONG_VIDEO_SECONDS, TONES_SECONDS, longVideoFrame } from './media-timeline';
import type { FeatureResponse, GroupedAsset, RenderContext, Sample } from './types';

const IDS = TIMELINE_ASSET_IDS;
const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** 0:20–0:30 is left uncovered, 0:35–0:50 re-cuts over 0:30–0:40, 1:00–1:10 has no transcript. */
export const LONG_VIDEO_SEGMENTS: [number, number][] = [
	[0, 10],
	[10, 20],
	[30, 40],
	[35, 50],
	...Array.from({ length: 10 }, (_, i): [number, number] => [50 + i * 10, 60 + i * 10])
];
export const UNTRANSCRIBED_SEGMENT = 5;

function videoLong(ctx: RenderContext): GroupedAsset {
	const id = IDS.videoLong;
	const collection = 'col_demo_videos';
	const base = { owner: id, collection };
	const segments = LONG_VIDEO_SEGMENTS.map(([start, end], i) => {
		const transcription =
			i === UNTRANSCRIBED_SEGMENT
				? undefined
				: `Narrator, ${clock(start)} to ${clock(end)}: the colour bars hold while the clock runs.`;
		return feature(ctx, {
			...base,
			index: i,
			modality: 'video',
			media: 'videoLong',
			preview: longVideoFrame(start + 5),
			text: `Long video · block ${Math.floor(start / 10) + 1}`,
			extra: {
				start_time: start,
				end_time: end,
				interval_sec: end - start,
				description: `Segment ${i + 1}: SMPTE bars, clock from ${clock(start)} to ${clock(end)}`,
				...(transcription ? { transcription } : {})
			}
		});
	});
	const keyframes = [5, 45, 95, 125].map((t, i) =>
		feature(ctx, {
			...base,
			index: 100 + i,
			modality: 'image',
			media: longVideoFrame(t),
			text: `Keyframe at ${clock(t)}`,
			extra: { timestamp: t, frame_number: t * 5 }
		})
	);
	const timedText = [0, 30, 60, 90, 120].map((t, i) =>
		feature(ctx, {
			...base,
			index: 200 + i,
			modality: 'text',
			media: null,
			preview: null,
			text: `Transcript ${clock(t)}–${clock(t + 30)}: the narrator describes blocks ${t / 10 + 1} to ${t / 10 + 3}.`,
			extra: { start_time: t, end_time: t + 30, metadata: { extractor: 'transcript_v1' } }
		})
	);
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'video',
			file_data: fileData('videoLong', {
				duration: LONG_VIDEO_SECONDS,
				fps: 5,
				codec: 'vp9',
				audio_codec: 'opus'
			}),
			metadata: { title: 'Long test pattern', source: 'lavfi smptehdbars', segments: 'flawed' },
			created_at: '2025-01-23T10:00:00.000000',
			updated_at: '2025-01-23T10:04:12.000000',
			url: ctx.url(id, MEDIA.videoLong.file),
			preview_url: ctx.url(id, MEDIA.videoLong0.file)
		}),
		features: features({ video: segments, image: keyframes, text: timedText })
	};
}

const TONE_LINES = [
	'Middle C, held for four and a half seconds.',
	'A step up: the second tone of the scale.',
	'The third tone, a little brighter.',
	'Halfway up the octave.',
	'The fifth tone; one more to come.',
	'The last and highest tone, then silence.'
];

function audioTranscript(ctx: RenderContext): GroupedAsset {
	const id = IDS.audioTranscript;
	const collection = 'col_demo_audio';
	const step = TONES_SECONDS / TONE_LINES.length;
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'audio',
			file_data: fileData('audioTones', { duration: TONES_SECONDS, codec: 'opus' }),
			metadata: { title: 'Tone sequence', language: 'en' },
			created_at: '2025-01-23T11:00:00.000000',
			updated_at: '2025-01-23T11:00:06.000000',
			url: ctx.url(id, MEDIA.audioTones.file),
			preview_url: null
		}),
		features: features({
			audio: TONE_LINES.map((text, i) =>
				feature(ctx, {
					owner: id,
					collection,
					index: i,
					modality: 'audio',
					media: 'audioTones',
					preview: null,
					text,
					extra: { start_time: i * step, end_time: (i + 1) * step, transcription: text }
				})
			)
		})
	};
}

/** n one-second segments; the media is the 2:30 video, as an asset's presigned clip may be. */
function generatedVideo(ctx: RenderContext, id: string, count: number): GroupedAsset {
	const collection = 'col_demo_videos';
	const url = ctx.url(id, MEDIA.videoLong.file);
	const segments: FeatureResponse[] = new Array(count);
	for (let i = 0; i < count; i++) {
		segments[i] = {
			feature_id: `ftr_${id.slice(4)}_${String(i + 1).padStart(5, '0')}`,
			asset_id: id,
			collection_id: collection,
			modality: 'video',
			url,
			preview_url: null,
			start_time: i,
			end_time: i + 1,
			description: `Second ${i + 1} of ${count}`,
			transcription: `Line ${i + 1}`,
			created_at: '2025-01-23T12:00:00.000Z'
		};
	}
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'video',
			file_data: fileData('videoLong', { duration: count }),
			metadata: { title: `Generated video of ${count} segments`, generated: true },
			created_at: '2025-01-23T12:00:00.000000',
			updated_at: '2025-01-23T12:00:30.000000',
			url,
			preview_url: null
		}),
		features: features({ video: segments })
	};
}

export const TIMELINE_RENDERERS: Record<string, Sample['render']> = {
	[`demo_prod/${IDS.videoLong}`]: videoLong,
	[`demo_prod/${IDS.audioTranscript}`]: audioTranscript
};

/** `ast_gen_video_<n>` in demo_prod, else null. */
export function findGeneratedVideo(namespace: string, assetId: string): Sample | null {
	if (namespace !== 'demo_prod' || !assetId.startsWith(GEN_VIDEO_PREFIX)) return null;
	const count = assetId.slice(GEN_VIDEO_PREFIX.length);
	if (!/^[1-9]\d{0,4}$/.test(count) || Number(count) > GEN_VIDEO_MAX) return null;
	return {
		id: assetId,
		namespace,
		description: `Generated video asset with ${count} segments`,
		render: (ctx) => generatedVideo(ctx, assetId, Number(count))
	};
}
