import { redirect } from '@sveltejs/kit';
import { settingsHref } from '$lib/links';
import { assertNamespace, requestedNamespace, throwPageError } from '$lib/server/asset-request';
import { config } from '$lib/server/config';
import { fetchObject } from '$lib/server/object-request';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, locals, setHeaders }) => {
	if (!locals.apiKey) redirect(303, settingsHref(url));
	const namespace = requestedNamespace(url, locals);
	assertNamespace(namespace);

	const result = await fetchObject(params.bucket, params.object_id, namespace, locals);
	// Presigned URLs are credentials with a lifetime: never let a shared cache keep the page.
	setHeaders({ 'cache-control': 'private, no-store' });
	if (!result.ok) {
		throwPageError(result.error, {
			assetId: params.object_id,
			namespace,
			requestId: locals.requestId
		});
	}
	return {
		bucketId: params.bucket,
		objectId: params.object_id,
		namespace,
		payload: result.payload,
		apiBaseUrl: config().apiBaseUrl
	};
}) satisfies PageServerLoad;
