import { createHash } from 'node:crypto';
import { MEDIA, mediaSize, type MediaName } from '../media';
import type {
	BlobModel,
	BlobURLRef,
	CurrentContext,
	DocumentResponse,
	ObjectResponse,
	TaskStatusEnum
} from './types';

export function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/** The permanent address the real API reports next to a presigned one; never a link. */
export function storageUrl(ctx: CurrentContext, objectId: string, file: string): string {
	return `s3://mixpeek-standin/${ctx.namespace.namespace_id}/${objectId}/${file}`;
}

/** A file blob of an object; `presigned_url` joins `properties` only when asked for. */
export function fileBlob(
	ctx: CurrentContext,
	objectId: string,
	property: string,
	media: MediaName,
	extra: Record<string, unknown> = {}
): BlobModel {
	const info = MEDIA[media];
	const presigned = ctx.url(objectId, info.file);
	return {
		blob_id: `blob_${sha256(objectId + property).slice(0, 12)}`,
		property,
		type: info.type.startsWith('image/')
			? 'image'
			: info.type.startsWith('video/')
				? 'video'
				: info.type.startsWith('audio/')
					? 'audio'
					: 'text',
		key_prefix: `/${objectId}/${info.file}`,
		properties: {
			url: storageUrl(ctx, objectId, info.file),
			...(info.width ? { resolution: `${info.width}x${info.height}` } : {}),
			...extra,
			...(presigned ? { presigned_url: presigned } : {})
		},
		details: {
			filename: info.file,
			size_bytes: mediaSize(media),
			mime_type: info.type.split(';')[0],
			hash: sha256(info.file)
		}
	};
}

/** A non-file blob (a string or number field of the bucket schema). */
export function valueBlob(objectId: string, property: string, value: unknown): BlobModel {
	return {
		blob_id: `blob_${sha256(objectId + property).slice(0, 12)}`,
		property,
		type: typeof value === 'number' ? 'number' : 'string',
		key_prefix: null,
		properties: { value },
		details: { filename: null, size_bytes: null, mime_type: null, hash: null }
	};
}

export function object(
	fields: Partial<ObjectResponse> & { object_id: string; bucket_id: string },
	status: TaskStatusEnum
): ObjectResponse {
	return {
		key_prefix: null,
		blobs: [],
		source_details: [{ type: 'bucket', source_id: fields.bucket_id }],
		error: null,
		created_at: null,
		updated_at: null,
		...fields,
		status
	};
}

export function docBlob(
	ctx: CurrentContext,
	objectId: string,
	field: string,
	role: BlobURLRef['role'],
	media: MediaName
): BlobURLRef {
	const info = MEDIA[media];
	const kind = info.type.split('/')[0];
	return {
		field,
		role,
		type: kind === 'image' || kind === 'video' || kind === 'audio' ? kind : 'text',
		url: storageUrl(ctx, objectId, info.file),
		filename: info.file,
		size_bytes: mediaSize(media),
		content_type: info.type.split(';')[0],
		checksum: `sha256:${sha256(info.file)}`,
		created_at: '2026-01-12T09:00:05Z',
		source_blob_id: null,
		presigned_url: ctx.url(objectId, info.file)
	};
}

export interface DocSpec {
	objectId: string;
	bucketId: string;
	collectionId: string;
	index: number;
	modality: string;
	extractor: string;
	blobs: BlobURLRef[];
	fields: Record<string, unknown>;
	/** Tier 2+: the document of another collection this one was derived from. */
	parent?: { documentId: string; collectionId: string };
	createdAt?: string;
}

export function documentId(collectionId: string, objectId: string, index: number): string {
	return `doc_${sha256(`${collectionId}/${objectId}/${index}`).slice(0, 24)}`;
}

export function document(ctx: CurrentContext, spec: DocSpec): DocumentResponse {
	const id = documentId(spec.collectionId, spec.objectId, spec.index);
	const createdAt =
		spec.createdAt ?? `2026-01-12T09:01:${String(spec.index % 60).padStart(2, '0')}Z`;
	const path = spec.parent
		? `${spec.bucketId}/${spec.parent.collectionId}/${spec.collectionId}`
		: `${spec.bucketId}/${spec.collectionId}`;
	return {
		document_id: id,
		collection_id: spec.collectionId,
		...spec.fields,
		document_blobs: spec.blobs,
		_internal: {
			internal_id: 'org_standin',
			namespace_id: ctx.namespace.namespace_id,
			document_id: id,
			collection_id: spec.collectionId,
			created_at: createdAt,
			updated_at: createdAt,
			lineage: {
				root_object_id: spec.objectId,
				root_bucket_id: spec.bucketId,
				source_type: spec.parent ? 'collection' : 'bucket',
				source_object_id: spec.parent ? null : spec.objectId,
				source_document_id: spec.parent?.documentId ?? null,
				source_collection_id: spec.parent?.collectionId ?? null,
				path,
				chain: [
					{
						collection_id: spec.collectionId,
						feature_extractor_id: spec.extractor,
						document_id: id,
						timestamp: createdAt
					}
				]
			},
			source_blobs: [
				{ blob_id: `blob_${sha256(spec.objectId).slice(0, 12)}`, blob_property: 'content' }
			],
			modality: spec.modality,
			metadata: {
				ingestion_status: 'COMPLETED',
				feature_extractor_config_hash: sha256(spec.extractor).slice(0, 16)
			},
			mime_type: spec.blobs[0]?.content_type ?? 'text/plain',
			size_bytes: spec.blobs[0]?.size_bytes ?? null,
			content_hash: sha256(id)
		}
	};
}
