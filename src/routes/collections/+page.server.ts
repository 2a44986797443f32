import { redirect } from '@sveltejs/kit';
import { assertNamespace, requestedNamespace, throwPageError } from '$lib/server/asset-request';
import { fetchCollections } from '$lib/server/triage';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals, setHeaders }) => {
	if (!locals.apiKey)
		redirect(303, `/settings?next=${encodeURIComponent(url.pathname + url.search)}`);
	const namespace = requestedNamespace(url, locals);
	assertNamespace(namespace);
	const result = await fetchCollections(namespace, locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	if (!result.ok) {
		throwPageError(result.error, { assetId: '', namespace, requestId: locals.requestId });
	}
	return {
		namespace,
		/** The namespace's collections (their first pages, see `fetchCollections`). */
		collections: result.data.results,
		total: result.data.pagination.total
	};
}) satisfies PageServerLoad;
