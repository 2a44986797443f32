/**
 * The collection triage list: one page of `POST /v1/assets`, its body built here from the
 * validated URL state (the browser never sends a body upstream).
 */
import { triageRequestBody, type TriageQuery } from '$lib/triage/query';
import type { ValidatedAssetList, ValidatedCollectionList } from '$lib/mixpeek/types';
import { listAssets, listCollections, type UpstreamResult } from './mixpeek/client';
import { notFoundAs, requestContext as context } from './related';
import type { UpstreamError } from './mixpeek/errors';

export function fetchTriagePage(
	collectionId: string,
	query: TriageQuery,
	namespace: string | null,
	locals: App.Locals
): Promise<UpstreamResult<ValidatedAssetList>> {
	return listAssets(
		triageRequestBody(collectionId, query.status),
		{ page: query.page, pageSize: query.pageSize },
		context(namespace, locals)
	);
}

/** Every collection of the namespace, a page of 100 at a time (a few pages at most in practice). */
export async function fetchCollections(
	namespace: string | null,
	locals: App.Locals,
	maxPages = 5
): Promise<UpstreamResult<ValidatedCollectionList>> {
	const ctx = context(namespace, locals);
	const first = await listCollections({ page: 1, pageSize: 100 }, ctx);
	if (!first.ok) return first;
	const results = [...first.data.results];
	const pages = Math.min(maxPages, first.data.pagination.total_pages);
	for (let page = 2; page <= pages; page++) {
		const next = await listCollections({ page, pageSize: 100 }, ctx);
		if (!next.ok) return next;
		results.push(...next.data.results);
	}
	return { ...first, data: { ...first.data, results } };
}

/** A 404 from the list means the collection (the only thing it names) does not exist. */
export function collectionError(err: UpstreamError, collectionId: string): UpstreamError {
	return notFoundAs(
		err,
		'collection_not_found',
		`No collection “${collectionId}” in this namespace.`
	);
}
