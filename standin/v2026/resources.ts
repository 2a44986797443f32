import type { components } from '../../src/lib/mixpeek/openapi-current';
import type { Namespace } from '../keys';
import { CURRENT_BUCKETS, CURRENT_COLLECTIONS } from './catalog';
import type { BucketResponse, CollectionResponse, NamespaceModel } from './types';

const B = CURRENT_BUCKETS;
const C = CURRENT_COLLECTIONS;

type FieldType = components['schemas']['BucketSchemaFieldType'];

const schema = (fields: Record<string, FieldType>) => ({
	properties: Object.fromEntries(
		Object.entries(fields).map(([name, type]) => [name, { type, required: false }])
	)
});

const BUCKETS: Record<string, BucketResponse & { namespace: string }> = {
	[B.media]: {
		namespace: 'demo_prod',
		bucket_id: B.media,
		bucket_name: 'demo-media',
		description: 'Images and videos for the inspector demo',
		bucket_schema: schema({
			hero_image: 'image',
			video: 'video',
			thumbnail: 'image',
			caption: 'string',
			title: 'string'
		}),
		metadata: { team: 'ops' },
		object_count: 8,
		total_size_bytes: 4_718_592,
		created_at: '2026-01-12T08:59:00.000000',
		updated_at: '2026-01-12T09:40:00.000000',
		status: 'ACTIVE',
		is_locked: false
	},
	[B.staging]: {
		namespace: 'demo_staging',
		bucket_id: B.staging,
		bucket_name: 'staging-docs',
		description: null,
		bucket_schema: schema({ content: 'text' }),
		metadata: {},
		object_count: 1,
		total_size_bytes: 1024,
		created_at: '2026-01-13T07:59:00.000000',
		updated_at: '2026-01-13T08:00:00.000000',
		status: 'ACTIVE',
		is_locked: false
	}
};

function collection(
	id: string,
	name: string,
	extractor: string,
	source: CollectionResponse['source'],
	namespace: string
): CollectionResponse & { namespace: string } {
	return {
		namespace,
		collection_id: id,
		collection_name: name,
		description: `${name} (stand-in)`,
		input_schema: schema({ content: 'string' }),
		output_schema: schema({ description: 'text', start_time: 'number', end_time: 'number' }),
		feature_extractor: {
			feature_extractor_name: extractor,
			version: 'v1',
			feature_extractor_id: `${extractor}_v1`,
			include_all_source_fields: false
		},
		source,
		enabled: true,
		schema_version: 1,
		schema_sync_enabled: false,
		created_at: '2026-01-12T08:59:30.000000',
		updated_at: '2026-01-12T08:59:30.000000',
		document_count: null
	};
}

const COLLECTIONS: Record<string, CollectionResponse & { namespace: string }> = {
	[C.images]: collection(
		C.images,
		'image-embeddings',
		'image_extractor',
		{ type: 'bucket', bucket_ids: [B.media] },
		'demo_prod'
	),
	[C.captions]: collection(
		C.captions,
		'captions',
		'text_extractor',
		{ type: 'bucket', bucket_ids: [B.media, B.staging] },
		'*'
	),
	[C.segments]: collection(
		C.segments,
		'video-segments',
		'multimodal_extractor',
		{ type: 'bucket', bucket_ids: [B.media] },
		'demo_prod'
	),
	[C.transcripts]: collection(
		C.transcripts,
		'segment-transcripts',
		'text_extractor',
		{ type: 'collection', collection_id: C.segments },
		'demo_prod'
	)
};

function withoutOwner<T extends { namespace: string }>(entry: T): Omit<T, 'namespace'> {
	const body: Partial<T> = { ...entry };
	delete body.namespace;
	return body as Omit<T, 'namespace'>;
}

/** The real API accepts a bucket's name or id wherever it says `bucket_identifier`. */
export function findBucket(namespace: Namespace, identifier: string): BucketResponse | null {
	const bucket = Object.values(BUCKETS).find(
		(b) =>
			b.namespace === namespace.namespace_name &&
			(b.bucket_id === identifier || b.bucket_name === identifier)
	);
	return bucket ? withoutOwner(bucket) : null;
}

export function findCollection(
	namespace: Namespace,
	identifier: string
): CollectionResponse | null {
	const found = Object.values(COLLECTIONS).find(
		(c) =>
			(c.namespace === '*' || c.namespace === namespace.namespace_name) &&
			(c.collection_id === identifier || c.collection_name === identifier)
	);
	return found ? withoutOwner(found) : null;
}

export function namespaceModel(ns: Namespace): NamespaceModel {
	return {
		namespace_id: ns.namespace_id,
		namespace_name: ns.namespace_name,
		namespace_type: 'standard',
		description: null,
		feature_extractors: ns.embedding_models.map((model) => ({
			feature_extractor_name: `${model}_extractor`,
			version: 'v1',
			feature_extractor_id: `${model}_extractor_v1`
		})),
		payload_indexes: null,
		auto_create_indexes: true,
		created_at: '2026-01-01T00:00:00Z',
		updated_at: '2026-01-01T00:00:00Z'
	};
}
