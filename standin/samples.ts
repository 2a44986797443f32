import {
	BIG_GALLERY_SIZE,
	GEN_IMAGE_MAX,
	GEN_IMAGE_PREFIX,
	SAMPLE_ASSET_IDS,
	SAMPLE_LIST
} from './catalog';
import {
	asset,
	embedding,
	feature,
	features,
	fileData,
	imageAsset,
	imageFeatures,
	longText,
	nested,
	taskIdFor
} from './builders';
import { MEDIA } from './media';
import { findCollectionSample } from './samples-collections';
import { TIMELINE_RENDERERS, findGeneratedVideo } from './samples-timeline';
import { vectorHealth, VECTOR_HEALTH_ID } from './samples-vectors';
import { SEARCH_RENDERERS } from './samples-search';
import type { GroupedAsset, RenderContext, Sample } from './types';

export { SAMPLE_ASSET_IDS, SAMPLE_LIST } from './catalog';
export type * from './types';

const IDS = SAMPLE_ASSET_IDS;

const TRANSCRIPT = [
	'Welcome to the stand-in video tour; the clock in the corner counts the seconds.',
	'In the middle segment the colour bars keep moving while the tone continues.',
	'The last segment ends the tour at twelve seconds.'
];

function gallery(ctx: RenderContext): GroupedAsset {
	const id = IDS.imageGallery;
	return {
		asset: asset({
			asset_id: id,
			collection_id: 'col_demo_images',
			status: 'DONE',
			modality: 'image',
			file_data: fileData('pngTestsrc', { file_name: 'gallery-cover.png' }),
			metadata: {
				title: 'Test pattern gallery',
				tags: ['demo', 'patterns', 'png', 'jpeg', 'webp'],
				camera: { make: 'ffmpeg', model: 'lavfi', settings: { iso: 100, exposure: '1/60' } },
				rights: { owner: 'Asset Inspector', license: 'CC0-1.0', region: { country: 'US' } },
				notes: longText(600)
			},
			created_at: '2025-01-20T17:41:03.512000',
			updated_at: '2025-01-20T17:41:09.004000',
			score: 0.87,
			url: ctx.url(id, MEDIA.pngTestsrc.file),
			preview_url: ctx.url(id, MEDIA.pngTestsrc.file)
		}),
		features: features({ image: imageFeatures(ctx, id, 6, 'col_demo_images') })
	};
}

function videoTour(ctx: RenderContext): GroupedAsset {
	const id = IDS.videoTour;
	const collection = 'col_demo_videos';
	const base = { owner: id, collection };
	const segments = [0, 1, 2].map((i) =>
		feature(ctx, {
			...base,
			index: i,
			modality: 'video',
			media: 'video',
			preview: (['videoSeg0', 'videoSeg1', 'videoSeg2'] as const)[i],
			text: TRANSCRIPT[i],
			extra: {
				start_time: i * 4,
				end_time: i * 4 + 4,
				interval_sec: 4,
				description: `Segment ${i + 1} of 3: a moving test pattern with a running clock`,
				transcription: TRANSCRIPT[i],
				json_output: {
					scene: ['intro', 'middle', 'outro'][i],
					objects: [{ label: 'colour bars', confidence: [0.91, 0.84, 0.77][i] }],
					shot: { index: i, cut: i > 0 }
				},
				...(i === 0 ? { embedding: embedding(42, 1024) } : {})
			}
		})
	);
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'video',
			file_data: fileData('video', { duration: 12, fps: 24, codec: 'vp9', audio_codec: 'opus' }),
			metadata: { title: 'Stand-in video tour', source: 'lavfi testsrc2', duration_sec: 12 },
			created_at: '2025-01-20T17:45:10.000000',
			updated_at: '2025-01-20T17:46:31.250000',
			url: ctx.url(id, MEDIA.video.file),
			preview_url: ctx.url(id, MEDIA.videoThumb.file)
		}),
		features: features({
			video: segments,
			image: [
				feature(ctx, {
					...base,
					index: 3,
					modality: 'image',
					media: 'videoThumb',
					text: 'Thumbnail taken at 0.5 s'
				})
			],
			text: [
				feature(ctx, {
					...base,
					index: 4,
					modality: 'text',
					media: null,
					preview: null,
					text: TRANSCRIPT.join(' '),
					extra: { metadata: { extractor: 'transcript_v1', language: 'en' } }
				})
			]
		})
	};
}

function textNotes(ctx: RenderContext): GroupedAsset {
	const id = IDS.textNotes;
	const collection = 'col_demo_docs';
	const chunks = [
		'Short note: the stand-in serves real objects behind presigned URLs.',
		longText(3000),
		'Second short note with unicode: café, naïve, 東京, emoji 🎞️, and RTL שלום.',
		'Final note.\nIt has\nline breaks\n\tand a tab.'
	];
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'text',
			file_data: fileData('notes', { encoding: 'utf-8' }),
			metadata: { title: 'Stand-in notes', language: 'en', chunking: { size: 3000, overlap: 0 } },
			created_at: '2025-01-20T18:02:44.731000',
			updated_at: '2025-01-20T18:02:45.000000',
			url: ctx.url(id, MEDIA.notes.file)
		}),
		features: features({
			text: chunks.map((text, index) =>
				feature(ctx, {
					owner: id,
					collection,
					index,
					modality: 'text',
					media: 'notes',
					preview: null,
					text,
					extra: { char_count: text.length }
				})
			)
		})
	};
}

function audioClip(ctx: RenderContext): GroupedAsset {
	const id = IDS.audioClip;
	const collection = 'col_demo_audio';
	const lines = ['A rising tone begins low.', 'The tone rises to two kilohertz and stops.'];
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'audio',
			file_data: fileData('audio', { duration: 6, codec: 'opus', sample_rate: 48000 }),
			metadata: { title: 'Sine sweep', range_hz: [200, 2000] },
			created_at: '2025-01-20T18:10:00.000000',
			updated_at: '2025-01-20T18:10:07.125000',
			url: ctx.url(id, MEDIA.audio.file),
			preview_url: ctx.url(id, MEDIA.audioCover.file)
		}),
		features: features({
			audio: lines.map((text, i) =>
				feature(ctx, {
					owner: id,
					collection,
					index: i,
					modality: 'audio',
					media: 'audio',
					preview: 'audioCover',
					text,
					extra: { start_time: i * 3, end_time: i * 3 + 3, transcription: text }
				})
			)
		})
	};
}

function processing(ctx: RenderContext): GroupedAsset {
	const id = IDS.processing;
	const phase = ctx.processingPhase(id);
	const done = phase === 'DONE';
	const clock = ctx.processingClock(id);
	const at = (ms: number) => new Date(ms).toISOString().replace(/Z$/, '');
	return {
		asset: asset({
			asset_id: id,
			collection_id: 'col_demo_images',
			status: phase,
			modality: 'image',
			file_data: done ? fileData('jpegMandelbrot') : { file_type: 'image/jpeg' },
			metadata: { title: 'Still being processed' },
			// A live clock: the asset was created when it was first asked for.
			created_at: at(clock.startedAt),
			updated_at: at(clock.startedAt + Math.min(1, clock.fraction) * clock.spanMs),
			url: ctx.url(id, MEDIA.jpegMandelbrot.file),
			preview_url: done ? ctx.url(id, MEDIA.jpegMandelbrot.file) : null
		}),
		features: done
			? features({ image: imageFeatures(ctx, id, 2, 'col_demo_images') })
			: features(phase === 'PROCESSING' ? { image: [] } : {})
	};
}

function failed(ctx: RenderContext): GroupedAsset {
	const id = IDS.failed;
	return {
		asset: asset({
			asset_id: id,
			collection_id: 'col_demo_videos',
			status: 'FAILED',
			modality: 'video',
			file_data: { file_size_bytes: 1048576, file_type: 'video/mp4' },
			metadata: { title: 'Corrupt upload' },
			error: {
				code: 'DECODE_ERROR',
				message: 'ffprobe could not read the stream',
				stage: 'download'
			},
			created_at: '2025-01-20T18:30:00.000000',
			updated_at: '2025-01-20T18:30:02.400000',
			url: ctx.url(id, 'corrupt.mp4')
		}),
		features: features()
	};
}

function duplicate(ctx: RenderContext): GroupedAsset {
	const id = IDS.duplicate;
	const original = gallery(ctx);
	const copied = original.features.image!.map((f) => ({ ...f, duplicate_of: IDS.imageGallery }));
	return {
		asset: asset({
			...original.asset,
			asset_id: id,
			task_id: taskIdFor(id),
			status: 'SKIPPED',
			score: null,
			metadata: { title: 'Re-upload of the gallery' },
			created_at: '2025-01-21T09:00:00.000000',
			updated_at: '2025-01-21T09:00:00.800000',
			duplicate_of: IDS.imageGallery
		}),
		features: features({ image: copied })
	};
}

function empty(ctx: RenderContext): GroupedAsset {
	const id = IDS.empty;
	return {
		asset: asset({
			asset_id: id,
			collection_id: 'col_demo_images',
			status: 'DONE',
			modality: 'image',
			file_data: fileData('jpegGradient'),
			metadata: {},
			created_at: '2025-01-20T18:40:00.000000',
			updated_at: '2025-01-20T18:40:03.000000',
			url: ctx.url(id, MEDIA.jpegGradient.file)
		}),
		features: features()
	};
}

function sharedProd(ctx: RenderContext): GroupedAsset {
	return imageAsset(ctx, IDS.sharedId, 2, {
		metadata: { title: 'Shared id, production copy', environment: 'production' }
	});
}

function sharedStaging(ctx: RenderContext): GroupedAsset {
	const id = IDS.sharedId;
	return {
		asset: asset({
			asset_id: id,
			collection_id: 'col_staging_docs',
			status: 'DONE',
			modality: 'text',
			file_data: fileData('notes'),
			metadata: { title: 'Shared id, staging copy', environment: 'staging' },
			created_at: '2025-01-22T08:00:00.000000',
			updated_at: '2025-01-22T08:00:01.000000',
			url: ctx.url(id, MEDIA.notes.file)
		}),
		features: features({
			text: [
				feature(ctx, {
					owner: id,
					collection: 'col_staging_docs',
					index: 0,
					modality: 'text',
					media: 'notes',
					preview: null,
					text: 'This copy lives in demo_staging.'
				})
			]
		})
	};
}

function missingObject(ctx: RenderContext): GroupedAsset {
	const id = IDS.missingObject;
	const result = imageAsset(ctx, id, 3, { metadata: { title: 'One object was deleted' } });
	const gone = result.features.image![1];
	gone.url = ctx.url(id, 'image-deleted.png');
	gone.preview_url = ctx.url(id, 'image-deleted.png');
	gone.text = 'This object was deleted from the bucket';
	return result;
}

function hostile(ctx: RenderContext): GroupedAsset {
	const id = IDS.hostile;
	const collection = 'col_<b>hostile</b>';
	const base = { owner: id, collection, modality: 'image' };
	const xss = feature(ctx, {
		...base,
		index: 0,
		media: 'pngTestsrc',
		text: '<img src=x onerror=alert(1)>'
	});
	const dataPreview = feature(ctx, {
		...base,
		index: 1,
		media: 'jpegGradient',
		text: '<script>alert(1)</script>'
	});
	if (ctx.returnUrl) {
		xss.url = 'javascript:alert(1)';
		dataPreview.preview_url = 'data:text/html,<script>alert(document.domain)</script>';
	}
	const metadata: Record<string, unknown> = {
		title: '<img src=x onerror=alert(1)>',
		description: '<script>alert(1)</script>',
		link: 'javascript:alert(1)',
		huge_number: 1e308,
		negative_zero: -0,
		unbroken: 'x'.repeat(2000),
		rtl_override: 'file\u202egnp.exe',
		deep: nested(100)
	};
	// An own "__proto__" key, as JSON.parse creates one: renderers must not merge it into prototypes.
	Object.defineProperty(metadata, '__proto__', {
		value: { polluted: true },
		enumerable: true,
		writable: true,
		configurable: true
	});
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'image',
			file_data: fileData('pngTestsrc', { file_name: '"><svg onload=alert(1)>.png' }),
			metadata,
			created_at: '2025-01-20T19:00:00.000000',
			updated_at: '2025-01-20T19:00:00.000000',
			url: ctx.url(id, MEDIA.pngTestsrc.file)
		}),
		features: features({
			image: [xss, dataPreview],
			hologram: [
				{
					feature_id: 'ftr_hostile_holo',
					asset_id: id,
					modality: 'hologram',
					url: ctx.url(id, MEDIA.webpHue.file),
					preview_url: null,
					text: 'A modality this client has never heard of',
					voxels: [[1, 2, 3]]
				}
			]
		})
	};
}

const RENDERERS: Record<string, Sample['render']> = {
	[`demo_prod/${IDS.imageGallery}`]: gallery,
	[`demo_prod/${IDS.videoTour}`]: videoTour,
	[`demo_prod/${IDS.textNotes}`]: textNotes,
	[`demo_prod/${IDS.audioClip}`]: audioClip,
	[`demo_prod/${IDS.processing}`]: processing,
	[`demo_prod/${IDS.failed}`]: failed,
	[`demo_prod/${IDS.duplicate}`]: duplicate,
	[`demo_prod/${IDS.empty}`]: empty,
	[`demo_prod/${IDS.bigGallery}`]: (ctx) =>
		imageAsset(ctx, IDS.bigGallery, BIG_GALLERY_SIZE, {
			metadata: { title: 'A very large gallery' }
		}),
	[`demo_prod/${IDS.sharedId}`]: sharedProd,
	[`demo_staging/${IDS.sharedId}`]: sharedStaging,
	[`demo_prod/${IDS.missingObject}`]: missingObject,
	[`demo_prod/${IDS.hostile}`]: hostile,
	[`demo_prod/${VECTOR_HEALTH_ID}`]: vectorHealth,
	...TIMELINE_RENDERERS,
	...SEARCH_RENDERERS
};

export const SAMPLES: readonly Sample[] = SAMPLE_LIST.filter((s) => s.kind === 'sample').map(
	(listing) => {
		const render = RENDERERS[`${listing.namespace}/${listing.id}`];
		if (!render) throw new Error(`No renderer for ${listing.namespace}/${listing.id}`);
		return { ...listing, render };
	}
);

const byKey = new Map(SAMPLES.map((s) => [`${s.namespace}/${s.id}`, s]));

/** What a fault asset looks like when its fault lets a body through (slow, huge). */
export function faultPlaceholder(assetId: string, namespace: string): Sample {
	return {
		id: assetId,
		namespace,
		description: 'Fault sample',
		render: (ctx) => imageAsset(ctx, assetId, 2, { metadata: { title: `Fault sample ${assetId}` } })
	};
}

export function findSample(namespace: string, assetId: string): Sample | null {
	const sample = byKey.get(`${namespace}/${assetId}`) ?? findCollectionSample(namespace, assetId);
	if (sample) return sample;
	const video = findGeneratedVideo(namespace, assetId);
	if (video) return video;
	if (namespace !== 'demo_prod' || !assetId.startsWith(GEN_IMAGE_PREFIX)) return null;
	const count = assetId.slice(GEN_IMAGE_PREFIX.length);
	if (!/^[1-9]\d{0,4}$/.test(count) || Number(count) > GEN_IMAGE_MAX) return null;
	return {
		id: assetId,
		namespace,
		description: `Generated image asset with ${count} features`,
		render: (ctx) => imageAsset(ctx, assetId, Number(count))
	};
}

export function findSampleByTask(namespace: string, taskId: string): Sample | null {
	return taskId.startsWith('tsk_') ? findSample(namespace, `ast_${taskId.slice(4)}`) : null;
}
