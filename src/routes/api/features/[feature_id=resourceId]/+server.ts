import type { FeaturePayload } from '$lib/api';
import { namespaceProblem } from '$lib/ids';
import { apiError, apiJson, badRequestError, noKeyError } from '$lib/server/api-response';
import { requestedNamespace } from '$lib/server/asset-request';
import { fetchFeature } from '$lib/server/related';
import type { RequestHandler } from './$types';

/** One feature with its vectors, for the viewer's feature detail. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	if (!locals.apiKey) return noKeyError();
	const namespace = requestedNamespace(url, locals);
	const problem = namespace === null ? null : namespaceProblem(namespace);
	if (problem) return badRequestError(problem);
	const result = await fetchFeature(params.feature_id, namespace, locals);
	if (!result.ok) return apiError(result.error);
	return apiJson({ data: result.data, upstream: result.meta } satisfies FeaturePayload);
};
