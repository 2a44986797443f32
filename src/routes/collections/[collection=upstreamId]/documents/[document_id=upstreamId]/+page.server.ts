import { error, redirect } from '@sveltejs/kit';
import { objectHref, settingsHref } from '$lib/links';
import { requestCall } from '$lib/server/mixpeek/client';
import { documentCall } from '$lib/server/mixpeek/current-calls';
import { assertNamespace, requestedNamespace, throwPageError } from '$lib/server/asset-request';
import type { PageServerLoad } from './$types';

/** A pasted document URL: its lineage names its object and bucket; open the object on it. */
export const load = (async ({ params, url, locals }) => {
	if (!locals.apiKey) redirect(303, settingsHref(url));
	const namespace = requestedNamespace(url, locals);
	assertNamespace(namespace);
	const result = await requestCall(documentCall(params.collection, params.document_id), {
		apiKey: locals.apiKey,
		namespace,
		requestId: locals.requestId
	});
	if (!result.ok) {
		throwPageError(result.error, {
			assetId: params.document_id,
			namespace,
			requestId: locals.requestId
		});
	}
	const lineage = result.data._internal?.lineage;
	if (!lineage?.root_object_id || !lineage.root_bucket_id) {
		error(404, {
			kind: 'object_not_found',
			message: 'This document does not say which object it was derived from.',
			assetId: params.document_id,
			namespace
		});
	}
	redirect(
		303,
		objectHref(lineage.root_bucket_id, lineage.root_object_id, {
			namespace,
			item: params.document_id
		})
	);
}) satisfies PageServerLoad;
