/**
 * Every guess this app makes about today's Mixpeek API, in one place. The 2026-02-16 spec types
 * some answers as bare objects and leaves some behaviour unsaid; where it is silent, the notes the
 * team wrote from Mixpeek's docs and repositories decide, and this module is where each such
 * decision lives. Nothing here has been tried against a live account: when one is, check each
 * entry below and correct it here, and nowhere else.
 */

/**
 * The filter field for "documents derived from object X" in
 * `POST /v1/collections/{id}/documents/list`. Undocumented; candidates were
 * `_internal.lineage.root_object_id` (InternalPayloadModel says internal fields filter as
 * `_internal.<field>`), `root_object_id` and `source_object_id`.
 */
export const ROOT_OBJECT_FILTER_FIELD = '_internal.lineage.root_object_id';

/** The filter field for a document's modality, by the same `_internal.<field>` rule. */
export const MODALITY_FILTER_FIELD = '_internal.modality';

/** The sort that puts segments in time order (multimodal extractor output keys). */
export const DOCUMENT_SORT = { field: 'start_time', direction: 'asc' } as const;

/** The page size of a documents list call: one call per 200 items keeps a Free key's 60 RPM. */
export const DOCUMENTS_PAGE_SIZE = 200;

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const hasDocuments = (v: unknown): v is Record<string, unknown>[] =>
	Array.isArray(v) &&
	v.length > 0 &&
	v.every((d) => isRecord(d) && typeof d.document_id === 'string');

/**
 * `GET /v1/objects/{object_id}/documents` answers `{type: object, additionalProperties: true}`
 * with no example anywhere. Read the documents defensively: an array of objects carrying
 * `document_id` at the top level or under `documents` or `results`; else every such array found
 * one level down (a map of collection → documents, or collection → `{documents}`), joined.
 * An object with no such list is no documents.
 */
export function documentsOfObjectBody(body: unknown): Record<string, unknown>[] | null {
	if (Array.isArray(body)) return body.length === 0 || hasDocuments(body) ? body : null;
	if (!isRecord(body)) return null;
	for (const key of ['documents', 'results']) {
		if (Array.isArray(body[key])) return hasDocuments(body[key]) ? body[key] : [];
	}
	const collected: Record<string, unknown>[] = [];
	let sawMap = false;
	for (const value of Object.values(body)) {
		const inner = isRecord(value) ? value.documents : value;
		if (hasDocuments(inner)) {
			collected.push(...inner);
			sawMap = true;
		}
	}
	if (sawMap) return collected;
	// An object with no list at all (say `{object_id, total: 0}`) is read as "no documents".
	return [];
}

/**
 * `PaginationResponse` declares `total`/`next_cursor`, its own example shows
 * `has_more/limit/offset/total_count`, and real list bodies add a top-level `total_count`.
 * Accept all of them.
 */
export function readPagination(body: Record<string, unknown>): {
	total: number | null;
	nextCursor: string | null;
	hasMore: boolean | null;
} {
	const p = isRecord(body.pagination) ? body.pagination : {};
	const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
	const total = int(p.total) ?? int(p.total_count) ?? int(body.total_count);
	const nextCursor =
		typeof p.next_cursor === 'string' && p.next_cursor !== '' ? p.next_cursor : null;
	const hasMore = typeof p.has_more === 'boolean' ? p.has_more : nextCursor ? true : null;
	return { total, nextCursor, hasMore };
}

/**
 * An object's page modality when the object does not say: its first file blob's type, else the
 * most common `_internal.modality` among its documents.
 */
export const FILE_BLOB_TYPES = new Set(['image', 'video', 'audio', 'text', 'pdf', 'excel']);

/**
 * The ObjectResponse example still uses the older blob form `{data, metadata, type: "PDF"}`;
 * the BlobModel description says both were merged into `properties`. Read all three, newest first.
 */
export function blobProperties(blob: Record<string, unknown>): Record<string, unknown> {
	const merged: Record<string, unknown> = {};
	for (const key of ['metadata', 'data', 'properties']) {
		if (isRecord(blob[key])) Object.assign(merged, blob[key]);
	}
	return merged;
}

/**
 * Object statuses the page keeps polling on. The spec says the object's status is "the current
 * status" and defaults to DRAFT, but never when it changes after a batch runs; we assume it moves
 * through PENDING/IN_PROGRESS/PROCESSING to a terminal value, as batches and tasks do.
 */
export const POLLING_STATUSES = new Set(['PENDING', 'IN_PROGRESS', 'PROCESSING']);

/**
 * A pasted `obj_…` has no bucket, and no call reads an object without one. Its documents carry
 * `_internal.lineage.root_bucket_id`; that is how the app finds the bucket.
 */
export function bucketFromDocuments(docs: Record<string, unknown>[]): string | null {
	for (const doc of docs) {
		const lineage =
			isRecord(doc._internal) && isRecord(doc._internal.lineage) ? doc._internal.lineage : null;
		if (lineage && typeof lineage.root_bucket_id === 'string' && lineage.root_bucket_id) {
			return lineage.root_bucket_id;
		}
	}
	return null;
}

/** FastAPI's list form for `collection_ids` on the documents-by-object call. */
export function collectionIdsQuery(ids: string[]): string {
	return ids.map((id) => `collection_ids=${encodeURIComponent(id)}`).join('&');
}
