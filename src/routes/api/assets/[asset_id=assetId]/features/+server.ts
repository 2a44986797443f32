import { apiError, apiFeaturesJson, assetApiGuard } from '$lib/server/api-response';
import { fetchAsset, requestedNamespace } from '$lib/server/asset-request';
import type { RequestHandler } from './$types';

/** Fresh data (and freshly signed URLs) for the browser's refresh and polling. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const namespace = requestedNamespace(url, locals);
	const guard = assetApiGuard(namespace, locals);
	if (!guard.ok) return guard.response;

	const result = await fetchAsset(params.asset_id, namespace, locals);
	if (!result.ok) return apiError(result.error);
	return apiFeaturesJson(result);
};
