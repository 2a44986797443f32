/**
 * JSON answers of the app's own API (what the browser refreshes with). Bodies follow `$lib/api`;
 * errors always have the shape `ApiErrorBody` and never cache.
 */
import { json } from '@sveltejs/kit';
import { namespaceProblem } from '$lib/ids';
import type { ApiErrorBody, AssetFeaturesPayload, UpstreamError, UpstreamMeta } from '$lib/api';
import type { ValidatedAssetData } from '$lib/mixpeek/types';
import { httpStatusFor } from './mixpeek/errors';

export const NO_STORE = { 'cache-control': 'no-store' };

/** A success body; callers pass an object literal that `satisfies` its `$lib/api` type. */
export function apiJson(body: object): Response {
	return json(body, { headers: NO_STORE });
}

/**
 * The features payload, with the validated upstream text relayed rather than re-serialised: the
 * same JSON, less CPU on the hot path of polling and re-minting (see bench/README.md).
 */
export function apiFeaturesJson(upstream: {
	data: ValidatedAssetData;
	body: string;
	meta: UpstreamMeta;
}): Response {
	const shape = { data: upstream.data, upstream: upstream.meta } satisfies AssetFeaturesPayload;
	const text = `{"data":${upstream.body},"upstream":${JSON.stringify(shape.upstream)}}`;
	return new Response(text, { headers: { ...NO_STORE, 'content-type': 'application/json' } });
}

/** An error answer with the app's HTTP status for the error (and `retry-after` when known). */
export function apiError(
	err: Pick<UpstreamError, 'kind' | 'message' | 'retryAfter' | 'status'>
): Response {
	const body = {
		error: { kind: err.kind, message: err.message, status: err.status, retryAfter: err.retryAfter }
	} satisfies ApiErrorBody;
	const headers: Record<string, string> = { ...NO_STORE };
	if (err.retryAfter !== undefined) headers['retry-after'] = String(err.retryAfter);
	return json(body, { status: httpStatusFor(err), headers });
}

export const noKeyError = () =>
	apiError({ kind: 'no_key', message: 'No Mixpeek API key is saved.', status: 0 });

export const badRequestError = (message: string) =>
	apiError({ kind: 'bad_request', message, status: 0 });

/**
 * The checks every asset API route makes before calling upstream: a key, and a namespace that
 * can be sent as a header. Answers the namespace to use, or the error response to return.
 */
export function assetApiGuard(
	namespace: string | null,
	locals: App.Locals
): { ok: true } | { ok: false; response: Response } {
	if (!locals.apiKey) return { ok: false, response: noKeyError() };
	const problem = namespace === null ? null : namespaceProblem(namespace);
	return problem ? { ok: false, response: badRequestError(problem) } : { ok: true };
}
