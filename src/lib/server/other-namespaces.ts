/**
 * After an asset 404: which other namespaces this key can see hold the same ID. Bounded so a
 * missing asset never costs much: at most `MAX_CHECKED` namespaces, all at once, one attempt
 * each with a short timeout, and nothing presigned (the bare asset record, not its features).
 */
import type { FoundElsewhere, OtherNamespacesCheck, UpstreamTimeout } from '$lib/api';
import { getAsset, listNamespaces, type RequestContext } from './mixpeek/client';

export const MAX_CHECKED = 10;

export const SIDE_CHECK_TIMEOUT: UpstreamTimeout = {
	name: 'the other-namespace check',
	ms: 2500,
	covers: 'each lookup in another namespace'
};

function isSearched(ns: { namespace_id: string; namespace_name: string }, searched: string | null) {
	return searched !== null && (ns.namespace_name === searched || ns.namespace_id === searched);
}

/**
 * Asks every other namespace the key can see (up to `MAX_CHECKED`) for `assetId`. `searched` is
 * the namespace that answered 404; null means the key's default, which is then asked again only
 * by name, harmlessly (it answers 404 again).
 */
export async function checkOtherNamespaces(
	assetId: string,
	searched: string | null,
	ctx: Omit<RequestContext, 'namespace'>
): Promise<OtherNamespacesCheck> {
	const options = { timeout: SIDE_CHECK_TIMEOUT, retries: 0 };
	const list = await listNamespaces({ ...ctx, namespace: null }, options);
	if (!list.ok) return { found: [], checked: [], visible: 0, unsure: [], listFailed: true };

	const others = list.data.filter((ns) => !isSearched(ns, searched));
	const asked = others.slice(0, MAX_CHECKED);
	const answers = await Promise.all(
		asked.map((ns) =>
			getAsset(assetId, { ...ctx, namespace: ns.namespace_name }, options).then(
				(result) => ({ ns: ns.namespace_name, result }),
				() => ({ ns: ns.namespace_name, result: null })
			)
		)
	);

	const found: FoundElsewhere[] = [];
	const unsure: string[] = [];
	for (const { ns, result } of answers) {
		if (result?.ok) {
			found.push({
				namespace: ns,
				status: result.data.status ?? null,
				modality: result.data.modality ?? null
			});
		} else if (result?.error.kind !== 'asset_not_found') {
			unsure.push(ns);
		}
	}
	return {
		found,
		checked: asked.map((ns) => ns.namespace_name),
		visible: others.length,
		unsure
	};
}
