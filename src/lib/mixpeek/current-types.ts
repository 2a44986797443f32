/**
 * The app's own shapes for today's API, browser-safe: what the server's object fetch plan
 * (`$lib/server/mixpeek/current-object.ts`) hands the page and the mapper reads.
 */
import type { UpstreamError, UpstreamMeta } from '$lib/api';
import type { ValidatedDocument, ValidatedObject } from '$lib/server/mixpeek/current-schema';

export interface CollectionInfo {
	id: string;
	name: string | null;
	extractor: string | null;
	/** This object's documents in it, from the list call's total (null when unknown). */
	total: number | null;
}

/** One upstream call as the diagnostics strip, Raw JSON and cURL panels show it. */
export interface CallRecord {
	method: 'GET' | 'POST';
	path: string;
	body: Record<string, unknown> | null;
	status: number;
	latencyMs: number;
	requestId: string;
	ok: boolean;
}

export interface ObjectPayload {
	api: 'objects-2026';
	bucketId: string;
	objectId: string;
	object: ValidatedObject;
	bucketName: string | null;
	/** Every document: the list call's copy (with URLs) where it returned one, else the plain one. */
	documents: ValidatedDocument[];
	collections: CollectionInfo[];
	/** Documents the page budget left without presigned URLs. */
	unlisted: number;
	/** Why the documents (or some previews) are missing, when a call failed. */
	documentsError: UpstreamError | null;
	/** The object call's meta (what live polling and the strip read first). */
	upstream: UpstreamMeta;
	calls: CallRecord[];
}
