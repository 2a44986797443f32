/**
 * The calls the app makes to today's Mixpeek API, built here and nowhere else: each ID is one
 * encoded path segment, every query flag is fixed, and every POST body is written by the server
 * from validated values (a browser never supplies one). The explicit list is the allow-list.
 */
import {
	DOCUMENT_SORT,
	DOCUMENTS_PAGE_SIZE,
	MODALITY_FILTER_FIELD,
	ROOT_OBJECT_FILTER_FIELD,
	collectionIdsQuery
} from '$lib/mixpeek/current-guesses';
import {
	parseBucket,
	parseCollection,
	parseDocument,
	parseDocumentList,
	parseNamespaceList,
	parseObject,
	parseObjectDocuments
} from './current-schema';

export interface UpstreamCall<T> {
	method: 'GET' | 'POST';
	/** Path and query, every dynamic part encoded. */
	path: string;
	/** JSON body for a POST, built here. */
	body: Record<string, unknown> | null;
	sendNamespace: boolean;
	parse: (body: unknown) => { success: true; output: T } | { success: false; issues: unknown[] };
}

/** An upstream cursor is opaque, but it travels through the browser: keep it to a sane token. */
export const MAX_CURSOR_LENGTH = 2048;

export function isPlausibleCursor(cursor: string): boolean {
	return cursor.length > 0 && cursor.length <= MAX_CURSOR_LENGTH && /^[\x21-\x7e]+$/.test(cursor);
}

const seg = encodeURIComponent;

/** `GET /v1/buckets/{b}/objects/{o}?return_presigned_urls=true`: the object with signed blobs. */
export function objectCall(bucketId: string, objectId: string) {
	return {
		method: 'GET',
		path: `/v1/buckets/${seg(bucketId)}/objects/${seg(objectId)}?return_presigned_urls=true`,
		body: null,
		sendNamespace: true,
		parse: parseObject
	} satisfies UpstreamCall<unknown>;
}

/** `GET /v1/objects/{o}/documents`: every derived document, without URLs. */
export function objectDocumentsCall(objectId: string, collectionIds: string[] = []) {
	const query = collectionIds.length ? `?${collectionIdsQuery(collectionIds)}` : '';
	return {
		method: 'GET',
		path: `/v1/objects/${seg(objectId)}/documents${query}`,
		body: null,
		sendNamespace: true,
		parse: parseObjectDocuments
	} satisfies UpstreamCall<unknown>;
}

export interface DocumentsPage {
	collectionId: string;
	objectId: string;
	/** Only this modality's documents (one gallery tab); null for all. */
	modality: string | null;
	cursor: string | null;
	limit?: number;
}

/**
 * `POST /v1/collections/{c}/documents/list`: one page of an object's documents in one collection,
 * with presigned URLs, in time order, with the total.
 */
export function documentsPageCall(page: DocumentsPage) {
	const limit = Math.min(Math.max(1, Math.floor(page.limit ?? DOCUMENTS_PAGE_SIZE)), 1000);
	const conditions: Record<string, unknown>[] = [
		{ field: ROOT_OBJECT_FILTER_FIELD, operator: 'eq', value: page.objectId }
	];
	if (page.modality !== null) {
		conditions.push({ field: MODALITY_FILTER_FIELD, operator: 'eq', value: page.modality });
	}
	const body: Record<string, unknown> = {
		filters: { AND: conditions },
		sort: { ...DOCUMENT_SORT },
		return_url: true,
		return_vectors: false
	};
	if (page.cursor !== null) {
		if (!isPlausibleCursor(page.cursor)) throw new Error('documentsPageCall: implausible cursor');
		body.cursor = page.cursor;
	}
	return {
		method: 'POST',
		path: `/v1/collections/${seg(page.collectionId)}/documents/list?limit=${limit}&include_total=true`,
		body,
		sendNamespace: true,
		parse: parseDocumentList
	} satisfies UpstreamCall<unknown>;
}

/** `GET /v1/collections/{c}/documents/{d}?return_presigned_urls=true`: one document, re-signed. */
export function documentCall(collectionId: string, documentId: string) {
	return {
		method: 'GET',
		path: `/v1/collections/${seg(collectionId)}/documents/${seg(documentId)}?return_presigned_urls=true`,
		body: null,
		sendNamespace: true,
		parse: parseDocument
	} satisfies UpstreamCall<unknown>;
}

export function collectionCall(collectionId: string) {
	return {
		method: 'GET',
		path: `/v1/collections/${seg(collectionId)}`,
		body: null,
		sendNamespace: true,
		parse: parseCollection
	} satisfies UpstreamCall<unknown>;
}

export function bucketCall(bucketId: string) {
	return {
		method: 'GET',
		path: `/v1/buckets/${seg(bucketId)}`,
		body: null,
		sendNamespace: true,
		parse: parseBucket
	} satisfies UpstreamCall<unknown>;
}

/** `POST /v1/namespaces/list`: the key's namespaces (and how a key is checked on save). */
export function namespacesCall() {
	return {
		method: 'POST',
		path: '/v1/namespaces/list?limit=100',
		body: {},
		sendNamespace: false,
		parse: parseNamespaceList
	} satisfies UpstreamCall<unknown>;
}
