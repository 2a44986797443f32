import { SEARCH_LISTING } from './catalog-search';
// Plain data with no Node imports, so the app (and its home page) can import the sample list.
import { TIMELINE_SAMPLE_LIST } from './catalog-timeline';

export const SAMPLE_ASSET_IDS = {
	imageGallery: 'ast_image_gallery',
	videoTour: 'ast_video_tour',
	textNotes: 'ast_text_notes',
	audioClip: 'ast_audio_clip',
	processing: 'ast_processing',
	failed: 'ast_failed',
	duplicate: 'ast_duplicate',
	empty: 'ast_empty',
	bigGallery: 'ast_big_gallery',
	sharedId: 'ast_shared_id',
	missingObject: 'ast_missing_object',
	hostile: 'ast_hostile',
	vectorHealth: 'ast_vector_health'
} as const;

export const FAULT_ASSET_IDS = {
	slow: 'fault_slow',
	tooManyRequests: 'fault_429',
	serverError: 'fault_500',
	badGatewayHtml: 'fault_502_html',
	unavailable: 'fault_503',
	malformedJson: 'fault_malformed_json',
	schemaInvalid: 'fault_schema_invalid',
	drop: 'fault_drop',
	huge: 'fault_huge',
	validation: 'fault_422'
} as const;

export const GEN_IMAGE_PREFIX = 'ast_gen_image_';
export const GEN_IMAGE_MAX = 20000;
export const BIG_GALLERY_SIZE = 5000;

export interface SampleListing {
	id: string;
	namespace: 'demo_prod' | 'demo_staging';
	description: string;
	kind: 'sample' | 'generated' | 'fault';
}

const S = SAMPLE_ASSET_IDS;
const F = FAULT_ASSET_IDS;
const prod = (id: string, description: string, kind: SampleListing['kind'] = 'sample') =>
	({ id, namespace: 'demo_prod', description, kind }) as const;

export const SAMPLE_LIST: readonly SampleListing[] = [
	prod(S.imageGallery, 'Finished image asset: six PNG/JPEG/WebP features, nested metadata'),
	prod(S.videoTour, 'Finished 12 s video: three segments, a thumbnail, a transcript, an embedding'),
	prod(S.textNotes, 'Finished text asset with four chunks, one about 3000 characters long'),
	prod(S.audioClip, 'Finished 6 s audio sweep with two transcribed time ranges'),
	prod(S.processing, 'Moves PENDING → PROCESSING → DONE after its first request'),
	prod(S.failed, 'FAILED with a DECODE_ERROR and no features'),
	prod(S.duplicate, 'SKIPPED duplicate of ast_image_gallery with copied features'),
	prod(S.empty, 'Finished, but every feature group is null'),
	prod(S.bigGallery, `Finished image asset with ${BIG_GALLERY_SIZE} features`),
	prod(S.sharedId, 'Same id in both namespaces: an image asset in demo_prod'),
	{
		id: S.sharedId,
		namespace: 'demo_staging',
		description: 'Same id in both namespaces: a text asset in demo_staging',
		kind: 'sample'
	},
	prod(S.missingObject, 'Three image features, one of whose objects is gone (404 NoSuchKey)'),
	prod(S.hostile, 'HTML/script strings, javascript: and data: URLs, 1e308, depth-100 metadata'),
	prod(
		S.vectorHealth,
		'Five image features whose embeddings hold NaN/±Inf, all zeros, a wrong dimension'
	),
	SEARCH_LISTING,
	...[10, 100, 10000].map((n) =>
		prod(`${GEN_IMAGE_PREFIX}${n}`, `Generated image asset with ${n} features`, 'generated')
	),
	...TIMELINE_SAMPLE_LIST,
	prod(F.slow, 'Answers normally, but only after STANDIN_SLOW_MS (20 s by default)', 'fault'),
	prod(F.tooManyRequests, '429 with the flat rate-limit body and Retry-After: 7', 'fault'),
	prod(F.serverError, '500 InternalServerError envelope', 'fault'),
	prod(F.badGatewayHtml, '502 with an HTML gateway page', 'fault'),
	prod(F.unavailable, '503 with a text/plain body', 'fault'),
	prod(F.malformedJson, '200 application/json whose body is truncated JSON', 'fault'),
	prod(F.schemaInvalid, '200 JSON that breaks the schema (asset is a string)', 'fault'),
	prod(F.drop, 'Closes the connection without answering', 'fault'),
	prod(F.huge, '200 valid body of about 5 MB', 'fault'),
	prod(F.validation, '422 in the enveloped form with details.validation_errors', 'fault')
];
