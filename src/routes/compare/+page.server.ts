import { error, redirect } from '@sveltejs/kit';
import { assetIdProblem, namespaceProblem } from '$lib/ids';
import { buildCompareView } from '$lib/compare/view';
import { fetchAsset, throwPageError } from '$lib/server/asset-request';
import type { PageServerLoad } from './$types';

/** A query value, trimmed; empty counts as absent. */
function param(url: URL, name: string): string | null {
	const value = url.searchParams.get(name)?.trim();
	return value ? value : null;
}

function checkId(id: string | null, side: string): void {
	const problem = id === null ? null : assetIdProblem(id);
	if (problem) error(400, { message: `Asset ${side}: ${problem}`, kind: 'bad_input' });
}

function checkNamespace(namespace: string | null): void {
	const problem = namespace === null ? null : namespaceProblem(namespace);
	if (problem) error(400, { message: problem, kind: 'bad_input' });
}

export const load = (async ({ url, locals, setHeaders }) => {
	if (!locals.apiKey)
		redirect(303, `/settings?next=${encodeURIComponent(url.pathname + url.search)}`);
	const a = param(url, 'a');
	const b = param(url, 'b');
	checkId(a, 'A');
	checkId(b, 'B');
	const shared = param(url, 'namespace');
	const namespaceA = param(url, 'na') ?? shared ?? locals.defaultNamespace;
	const namespaceB = param(url, 'nb') ?? shared ?? locals.defaultNamespace;
	checkNamespace(namespaceA);
	checkNamespace(namespaceB);
	const sides = { a, b, namespaceA, namespaceB };
	// Without both IDs the page is a form; nothing goes upstream.
	if (a === null || b === null) return { ...sides, view: null };

	const [left, right] = await Promise.all([
		fetchAsset(a, namespaceA, locals),
		fetchAsset(b, namespaceB, locals)
	]);
	setHeaders({ 'cache-control': 'private, no-store' });
	for (const [result, id, namespace] of [
		[left, a, namespaceA],
		[right, b, namespaceB]
	] as const) {
		if (!result.ok) {
			throwPageError(result.error, { assetId: id, namespace, requestId: locals.requestId });
		}
	}
	if (!left.ok || !right.ok) throw new Error('unreachable: failures were thrown above');
	return {
		...sides,
		view: buildCompareView(
			{ assetId: a, namespace: namespaceA, asset: left.data.asset, features: left.data.features },
			{ assetId: b, namespace: namespaceB, asset: right.data.asset, features: right.data.features }
		)
	};
}) satisfies PageServerLoad;
