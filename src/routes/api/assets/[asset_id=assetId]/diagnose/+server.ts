import * as v from 'valibot';
import { MAX_PROBED_URLS, type DiagnoseResponse } from '$lib/api';
import { apiError, apiJson, assetApiGuard, badRequestError } from '$lib/server/api-response';
import { fetchAsset, requestedNamespace } from '$lib/server/asset-request';
import { config } from '$lib/server/config';
import { diagnosePreviews } from '$lib/server/preview-probe';
import type { RequestHandler } from './$types';

const Body = v.object({
	urls: v.pipe(v.array(v.pipe(v.string(), v.maxLength(8192))), v.maxLength(MAX_PROBED_URLS))
});

/**
 * Re-mints the asset's URLs and says why each failed preview failed, in one round trip: the
 * fresh response is both what the page swaps in and the allow-list for what may be probed.
 */
export const POST: RequestHandler = async ({ params, url, locals, request }) => {
	const namespace = requestedNamespace(url, locals);
	const guard = assetApiGuard(namespace, locals);
	if (!guard.ok) return guard.response;
	const body = v.safeParse(Body, await request.json().catch(() => null));
	if (!body.success)
		return badRequestError(`Send {"urls": [...]} with at most ${MAX_PROBED_URLS} URLs.`);

	const result = await fetchAsset(params.asset_id, namespace, locals);
	if (!result.ok) return apiError(result.error);
	const diagnoses = await diagnosePreviews(body.output.urls, result.data, config().apiBaseUrl);
	return apiJson({
		data: result.data,
		upstream: result.meta,
		diagnoses
	} satisfies DiagnoseResponse);
};
