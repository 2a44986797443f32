/**
 * JSON answers of the app's own API (what the browser refreshes with). Errors always have the
 * shape `{ error: { kind, message, status, retryAfter? } }` and never cache.
 */
import { json } from '@sveltejs/kit';
import type { ApiErrorBody } from '$lib/mixpeek/types';
import { httpStatusFor, type UpstreamError } from './upstream-errors';

export const NO_STORE = { 'cache-control': 'no-store' };

export function apiJson(body: unknown): Response {
	return json(body, { headers: NO_STORE });
}

/** A body that is already JSON text (an `AssetFeaturesPayload` built from validated upstream text). */
export function apiRawJson(text: string): Response {
	return new Response(text, { headers: { ...NO_STORE, 'content-type': 'application/json' } });
}

export function apiError(
	err: Pick<UpstreamError, 'kind' | 'message' | 'retryAfter' | 'status'>
): Response {
	const body: ApiErrorBody = {
		error: { kind: err.kind, message: err.message, status: err.status, retryAfter: err.retryAfter }
	};
	const headers: Record<string, string> = { ...NO_STORE };
	if (err.retryAfter !== undefined) headers['retry-after'] = String(err.retryAfter);
	return json(body, { status: httpStatusFor(err), headers });
}

export const noKeyError = () =>
	apiError({ kind: 'no_key', message: 'No Mixpeek API key is saved.', status: 0 });

export const badRequestError = (message: string) =>
	apiError({ kind: 'bad_request', message, status: 0 });
