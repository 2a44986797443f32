import { embedding, longText, nested } from '../builders';
import { MEDIA, type MediaName } from '../media';
import { docBlob, document, documentId, fileBlob, object, valueBlob } from './builders';
import {
	CURRENT_BIG_GALLERY_SIZE,
	CURRENT_BUCKETS,
	CURRENT_COLLECTIONS,
	CURRENT_OBJECT_IDS,
	CURRENT_SAMPLE_LIST
} from './catalog';
import type { CurrentContext, CurrentSample, DocumentResponse } from './types';

const O = CURRENT_OBJECT_IDS;
const C = CURRENT_COLLECTIONS;
const MEDIA_BUCKET = CURRENT_BUCKETS.media;

const GALLERY: MediaName[] = [
	'pngTestsrc',
	'jpegMandelbrot',
	'webpRadial',
	'pngSmpte',
	'jpegGradient',
	'webpHue'
];
const CAPTIONS = [
	'A broadcast test pattern with a moving colour bar',
	'A Mandelbrot set rendered in deep blues',
	'A radial gradient from green to yellow',
	'SMPTE colour bars as used for calibration',
	'A linear gradient from navy to orange',
	'A hue-shifted test pattern'
];
const TRANSCRIPT = [
	'Welcome to the stand-in video tour; the clock in the corner counts the seconds.',
	'In the middle segment the colour bars keep moving while the tone continues.',
	'The last segment ends the tour at twelve seconds.'
];

function imageDocs(
	ctx: CurrentContext,
	objectId: string,
	count: number,
	bucketId = MEDIA_BUCKET
): DocumentResponse[] {
	const docs: DocumentResponse[] = new Array(count);
	for (let i = 0; i < count; i++) {
		const media = GALLERY[i % GALLERY.length];
		const caption = CAPTIONS[i % CAPTIONS.length];
		docs[i] = document(ctx, {
			objectId,
			bucketId,
			collectionId: C.images,
			index: i,
			modality: 'image',
			extractor: 'image_extractor_v1',
			blobs: [
				docBlob(ctx, objectId, 'source_image', 'source', media),
				docBlob(ctx, objectId, 'thumbnail', 'thumbnail', media)
			],
			fields: {
				description: count > CAPTIONS.length ? `${caption} (#${i + 1})` : caption,
				thumbnail_url: `s3://mixpeek-standin/${ctx.namespace.namespace_id}/${objectId}/${MEDIA[media].file}`,
				processing_time_ms: 120 + (i % 7) * 13,
				image_index: i
			}
		});
	}
	return docs;
}

function galleryObject(
	ctx: CurrentContext,
	id: string,
	title: string,
	status = 'COMPLETED' as const
) {
	return object(
		{
			object_id: id,
			bucket_id: MEDIA_BUCKET,
			key_prefix: `/gallery/${id}`,
			blobs: [
				fileBlob(ctx, id, 'hero_image', 'pngTestsrc'),
				...GALLERY.slice(1).map((m, i) => fileBlob(ctx, id, `gallery_${i + 1}`, m)),
				valueBlob(id, 'caption', title)
			],
			created_at: '2026-01-12T09:00:00.512000',
			updated_at: '2026-01-12T09:02:10.004000',
			metadata: {
				title,
				tags: ['demo', 'patterns', 'png', 'jpeg', 'webp'],
				rights: { owner: 'Asset Inspector', license: 'CC0-1.0' }
			},
			content_hash: 'e3b0c44298fc1c149afbf4c8996fb924',
			skip_duplicates: false
		},
		status
	);
}

const gallery: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) => galleryObject(ctx, O.imageGallery, 'Test pattern gallery'),
	documents: (ctx) => [
		...imageDocs(ctx, O.imageGallery, 6),
		document(ctx, {
			objectId: O.imageGallery,
			bucketId: MEDIA_BUCKET,
			collectionId: C.captions,
			index: 0,
			modality: 'text',
			extractor: 'text_extractor_v1',
			blobs: [],
			fields: {
				text: 'Test pattern gallery: six calibration images in three formats.',
				metadata: { chunk_index: 0, total_chunks: 1 }
			}
		})
	]
};

function videoSegments(ctx: CurrentContext): DocumentResponse[] {
	const id = O.videoTour;
	const thumbs: MediaName[] = ['videoSeg0', 'videoSeg1', 'videoSeg2'];
	return [0, 1, 2].map((i) =>
		document(ctx, {
			objectId: id,
			bucketId: MEDIA_BUCKET,
			collectionId: C.segments,
			index: i,
			modality: 'video',
			extractor: 'multimodal_extractor_v1',
			blobs: [
				docBlob(ctx, id, 'video_segment', 'processed', 'video'),
				docBlob(ctx, id, 'thumbnail', 'thumbnail', thumbs[i])
			],
			fields: {
				start_time: i * 4,
				end_time: i * 4 + 4,
				description: `Segment ${i + 1} of 3: a moving test pattern with a running clock`,
				transcription: TRANSCRIPT[i],
				ocr_text: `00:0${i * 4}`,
				thumbnail_url: `s3://mixpeek-standin/${ctx.namespace.namespace_id}/${id}/${MEDIA[thumbs[i]].file}`,
				source_video_url: `s3://mixpeek-standin/${ctx.namespace.namespace_id}/${id}/${MEDIA.video.file}`,
				...(i === 0 ? { multimodal_extractor_v1_multimodal_embedding: embedding(42, 1408) } : {})
			}
		})
	);
}

const videoTour: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) =>
		object(
			{
				object_id: O.videoTour,
				bucket_id: MEDIA_BUCKET,
				key_prefix: '/videos/tour',
				blobs: [
					fileBlob(ctx, O.videoTour, 'video', 'video', { duration: 12, fps: 24 }),
					fileBlob(ctx, O.videoTour, 'thumbnail', 'videoThumb'),
					valueBlob(O.videoTour, 'title', 'Stand-in video tour')
				],
				created_at: '2026-01-12T09:10:00.000000',
				updated_at: '2026-01-12T09:11:31.250000',
				metadata: { title: 'Stand-in video tour', source: 'lavfi testsrc2', duration_sec: 12 }
			},
			'COMPLETED'
		),
	documents: (ctx) => {
		const segments = videoSegments(ctx);
		const transcripts = segments.map((segment, i) =>
			document(ctx, {
				objectId: O.videoTour,
				bucketId: MEDIA_BUCKET,
				collectionId: C.transcripts,
				index: i,
				modality: 'text',
				extractor: 'text_extractor_v1',
				blobs: [],
				parent: { documentId: segment.document_id, collectionId: C.segments },
				fields: { text: TRANSCRIPT[i], start_time: i * 4, end_time: i * 4 + 4 }
			})
		);
		return [...segments, ...transcripts];
	}
};

const processing: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) => {
		const phase = ctx.processingPhase(O.processing);
		const done = phase === 'DONE';
		return object(
			{
				object_id: O.processing,
				bucket_id: MEDIA_BUCKET,
				key_prefix: '/gallery/processing',
				blobs: [fileBlob(ctx, O.processing, 'hero_image', 'jpegMandelbrot')],
				created_at: '2026-01-12T09:20:00.000000',
				updated_at: done ? '2026-01-12T09:20:20.000000' : '2026-01-12T09:20:00.000000',
				metadata: { title: 'Still being processed' }
			},
			done ? 'COMPLETED' : phase
		);
	},
	documents: (ctx) =>
		ctx.processingPhase(O.processing) === 'DONE' ? imageDocs(ctx, O.processing, 2) : []
};

const failed: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) =>
		object(
			{
				object_id: O.failed,
				bucket_id: MEDIA_BUCKET,
				key_prefix: '/videos/corrupt',
				blobs: [fileBlob(ctx, O.failed, 'video', 'video')],
				error: 'DECODE_ERROR: ffprobe could not read the stream',
				created_at: '2026-01-12T09:30:00.000000',
				updated_at: '2026-01-12T09:30:02.400000',
				metadata: { title: 'Corrupt upload' }
			},
			'FAILED'
		),
	documents: () => []
};

const draft: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) =>
		object(
			{
				object_id: O.draft,
				bucket_id: MEDIA_BUCKET,
				key_prefix: '/gallery/draft',
				blobs: [fileBlob(ctx, O.draft, 'hero_image', 'jpegGradient')],
				created_at: '2026-01-12T09:40:00.000000',
				updated_at: '2026-01-12T09:40:00.000000',
				metadata: { title: 'Registered, never submitted' }
			},
			'DRAFT'
		),
	documents: () => []
};

const partial: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) => ({
		...galleryObject(ctx, O.partial, 'Half processed', 'COMPLETED' as const),
		status: 'COMPLETED_WITH_ERRORS',
		error: 'Collection col_demo_captions: text extractor timed out'
	}),
	documents: (ctx) => imageDocs(ctx, O.partial, 2)
};

const bigGallery: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) => galleryObject(ctx, O.bigGallery, 'A very large gallery'),
	documents: (ctx) => imageDocs(ctx, O.bigGallery, CURRENT_BIG_GALLERY_SIZE)
};

const hostile: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) => {
		const base = galleryObject(ctx, O.hostile, '<img src=x onerror=alert(1)>');
		if (ctx.presign) {
			const props = base.blobs![0].properties as Record<string, unknown>;
			props.presigned_url = 'javascript:alert(1)';
		}
		return {
			...base,
			key_prefix: '"><svg onload=alert(1)>',
			metadata: {
				title: '<img src=x onerror=alert(1)>',
				description: '<script>alert(1)</script>',
				link: 'javascript:alert(1)',
				huge_number: 1e308,
				deep: nested(60)
			}
		};
	},
	documents: (ctx) => {
		const docs = imageDocs(ctx, O.hostile, 2);
		docs[0].description = '<img src=x onerror=alert(1)>';
		docs[1].text = '<script>alert(1)</script>';
		if (ctx.presign) {
			docs[0].document_blobs![0].presigned_url = 'javascript:alert(1)';
			// Still a `format: uri` string, as the spec demands: hostile, not malformed.
			docs[1].document_blobs![1].presigned_url =
				'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';
		}
		return docs;
	}
};

const stagingText: Pick<CurrentSample, 'object' | 'documents'> = {
	object: (ctx) =>
		object(
			{
				object_id: O.imageGallery,
				bucket_id: CURRENT_BUCKETS.staging,
				key_prefix: '/notes',
				blobs: [fileBlob(ctx, O.imageGallery, 'content', 'notes')],
				created_at: '2026-01-13T08:00:00.000000',
				updated_at: '2026-01-13T08:00:01.000000',
				metadata: { title: 'Same id, staging copy', environment: 'staging' }
			},
			'COMPLETED'
		),
	documents: (ctx) =>
		[longText(400), 'This copy lives in demo_staging.'].map((text, i) =>
			document(ctx, {
				objectId: O.imageGallery,
				bucketId: CURRENT_BUCKETS.staging,
				collectionId: C.captions,
				index: i,
				modality: 'text',
				extractor: 'text_extractor_v1',
				blobs: [],
				fields: { text, metadata: { chunk_index: i, total_chunks: 2, chunk_text: text } }
			})
		)
};

const RENDERERS: Record<string, Pick<CurrentSample, 'object' | 'documents'>> = {
	[`demo_prod/${MEDIA_BUCKET}/${O.imageGallery}`]: gallery,
	[`demo_prod/${MEDIA_BUCKET}/${O.videoTour}`]: videoTour,
	[`demo_prod/${MEDIA_BUCKET}/${O.processing}`]: processing,
	[`demo_prod/${MEDIA_BUCKET}/${O.failed}`]: failed,
	[`demo_prod/${MEDIA_BUCKET}/${O.draft}`]: draft,
	[`demo_prod/${MEDIA_BUCKET}/${O.partial}`]: partial,
	[`demo_prod/${MEDIA_BUCKET}/${O.bigGallery}`]: bigGallery,
	[`demo_prod/${MEDIA_BUCKET}/${O.hostile}`]: hostile,
	[`demo_staging/${CURRENT_BUCKETS.staging}/${O.imageGallery}`]: stagingText
};

export const CURRENT_SAMPLES: readonly CurrentSample[] = CURRENT_SAMPLE_LIST.filter(
	(s) => s.kind === 'sample'
).map((listing) => {
	const key = `${listing.namespace}/${listing.bucketId}/${listing.objectId}`;
	const render = RENDERERS[key];
	if (!render) throw new Error(`No renderer for ${key}`);
	return {
		bucketId: listing.bucketId,
		objectId: listing.objectId,
		namespace: listing.namespace,
		...render
	};
});

const byKey = new Map(
	CURRENT_SAMPLES.map((s) => [`${s.namespace}/${s.bucketId}/${s.objectId}`, s])
);
const byObject = new Map(CURRENT_SAMPLES.map((s) => [`${s.namespace}/${s.objectId}`, s]));

/** Fault objects answer (when their fault lets a body through) as a small gallery. */
export function currentFaultPlaceholder(objectId: string, namespace: string): CurrentSample {
	return {
		bucketId: MEDIA_BUCKET,
		objectId,
		namespace,
		object: (ctx) => galleryObject(ctx, objectId, `Fault sample ${objectId}`),
		documents: (ctx) => imageDocs(ctx, objectId, 2)
	};
}

export function findObject(namespace: string, bucket: string, objectId: string) {
	return byKey.get(`${namespace}/${bucket}/${objectId}`) ?? null;
}

/** `/v1/objects/{id}/documents` needs no bucket: object ids are unique per namespace. */
export function findObjectAnyBucket(namespace: string, objectId: string) {
	return byObject.get(`${namespace}/${objectId}`) ?? null;
}

/** Every document of a namespace in one collection, across objects (what a list call scans). */
export function collectionDocuments(ctx: CurrentContext, collectionId: string): DocumentResponse[] {
	return CURRENT_SAMPLES.filter((s) => s.namespace === ctx.namespace.namespace_name).flatMap((s) =>
		s.documents(ctx).filter((d) => d.collection_id === collectionId)
	);
}

export { documentId };
