import type { components } from '../../src/lib/mixpeek/openapi-current';
import type { Namespace } from '../keys';

type Schemas = components['schemas'];
export type ObjectResponse = Schemas['ObjectResponse'];
export type BlobModel = Schemas['BlobModel'];
export type DocumentResponse = Schemas['DocumentResponse'];
export type BlobURLRef = Schemas['BlobURLRef'];
export type BucketResponse = Schemas['BucketResponse'];
export type CollectionResponse = Schemas['CollectionResponse'];
export type NamespaceModel = Schemas['NamespaceModel'];
export type ListDocumentsResponse = Schemas['ListDocumentsResponse'];
export type ListNamespacesResponse = Schemas['ListNamespacesResponse'];
export type HealthCheckResponse = Schemas['HealthCheckResponse'];
export type TaskStatusEnum = Schemas['TaskStatusEnum'];

export interface CurrentContext {
	namespace: Namespace;
	/** Whether the caller asked for presigned URLs (each call names the flag differently). */
	presign: boolean;
	/** A presigned URL for `file` stored under `objectId`, or null when URLs were not asked for. */
	url(objectId: string, file: string): string | null;
	processingPhase(objectId: string): 'PENDING' | 'PROCESSING' | 'DONE';
}

export interface CurrentSample {
	bucketId: string;
	objectId: string;
	namespace: string;
	object(ctx: CurrentContext): ObjectResponse;
	/** Every document derived from the object, in every collection, in a stable order. */
	documents(ctx: CurrentContext): DocumentResponse[];
}
