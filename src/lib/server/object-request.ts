/**
 * Shared by the object page's load and the browser's refresh route, as `asset-request.ts` is for
 * assets: the same plan, the same checks, the same errors.
 */
import { bucketFromDocuments } from '$lib/mixpeek/current-guesses';
import type { RequestContext } from './mixpeek/client';
import { requestCall } from './mixpeek/client';
import { objectDocumentsCall } from './mixpeek/current-calls';
import { loadObjectPayload, type Execute, type ObjectLoad } from './mixpeek/current-object';

function context(namespace: string | null, locals: App.Locals): RequestContext {
	if (!locals.apiKey) throw new Error('fetchObject needs a key; check locals.apiKey first');
	return { apiKey: locals.apiKey, namespace, requestId: locals.requestId };
}

export function fetchObject(
	bucketId: string,
	objectId: string,
	namespace: string | null,
	locals: App.Locals
): Promise<ObjectLoad> {
	const ctx = context(namespace, locals);
	const execute: Execute = (call) => requestCall(call, ctx);
	return loadObjectPayload(bucketId, objectId, execute);
}

/**
 * The bucket of an object pasted without one: no call reads an object without its bucket, so
 * ask its documents where they came from. null when it has none (or they do not say).
 */
export async function findBucketOf(objectId: string, namespace: string | null, locals: App.Locals) {
	const result = await requestCall(objectDocumentsCall(objectId), context(namespace, locals));
	if (!result.ok) return { ok: false as const, error: result.error };
	return { ok: true as const, bucketId: bucketFromDocuments(result.data) };
}
