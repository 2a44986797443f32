// Today's (2026) samples as plain data with no Node imports, so the app can list them too.

export const CURRENT_BUCKETS = {
	media: 'bkt_demo_media',
	staging: 'bkt_staging_docs'
} as const;

export const CURRENT_OBJECT_IDS = {
	imageGallery: 'obj_image_gallery',
	videoTour: 'obj_video_tour',
	processing: 'obj_processing',
	failed: 'obj_failed',
	draft: 'obj_draft',
	partial: 'obj_partial',
	bigGallery: 'obj_big_gallery',
	hostile: 'obj_hostile'
} as const;

/** Objects that misbehave on every request, as the 2025 `fault_*` assets do. */
export const CURRENT_FAULT_IDS = {
	slow: 'obj_fault_slow',
	tooManyRequests: 'obj_fault_429',
	serverError: 'obj_fault_500',
	badGatewayHtml: 'obj_fault_502_html',
	malformedJson: 'obj_fault_malformed_json',
	schemaInvalid: 'obj_fault_schema_invalid',
	drop: 'obj_fault_drop'
} as const;

export const CURRENT_COLLECTIONS = {
	images: 'col_demo_image_embed',
	captions: 'col_demo_captions',
	segments: 'col_demo_video_segments',
	transcripts: 'col_demo_transcripts'
} as const;

export const CURRENT_BIG_GALLERY_SIZE = 450;

export interface CurrentSampleListing {
	bucketId: string;
	objectId: string;
	namespace: 'demo_prod' | 'demo_staging';
	description: string;
	kind: 'sample' | 'fault';
}

const O = CURRENT_OBJECT_IDS;
const F = CURRENT_FAULT_IDS;
const media = (objectId: string, description: string, kind: 'sample' | 'fault' = 'sample') =>
	({
		bucketId: CURRENT_BUCKETS.media,
		objectId,
		namespace: 'demo_prod',
		description,
		kind
	}) as const;

export const CURRENT_SAMPLE_LIST: readonly CurrentSampleListing[] = [
	media(O.imageGallery, 'COMPLETED image object: six image documents and a caption document'),
	media(O.videoTour, 'COMPLETED 12 s video: three segment documents, tier-2 transcript documents'),
	media(O.processing, 'Moves PENDING → PROCESSING → COMPLETED after its first request'),
	media(O.failed, 'FAILED with an error string and no documents'),
	media(O.draft, 'DRAFT: registered, never submitted in a batch'),
	media(O.partial, 'COMPLETED_WITH_ERRORS: one of two collections produced documents'),
	media(O.bigGallery, `COMPLETED image object with ${CURRENT_BIG_GALLERY_SIZE} documents`),
	media(O.hostile, 'HTML/script strings, javascript: presigned URLs, a hostile collection name'),
	{
		bucketId: CURRENT_BUCKETS.staging,
		objectId: O.imageGallery,
		namespace: 'demo_staging',
		description: 'Same object id in demo_staging: a text object',
		kind: 'sample'
	},
	media(F.slow, 'Answers normally, but only after STANDIN_SLOW_MS', 'fault'),
	media(F.tooManyRequests, '429 with Retry-After: 7', 'fault'),
	media(F.serverError, '500 InternalServerError envelope', 'fault'),
	media(F.badGatewayHtml, '502 with an HTML gateway page', 'fault'),
	media(F.malformedJson, '200 application/json whose body is truncated JSON', 'fault'),
	media(F.schemaInvalid, '200 JSON that breaks ObjectResponse (no bucket_id)', 'fault'),
	media(F.drop, 'Closes the connection without answering', 'fault')
];
