/**
 * Reads of what sits around an asset (its task, one feature, its collection), with a 404 told
 * as the missing thing it is rather than as a missing asset.
 */
import type { UpstreamErrorKind } from '$lib/api';
import type { ValidatedFeatureDetail, ValidatedTask } from '$lib/mixpeek/types';
import { getFeature, getTask, type RequestContext, type UpstreamResult } from './mixpeek/client';
import type { UpstreamError } from './mixpeek/errors';

export function requestContext(namespace: string | null, locals: App.Locals): RequestContext {
	if (!locals.apiKey) throw new Error('an upstream read needs a key; check locals.apiKey first');
	return { apiKey: locals.apiKey, namespace, requestId: locals.requestId };
}

/** Mixpeek's 404 names the resource; the generic mapping assumes an asset. */
export function notFoundAs(
	err: UpstreamError,
	kind: Extract<UpstreamErrorKind, `${string}_not_found`>,
	message: string
): UpstreamError {
	// Mixpeek's 404 names a resource only sometimes: either generic kind means "this thing".
	const generic = err.kind === 'asset_not_found' || err.kind === 'object_not_found';
	return generic ? { ...err, kind, message } : err;
}

export async function fetchTask(
	taskId: string,
	namespace: string | null,
	locals: App.Locals
): Promise<UpstreamResult<ValidatedTask>> {
	const result = await getTask(taskId, requestContext(namespace, locals));
	if (result.ok) return result;
	const message = `Mixpeek has no task “${taskId}” any more: it may have expired or been deleted.`;
	return { ...result, error: notFoundAs(result.error, 'task_not_found', message) };
}

export async function fetchFeature(
	featureId: string,
	namespace: string | null,
	locals: App.Locals
): Promise<UpstreamResult<ValidatedFeatureDetail>> {
	const result = await getFeature(featureId, requestContext(namespace, locals));
	if (result.ok) return result;
	const message = `Mixpeek has no feature “${featureId}” in this namespace.`;
	return { ...result, error: notFoundAs(result.error, 'feature_not_found', message) };
}
