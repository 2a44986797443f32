import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import type { AssetFeaturesPayload } from '$lib/mixpeek/types';
import { fetchAsset, requestedNamespace } from '$lib/server/assets';
import { namespaceProblem } from '$lib/ids';
import { MAX_PROBED_URLS, diagnosePreviews } from '$lib/server/probe';
import { httpStatusFor } from '$lib/server/upstream-errors';
import type { RequestHandler } from './$types';

const Body = v.object({
	urls: v.pipe(v.array(v.pipe(v.string(), v.maxLength(8192))), v.maxLength(MAX_PROBED_URLS))
});
const NO_STORE = { 'cache-control': 'no-store' };

/**
 * Re-mints the asset's URLs and says why each failed preview failed, in one round trip: the
 * fresh response is both what the page swaps in and the allow-list for what may be probed.
 */
export const POST: RequestHandler = async ({ params, url, locals, request }) => {
	if (!locals.apiKey) {
		return json(
			{ error: { kind: 'no_key', message: 'No Mixpeek API key is saved.', status: 0 } },
			{ status: 401, headers: NO_STORE }
		);
	}
	const namespace = requestedNamespace(url, locals);
	const problem = namespace === null ? null : namespaceProblem(namespace);
	const body = v.safeParse(Body, await request.json().catch(() => null));
	if (problem || !body.success) {
		const message = problem ?? `Send {"urls": [...]} with at most ${MAX_PROBED_URLS} URLs.`;
		return json(
			{ error: { kind: 'bad_request', message, status: 0 } },
			{ status: 400, headers: NO_STORE }
		);
	}

	const result = await fetchAsset(params.asset_id, namespace, locals);
	if (!result.ok) {
		const { kind, message, status, retryAfter } = result.error;
		return json(
			{ error: { kind, message, status, retryAfter } },
			{ status: httpStatusFor(result.error), headers: NO_STORE }
		);
	}
	const diagnoses = await diagnosePreviews(body.output.urls, result.data);
	const fresh: AssetFeaturesPayload = { data: result.data, upstream: result.meta };
	return json({ ...fresh, diagnoses }, { headers: NO_STORE });
};
