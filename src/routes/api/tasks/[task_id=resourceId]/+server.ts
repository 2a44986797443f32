import type { TaskPayload } from '$lib/api';
import { namespaceProblem } from '$lib/ids';
import { apiError, apiJson, badRequestError, noKeyError } from '$lib/server/api-response';
import { requestedNamespace } from '$lib/server/asset-request';
import { fetchTask } from '$lib/server/related';
import type { RequestHandler } from './$types';

/** The asset's task, for the task panel (polled on the asset's own schedule). */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	if (!locals.apiKey) return noKeyError();
	const namespace = requestedNamespace(url, locals);
	const problem = namespace === null ? null : namespaceProblem(namespace);
	if (problem) return badRequestError(problem);
	const result = await fetchTask(params.task_id, namespace, locals);
	if (!result.ok) return apiError(result.error);
	return apiJson({ data: result.data, upstream: result.meta } satisfies TaskPayload);
};
