import { describe, expect, it } from 'vitest';
import { fromObjects2026 } from '$lib/asset/view-model/from-objects-2026';
import type { ObjectPayload } from '$lib/mixpeek/current-types';

const SIGNED =
	'https://s3.example.com/ns/obj/video.mp4?X-Amz-Date=20260112T090000Z&X-Amz-Expires=3600&X-Amz-Signature=abc';
const THUMB =
	'https://s3.example.com/ns/obj/seg0.jpg?X-Amz-Date=20260112T090000Z&X-Amz-Expires=3600&X-Amz-Signature=def';

const meta = { status: 200, latencyMs: 5, requestId: 'r', fetchedAt: 0, namespace: 'demo_prod' };

function payload(overrides: Partial<ObjectPayload> = {}): ObjectPayload {
	return {
		api: 'objects-2026',
		bucketId: 'bkt_param',
		objectId: 'obj_param',
		bucketName: 'demo-media',
		object: {
			object_id: 'obj_video',
			bucket_id: 'bkt_media',
			key_prefix: '/videos/tour',
			status: 'COMPLETED',
			error: null,
			created_at: '2026-01-12T09:10:00.000000',
			updated_at: '2026-01-12T09:11:31.250000',
			metadata: { title: 'Tour', nested: { a: 1 } },
			source_details: [{ type: 'bucket', source_id: 'bkt_media' }],
			blobs: [
				{
					blob_id: 'blob_1',
					property: 'video',
					type: 'video',
					properties: { url: 's3://store/ns/obj/video.mp4', presigned_url: SIGNED, duration: 12 },
					details: {
						filename: 'video.mp4',
						size_bytes: 1048576,
						mime_type: 'video/mp4',
						hash: 'h1'
					}
				},
				{
					blob_id: 'blob_2',
					property: 'title',
					type: 'string',
					properties: { value: 'Stand-in tour' },
					details: {}
				}
			]
		},
		documents: [
			{
				document_id: 'doc_seg0',
				collection_id: 'col_segments',
				start_time: 0,
				end_time: 4,
				description: 'Segment one',
				transcription: 'Hello',
				ocr_text: '00:00',
				thumbnail_url: 's3://store/ns/obj/seg0.jpg',
				scene: 'intro',
				document_blobs: [
					{
						field: 'thumbnail',
						role: 'thumbnail',
						type: 'image',
						url: 's3://store/ns/obj/seg0.jpg',
						presigned_url: THUMB,
						content_type: 'image/jpeg',
						size_bytes: 10,
						checksum: 'sha256:x',
						filename: 'seg0.jpg'
					}
				],
				_internal: {
					modality: 'video',
					created_at: '2026-01-12T09:01:00Z',
					lineage: {
						root_object_id: 'obj_video',
						root_bucket_id: 'bkt_media',
						source_type: 'bucket',
						source_object_id: 'obj_video'
					}
				}
			},
			{
				document_id: 'doc_tx0',
				collection_id: 'col_transcripts',
				text: null,
				metadata: { chunk_text: 'Chunk text', chunk_index: 0 },
				_internal: {
					modality: 'TEXT',
					created_at: '2026-01-12T09:02:00Z',
					lineage: {
						source_type: 'collection',
						source_document_id: 'doc_seg0',
						source_collection_id: 'col_segments'
					}
				}
			},
			{
				document_id: 'doc_face0',
				collection_id: 'col_faces',
				timestamp: 2.5,
				thumbnail_url: 's3://store/ns/obj/face0.jpg',
				_internal: { modality: 'face' }
			},
			{
				document_id: 'doc_img0',
				collection_id: 'col_segments',
				_internal: { modality: 'image' },
				document_blobs: [
					{
						field: 'frame',
						role: 'processed',
						type: 'image',
						url: 's3://x',
						presigned_url: 'javascript:alert(1)'
					}
				]
			}
		],
		collections: [
			{ id: 'col_segments', name: 'video-segments', extractor: 'multimodal_extractor', total: 2 },
			{ id: 'col_transcripts', name: null, extractor: null, total: null }
		],
		unlisted: 0,
		documentsError: null,
		upstream: meta,
		calls: [],
		...overrides
	};
}

describe('2026 object → view model: the object (notes §8.2, asset level)', () => {
	const model = fromObjects2026(payload(), 'obj_param');
	const s = model.summary;

	it('id, container, ref', () => {
		expect(s.id).toBe('obj_video');
		expect(model.object.bucketId).toBe('bkt_media');
		expect(model.object.bucketName).toBe('demo-media');
		expect(s.collectionId).toBeNull();
		expect(fromObjects2026(payload({ object: { bucket_id: 'b' } }), 'obj_param').summary.id).toBe(
			'obj_param'
		);
	});

	it('status (raw and class), error as a string', () => {
		expect(s.status).toBe('COMPLETED');
		expect(s.statusInfo.kind).toBe('done');
		expect(s.error).toBeNull();
		const failed = fromObjects2026(
			payload({ object: { bucket_id: 'b', status: 'FAILED', error: 'DECODE_ERROR: bad' } }),
			'o'
		);
		expect(failed.summary.statusInfo.kind).toBe('failed');
		expect(failed.summary.error).toEqual({
			message: 'DECODE_ERROR: bad',
			raw: 'DECODE_ERROR: bad'
		});
		expect(
			fromObjects2026(payload({ object: { bucket_id: 'b', status: 'CANCELED' } }), 'o').summary
				.statusInfo.kind
		).toBe('failed');
		expect(
			fromObjects2026(payload({ object: { bucket_id: 'b', status: 'IN_PROGRESS' } }), 'o').summary
				.statusInfo.kind
		).toBe('busy');
	});

	it('modality: the first file blob, else the most common document modality', () => {
		expect(s.modality).toBe('video');
		const noFiles = fromObjects2026(payload({ object: { bucket_id: 'b', blobs: [] } }), 'o');
		expect(noFiles.summary.modality).toBe('video');
	});

	it('no task, score or duplicate in this generation', () => {
		expect([s.taskId, s.score, s.duplicateOf]).toEqual([null, null, null]);
	});

	it('files: one per file blob, presigned URL linked, storage URL as text', () => {
		expect(model.object.files).toEqual([
			{
				role: 'original',
				label: 'video',
				type: 'video',
				url: SIGNED,
				unsafeUrl: null,
				storageUrl: 's3://store/ns/obj/video.mp4',
				mime: 'video/mp4',
				filename: 'video.mp4',
				sizeBytes: 1048576,
				hash: 'h1'
			}
		]);
		expect(s.urls.original).toBe(SIGNED);
		expect(s.file).toEqual({ type: 'video/mp4', sizeBytes: 1048576, other: [['duration', 12]] });
		expect(s.fileHash).toBe('h1');
	});

	it('reads the older blob form {data, metadata} too', () => {
		const old = fromObjects2026(
			payload({
				object: {
					bucket_id: 'b',
					blobs: [
						{
							property: 'content',
							type: 'PDF',
							data: { url: 's3://a.pdf', presigned_url: 'https://a/a.pdf' },
							metadata: { author: 'J' }
						}
					]
				}
			}),
			'o'
		);
		expect(old.object.files[0]).toMatchObject({
			url: 'https://a/a.pdf',
			storageUrl: 's3://a.pdf',
			type: 'PDF'
		});
	});

	it('dates as sent (zoneless kept for the formatter to read as UTC)', () => {
		expect(s.createdAt).toBe('2026-01-12T09:10:00.000000');
		expect(s.updatedAt).toBe('2026-01-12T09:11:31.250000');
	});

	it('metadata: the object metadata, key_prefix, and the non-file blobs', () => {
		expect(s.metadata).toEqual([
			['title', 'Tour'],
			['nested', { a: 1 }],
			['key_prefix', '/videos/tour'],
			['blobs.title', 'Stand-in tour']
		]);
		expect(model.object.keyPrefix).toBe('/videos/tour');
	});

	it('lineage from source_details', () => {
		expect(model.object.lineage).toEqual([{ kind: 'bucket', id: 'bkt_media' }]);
	});

	it('tabs: documents grouped by modality (case-insensitive), the rest counted', () => {
		expect(model.counts).toEqual({ video: 1, image: 1, text: 1, audio: 0 });
		expect(model.unknownGroups).toEqual([{ key: 'face', count: 1 }]);
		expect(model.object.collections.video).toEqual([
			{ id: 'col_segments', name: 'video-segments', extractor: 'multimodal_extractor', count: 1 }
		]);
		expect(model.object.collections.text).toEqual([
			{ id: 'col_transcripts', name: null, extractor: null, count: 1 }
		]);
	});

	it('raw is every upstream body', () => {
		expect(model.raw).toMatchObject({
			object: { object_id: 'obj_video' },
			documents: { length: 4 }
		});
	});
});

describe('2026 document → view model item (notes §8.2, item level)', () => {
	const model = fromObjects2026(payload(), 'obj_param');
	const [segment] = model.items.video;
	const [transcript] = model.items.text;
	const [frame] = model.items.image;

	it('id, modality, collection, created', () => {
		expect(segment.id).toBe('doc_seg0');
		expect(segment.featureId).toBe('doc_seg0');
		expect(segment.modality).toBe('video');
		expect(segment.collectionId).toBe('col_segments');
		expect(segment.createdAt).toBe('2026-01-12T09:01:00Z');
		expect([segment.index, segment.position]).toEqual([0, 1]);
	});

	it('parent for tier-2 documents only', () => {
		expect(segment.parentId).toBeNull();
		expect(transcript.parentId).toBe('doc_seg0');
	});

	it('time range; text, ocr, description, transcription', () => {
		expect([segment.start, segment.end]).toEqual([0, 4]);
		expect(segment.texts).toEqual({
			text: null,
			description: 'Segment one',
			transcription: 'Hello'
		});
		expect(segment.ocr).toBe('00:00');
		expect(transcript.texts.text).toBe('Chunk text');
	});

	it('preview from the thumbnail blob; playable falls back to the object file', () => {
		expect(segment.urls).toEqual({ original: SIGNED, preview: THUMB, unsafe: [] });
		expect(segment.blobs[0]).toMatchObject({
			role: 'thumbnail',
			label: 'thumbnail',
			url: THUMB,
			mime: 'image/jpeg',
			hash: 'sha256:x',
			storageUrl: 's3://store/ns/obj/seg0.jpg'
		});
		expect(segment.storageThumbnail).toBe('s3://store/ns/obj/seg0.jpg');
	});

	it('a non-http presigned URL is never a link', () => {
		expect(frame.urls.original).toBeNull();
		expect(frame.urls.preview).toBeNull();
		expect(frame.urls.unsafe).toEqual(['javascript:alert(1)']);
	});

	it('no duplicate; every other root key (and _internal) in the details', () => {
		expect(segment.duplicateOf).toBeNull();
		const keys = segment.details.map(([k]) => k);
		expect(keys).toContain('scene');
		expect(keys).toContain('_internal');
		expect(keys).toContain('document_blobs');
		expect(segment.raw).toMatchObject({ document_id: 'doc_seg0', scene: 'intro' });
	});

	it('face documents take their time from `timestamp`', () => {
		const faces = fromObjects2026(
			payload({
				documents: [
					{
						document_id: 'doc_f',
						collection_id: 'c',
						timestamp: 2.5,
						_internal: { modality: 'video' }
					}
				]
			}),
			'o'
		);
		expect(faces.items.video[0].start).toBe(2.5);
	});

	it('repeated or missing document ids get positional ids, unique in the object', () => {
		const dupes = fromObjects2026(
			payload({
				documents: [
					{ document_id: 'doc_x', collection_id: 'c', _internal: { modality: 'image' } },
					{ document_id: 'doc_x', collection_id: 'c', _internal: { modality: 'image' } },
					{ document_id: '', collection_id: 'c', _internal: { modality: 'image' } }
				]
			}),
			'o'
		);
		expect(dupes.items.image.map((i) => i.id)).toEqual(['image-0', 'image-1', 'image-2']);
	});

	it('documents error and unlisted count reach the model', () => {
		const partial = fromObjects2026(
			payload({
				unlisted: 50,
				documentsError: { kind: 'upstream_error', status: 500, message: 'Mixpeek failed' }
			}),
			'o'
		);
		expect(partial.object.unlisted).toBe(50);
		expect(partial.object.documentsError).toEqual({
			kind: 'upstream_error',
			message: 'Mixpeek failed'
		});
	});
});
