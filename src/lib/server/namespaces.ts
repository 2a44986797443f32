/**
 * The key's namespaces from whichever API generation is in use: the 2025 `GET /v1/namespaces`
 * (a bare array) or today's `POST /v1/namespaces/list` (`results[]`). Saving a key checks it the
 * same way.
 */
import type { UpstreamResult, RequestContext } from './mixpeek/client';
import { listNamespaces, requestCall } from './mixpeek/client';
import { namespacesCall } from './mixpeek/current-calls';
import { currentGeneration, type ApiGeneration } from './mixpeek/generation';

export type NamespaceEntry = { namespace_id: string; namespace_name: string };

/**
 * Which generation to ask: the page's own when it names one (an object page speaks today's API
 * whatever else the base URL speaks), else the one in use; 2025 when both answer or none is known.
 */
export async function namespaceGeneration(page: ApiGeneration | null): Promise<ApiGeneration> {
	if (page) return page;
	const info = await currentGeneration();
	return info.inUse === 'objects' ? 'objects' : 'assets';
}

export async function listNamespacesFor(
	generation: ApiGeneration,
	ctx: RequestContext
): Promise<UpstreamResult<NamespaceEntry[]>> {
	if (generation === 'assets') {
		const result = await listNamespaces(ctx);
		if (!result.ok) return result;
		return {
			...result,
			data: result.data.map(({ namespace_id, namespace_name }) => ({
				namespace_id,
				namespace_name
			}))
		};
	}
	const result = await requestCall(namespacesCall(), ctx);
	if (!result.ok) return result;
	return {
		...result,
		data: result.data.results.map((n) => ({
			// Today's namespace_id is optional in the spec; the name is what X-Namespace accepts too.
			namespace_id: n.namespace_id ?? n.namespace_name,
			namespace_name: n.namespace_name
		}))
	};
}
