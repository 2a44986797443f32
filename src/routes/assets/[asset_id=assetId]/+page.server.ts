import { redirect } from '@sveltejs/kit';
import {
	assertNamespace,
	fetchAsset,
	requestedNamespace,
	throwPageError
} from '$lib/server/asset-request';
import { firstPaintSlice } from '$lib/asset/first-paint';
import { readViewParams } from '$lib/links';
import { settingsHref } from '$lib/links';
import { config } from '$lib/server/config';
import { checkOtherNamespaces } from '$lib/server/other-namespaces';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, locals, setHeaders }) => {
	if (!locals.apiKey) redirect(303, settingsHref(url));
	const namespace = requestedNamespace(url, locals);
	assertNamespace(namespace);

	const result = await fetchAsset(params.asset_id, namespace, locals);
	// Presigned URLs are credentials with a lifetime: never let a shared cache keep the page.
	setHeaders({ 'cache-control': 'private, no-store' });
	if (!result.ok) {
		const otherNamespaces =
			result.error.kind === 'asset_not_found'
				? await checkOtherNamespaces(params.asset_id, namespace, {
						apiKey: locals.apiKey,
						requestId: locals.requestId
					})
				: undefined;
		throwPageError(result.error, {
			assetId: params.asset_id,
			namespace,
			requestId: locals.requestId,
			otherNamespaces
		});
	}
	const view = readViewParams(null, url);
	const slice = firstPaintSlice(result.data, { item: view.item, tab: view.tab, page: view.page });
	return {
		assetId: params.asset_id,
		/** The namespace sent upstream; null means the key's default namespace. */
		namespace,
		/** The asset, or for a big one the part its first paint needs (see `totals`). */
		data: slice.data,
		/** Exact counts when `data` is a window of a big asset. */
		totals: slice.totals,
		/**
		 * The features the window left out, streamed after the HTML from the same upstream answer;
		 * null when there are none or too many (the page then fetches the whole asset).
		 */
		rest: slice.rest ? Promise.resolve(slice.rest) : null,
		upstream: result.meta,
		/** For "Copy as cURL": where the upstream request went. */
		apiBaseUrl: config().apiBaseUrl
	};
}) satisfies PageServerLoad;
