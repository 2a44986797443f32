import type { ObjectPayload } from '$lib/api';
import { apiError, apiJson, assetApiGuard } from '$lib/server/api-response';
import { requestedNamespace } from '$lib/server/asset-request';
import { fetchObject } from '$lib/server/object-request';
import type { RequestHandler } from './$types';

/** Fresh object data (and freshly signed URLs) for the object page's refresh and polling. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const namespace = requestedNamespace(url, locals);
	const guard = assetApiGuard(namespace, locals);
	if (!guard.ok) return guard.response;

	const result = await fetchObject(params.bucket, params.object_id, namespace, locals);
	if (!result.ok) return apiError(result.error);
	return apiJson(result.payload satisfies ObjectPayload);
};
