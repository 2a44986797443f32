import { json } from '@sveltejs/kit';
import { listNamespaces } from '$lib/server/mixpeek';
import { httpStatusFor } from '$lib/server/upstream-errors';
import type { RequestHandler } from './$types';

/** The namespaces the current key can see, for the switcher (ids and names only). */
export const GET: RequestHandler = async ({ locals }) => {
	const headers = { 'cache-control': 'no-store' };
	if (!locals.apiKey) {
		return json(
			{ error: { kind: 'no_key', message: 'No Mixpeek API key is saved.', status: 0 } },
			{ status: 401, headers }
		);
	}
	const result = await listNamespaces({
		apiKey: locals.apiKey,
		namespace: null,
		requestId: locals.requestId
	});
	if (!result.ok) {
		const { kind, message, status, retryAfter } = result.error;
		return json(
			{ error: { kind, message, status, retryAfter } },
			{ status: httpStatusFor(result.error), headers }
		);
	}
	const namespaces = result.data.map(({ namespace_id, namespace_name }) => ({
		namespace_id,
		namespace_name
	}));
	return json({ namespaces }, { headers });
};
