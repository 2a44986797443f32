import type { NamespacesResponse } from '$lib/api';
import { apiError, apiJson, noKeyError } from '$lib/server/api-response';
import { listNamespacesFor, namespaceGeneration } from '$lib/server/namespaces';
import type { RequestHandler } from './$types';

/** The namespaces the current key can see, for the switcher (ids and names only). */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.apiKey) return noKeyError();
	// `?for=objects` from an object page: list with the generation that page speaks.
	const page = url.searchParams.get('for');
	const generation = await namespaceGeneration(
		page === 'objects' || page === 'assets' ? page : null
	);
	const result = await listNamespacesFor(generation, {
		apiKey: locals.apiKey,
		namespace: null,
		requestId: locals.requestId,
		identity: locals.identity
	});
	if (!result.ok) return apiError(result.error);
	return apiJson({ namespaces: result.data } satisfies NamespacesResponse);
};
