import { namespaceProblem } from '$lib/ids';
import { apiError, apiRawJson, badRequestError, noKeyError } from '$lib/server/api-response';
import { fetchAsset, requestedNamespace } from '$lib/server/assets';
import type { RequestHandler } from './$types';

/** Fresh data (and freshly signed URLs) for the browser's refresh and polling. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	if (!locals.apiKey) return noKeyError();
	const namespace = requestedNamespace(url, locals);
	const problem = namespace === null ? null : namespaceProblem(namespace);
	if (problem) return badRequestError(problem);

	const result = await fetchAsset(params.asset_id, namespace, locals);
	if (!result.ok) return apiError(result.error);
	// The validated upstream text is relayed rather than re-serialised: same JSON, less CPU on
	// the hot path of polling and re-minting (see bench/README.md).
	return apiRawJson(`{"data":${result.body},"upstream":${JSON.stringify(result.meta)}}`);
};
