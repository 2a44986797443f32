import { error, redirect } from '@sveltejs/kit';
import { objectHref, settingsHref } from '$lib/links';
import { assertNamespace, requestedNamespace, throwPageError } from '$lib/server/asset-request';
import { findBucketOf } from '$lib/server/object-request';
import type { PageServerLoad } from './$types';

/** An object pasted without its bucket: its documents say where it lives, then on to its page. */
export const load = (async ({ params, url, locals }) => {
	if (!locals.apiKey) redirect(303, settingsHref(url));
	const namespace = requestedNamespace(url, locals);
	assertNamespace(namespace);
	const found = await findBucketOf(params.object_id, namespace, locals);
	if (!found.ok) {
		throwPageError(found.error, {
			assetId: params.object_id,
			namespace,
			requestId: locals.requestId
		});
	}
	if (!found.bucketId) {
		error(404, {
			kind: 'object_not_found',
			message:
				'No call of the API reads an object without its bucket, and this one has no documents that name it. Paste its bucket and object URL (…/v1/buckets/<bucket>/objects/<object>) instead.',
			assetId: params.object_id,
			namespace
		});
	}
	const item = url.searchParams.get('item');
	redirect(303, objectHref(found.bucketId, params.object_id, { namespace, item }));
}) satisfies PageServerLoad;
