/**
 * The fetch plan of an object page against today's API:
 * 1. the object (with presigned blob URLs) and every document derived from it, at once;
 * 2. per collection that produced documents: its name and extractor, and its documents of this
 *    object paged through `documents/list` with presigned URLs (cursor by cursor, in parallel
 *    across collections, within a page budget);
 * 3. the bucket's name.
 * A failure of step 2 or 3 leaves the page usable (documents without previews, no names); only
 * the object itself failing fails the page.
 */
import { DOCUMENTS_PAGE_SIZE, readPagination } from '$lib/mixpeek/current-guesses';
import type { UpstreamError, UpstreamMeta } from '$lib/api';
import {
	bucketCall,
	collectionCall,
	documentsPageCall,
	objectCall,
	objectDocumentsCall,
	type UpstreamCall
} from './current-calls';
import type { CallRecord, CollectionInfo, ObjectPayload } from '$lib/mixpeek/current-types';
import type { ValidatedDocument } from './current-schema';

export type { CallRecord, CollectionInfo, ObjectPayload };

export type CallResult<T> =
	| { ok: true; data: T; meta: UpstreamMeta }
	| { ok: false; error: UpstreamError; meta: UpstreamMeta };

/** Runs one call through the app's upstream client (key, namespace, deadline, caps). */
export type Execute = <T>(call: UpstreamCall<T>) => Promise<CallResult<T>>;

/** List pages one object page may spend: 10 × 200 documents with previews. */
export const MAX_LIST_PAGES = 10;

export type ObjectLoad =
	| { ok: true; payload: ObjectPayload }
	| { ok: false; error: UpstreamError; meta: UpstreamMeta; calls: CallRecord[] };

export async function loadObjectPayload(
	bucketId: string,
	objectId: string,
	execute: Execute,
	maxPages = MAX_LIST_PAGES
): Promise<ObjectLoad> {
	const calls: CallRecord[] = [];
	const run = async <T>(call: UpstreamCall<T>): Promise<CallResult<T>> => {
		const result = await execute(call);
		calls.push({
			method: call.method,
			path: call.path,
			body: call.body,
			status: result.meta.status,
			latencyMs: result.meta.latencyMs,
			requestId: result.meta.requestId,
			ok: result.ok
		});
		return result;
	};

	const [object, byObject] = await Promise.all([
		run(objectCall(bucketId, objectId)),
		run(objectDocumentsCall(objectId))
	]);
	if (!object.ok) return { ok: false, error: object.error, meta: object.meta, calls };

	let documentsError: UpstreamError | null = byObject.ok ? null : byObject.error;
	const plain = byObject.ok ? byObject.data : [];
	const collectionIds = [
		...new Set(plain.map((d) => d.collection_id).filter((c): c is string => !!c))
	];

	let budget = maxPages;
	const listed = new Map<string, ValidatedDocument>();
	const totals = new Map<string, number | null>();
	async function listCollection(collectionId: string): Promise<void> {
		let cursor: string | null = null;
		while (budget > 0) {
			budget--;
			const page = await run(
				documentsPageCall({
					collectionId,
					objectId,
					modality: null,
					cursor,
					limit: DOCUMENTS_PAGE_SIZE
				})
			);
			if (!page.ok) {
				documentsError ??= page.error;
				return;
			}
			for (const doc of page.data.results ?? []) listed.set(doc.document_id, doc);
			const { total, nextCursor } = readPagination(page.data);
			if (!totals.has(collectionId)) totals.set(collectionId, total);
			if (!nextCursor || (page.data.results ?? []).length === 0) return;
			cursor = nextCursor;
		}
	}

	const [names, bucket] = await Promise.all([
		Promise.all(collectionIds.map((id) => run(collectionCall(id)))),
		run(bucketCall(bucketId)),
		Promise.all(collectionIds.map(listCollection))
	]);

	const documents: ValidatedDocument[] = plain.map((d) => listed.get(d.document_id) ?? d);
	const known = new Set(plain.map((d) => d.document_id));
	for (const [id, doc] of listed) if (!known.has(id)) documents.push(doc);

	const collections: CollectionInfo[] = collectionIds.map((id, i) => {
		const named = names[i];
		const info = named.ok ? named.data : null;
		return {
			id,
			name: info?.collection_name ?? null,
			extractor: info?.feature_extractor?.feature_extractor_name ?? null,
			total: totals.get(id) ?? null
		};
	});

	return {
		ok: true,
		payload: {
			api: 'objects-2026',
			bucketId,
			objectId,
			object: object.data,
			bucketName: bucket.ok ? (bucket.data.bucket_name ?? null) : null,
			documents,
			collections,
			unlisted: documents.filter((d) => !listed.has(d.document_id)).length,
			documentsError,
			upstream: object.meta,
			calls
		}
	};
}
