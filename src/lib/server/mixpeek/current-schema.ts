/**
 * Runtime checks of today's (2026) Mixpeek answers, lenient as the 2025 ones are: every field
 * optional and nullable, unknown keys kept, strict only where a wrong type would break the page.
 * The spec's own types are in `$lib/mixpeek/openapi-current` (generated); the compile-time guards
 * at the bottom keep these schemas inside them.
 */
import * as v from 'valibot';
import type { components } from '$lib/mixpeek/openapi-current';
import { documentsOfObjectBody } from '$lib/mixpeek/current-guesses';

const s = v.nullish(v.string());
const n = v.nullish(v.number());
const record = v.record(v.string(), v.unknown());

export const BlobSchema = v.looseObject({
	blob_id: s,
	property: s,
	type: s,
	key_prefix: s,
	properties: v.nullish(record),
	details: v.nullish(v.looseObject({ filename: s, size_bytes: n, mime_type: s, hash: s }))
});

export const ObjectSchema = v.looseObject({
	object_id: s,
	bucket_id: s,
	key_prefix: s,
	blobs: v.nullish(v.array(BlobSchema)),
	source_details: v.nullish(v.array(v.looseObject({ type: s, source_id: s }))),
	status: s,
	// The spec says string; an older deployment may send any JSON, and the page still shows it.
	error: v.nullish(v.unknown()),
	created_at: s,
	updated_at: s,
	metadata: v.nullish(record)
});

export const DocumentBlobSchema = v.looseObject({
	field: s,
	role: s,
	type: s,
	url: s,
	presigned_url: s,
	filename: s,
	size_bytes: n,
	content_type: s,
	checksum: s,
	created_at: s,
	source_blob_id: s
});

export const DocumentSchema = v.looseObject({
	document_id: v.string(),
	collection_id: s,
	document_blobs: v.nullish(v.array(DocumentBlobSchema)),
	_internal: v.nullish(
		v.looseObject({
			created_at: s,
			updated_at: s,
			modality: s,
			lineage: v.nullish(
				v.looseObject({
					root_object_id: s,
					root_bucket_id: s,
					source_type: s,
					source_document_id: s,
					source_collection_id: s
				})
			)
		})
	)
});

export const ListDocumentsSchema = v.looseObject({
	results: v.nullish(v.array(DocumentSchema)),
	pagination: v.nullish(record),
	stats: v.nullish(record),
	total_count: n
});

export const NamespaceListSchema = v.looseObject({
	results: v.array(v.looseObject({ namespace_id: s, namespace_name: v.string() })),
	total_count: n
});

export const CollectionSchema = v.looseObject({
	collection_id: s,
	collection_name: s,
	feature_extractor: v.nullish(
		v.looseObject({ feature_extractor_name: s, version: s, feature_extractor_id: s })
	),
	document_count: n
});

export const BucketSchema = v.looseObject({ bucket_id: s, bucket_name: s });

export type ValidatedObject = v.InferOutput<typeof ObjectSchema>;
export type ValidatedDocument = v.InferOutput<typeof DocumentSchema>;
export type ValidatedDocumentList = v.InferOutput<typeof ListDocumentsSchema>;
export type ValidatedNamespaceList = v.InferOutput<typeof NamespaceListSchema>;
export type ValidatedCollection = v.InferOutput<typeof CollectionSchema>;
export type ValidatedBucket = v.InferOutput<typeof BucketSchema>;

type Parsed<T> = { success: true; output: T } | { success: false; issues: unknown[] };

export const parseObject = (body: unknown): Parsed<ValidatedObject> =>
	v.safeParse(ObjectSchema, body);
export const parseDocument = (body: unknown): Parsed<ValidatedDocument> =>
	v.safeParse(DocumentSchema, body);
export const parseDocumentList = (body: unknown): Parsed<ValidatedDocumentList> =>
	v.safeParse(ListDocumentsSchema, body);
export const parseNamespaceList = (body: unknown): Parsed<ValidatedNamespaceList> =>
	v.safeParse(NamespaceListSchema, body);
export const parseCollection = (body: unknown): Parsed<ValidatedCollection> =>
	v.safeParse(CollectionSchema, body);
export const parseBucket = (body: unknown): Parsed<ValidatedBucket> =>
	v.safeParse(BucketSchema, body);

/** The untyped documents-by-object answer: found by the guess, each document then checked. */
export function parseObjectDocuments(body: unknown): Parsed<ValidatedDocument[]> {
	const found = documentsOfObjectBody(body);
	if (found === null) return { success: false, issues: ['no list of documents in the answer'] };
	const out: ValidatedDocument[] = [];
	for (const doc of found) {
		const parsed = v.safeParse(DocumentSchema, doc);
		if (!parsed.success) return { success: false, issues: parsed.issues };
		out.push(parsed.output);
	}
	return { success: true, output: out };
}

// Compile-time guards: where the spec declares a type, what passes validation fits it.
type Spec = components['schemas'];
type Fits<A extends B, B> = A;
export type _DocumentIdFits = Fits<
	ValidatedDocument['document_id'],
	Spec['DocumentResponse']['document_id']
>;
export type _StatusFits = Fits<
	Spec['ObjectResponse']['status'],
	NonNullable<ValidatedObject['status']>
>;
export type _BlobRoleFits = Fits<
	Spec['BlobURLRef']['role'],
	NonNullable<NonNullable<ValidatedDocument['document_blobs']>[number]['role']>
>;
