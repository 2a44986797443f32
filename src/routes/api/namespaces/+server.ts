import type { NamespacesResponse } from '$lib/api';
import { apiError, apiJson, noKeyError } from '$lib/server/api-response';
import { listNamespaces } from '$lib/server/mixpeek/client';
import type { RequestHandler } from './$types';

/** The namespaces the current key can see, for the switcher (ids and names only). */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.apiKey) return noKeyError();
	const result = await listNamespaces({
		apiKey: locals.apiKey,
		namespace: null,
		requestId: locals.requestId,
		identity: locals.identity
	});
	if (!result.ok) return apiError(result.error);
	const namespaces = result.data.map(({ namespace_id, namespace_name }) => ({
		namespace_id,
		namespace_name
	}));
	return apiJson({ namespaces } satisfies NamespacesResponse);
};
