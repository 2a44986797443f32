import { json } from '@sveltejs/kit';
import type { ApiErrorBody, AssetFeaturesPayload } from '$lib/mixpeek/types';
import { fetchAsset, requestedNamespace } from '$lib/server/assets';
import { namespaceProblem } from '$lib/ids';
import { httpStatusFor, type UpstreamError } from '$lib/server/upstream-errors';
import type { RequestHandler } from './$types';

const NO_STORE = { 'cache-control': 'no-store' };

function errorResponse(err: Pick<UpstreamError, 'kind' | 'message' | 'retryAfter' | 'status'>) {
	const body: ApiErrorBody = {
		error: { kind: err.kind, message: err.message, status: err.status, retryAfter: err.retryAfter }
	};
	const headers: Record<string, string> = { ...NO_STORE };
	if (err.retryAfter !== undefined) headers['retry-after'] = String(err.retryAfter);
	return json(body, { status: httpStatusFor(err), headers });
}

/** Fresh data (and freshly signed URLs) for the browser's refresh and polling. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	if (!locals.apiKey) {
		return errorResponse({ kind: 'no_key', message: 'No Mixpeek API key is saved.', status: 0 });
	}
	const namespace = requestedNamespace(url, locals);
	const problem = namespace === null ? null : namespaceProblem(namespace);
	if (problem) return errorResponse({ kind: 'bad_request', message: problem, status: 0 });

	const result = await fetchAsset(params.asset_id, namespace, locals);
	if (!result.ok) return errorResponse(result.error);
	const payload: AssetFeaturesPayload = { data: result.data, upstream: result.meta };
	return json(payload, { headers: NO_STORE });
};
