import { error, redirect } from '@sveltejs/kit';
import { assertNamespace, requestedNamespace, throwPageError } from '$lib/server/asset-request';
import { collectionError, fetchTriagePage } from '$lib/server/triage';
import { parseTriageQuery } from '$lib/triage/query';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, locals, setHeaders }) => {
	if (!locals.apiKey)
		redirect(303, `/settings?next=${encodeURIComponent(url.pathname + url.search)}`);
	const namespace = requestedNamespace(url, locals);
	assertNamespace(namespace);
	const parsed = parseTriageQuery(url.searchParams);
	if (!parsed.ok) error(400, { message: parsed.message, kind: 'bad_input' });

	const result = await fetchTriagePage(params.collection_id, parsed.query, namespace, locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	if (!result.ok) {
		throwPageError(collectionError(result.error, params.collection_id), {
			assetId: params.collection_id,
			namespace,
			requestId: locals.requestId
		});
	}
	return {
		collectionId: params.collection_id,
		/** The namespace sent upstream; null means the key's default namespace. */
		namespace,
		query: parsed.query,
		/** One page of the collection's assets, only the fields a row shows. */
		assets: result.data.results,
		pagination: result.data.pagination,
		upstream: result.meta
	};
}) satisfies PageServerLoad;
