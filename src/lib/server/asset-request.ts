/**
 * Shared by the asset page's load and the browser's refresh route, so both see the same data,
 * the same checks and the same errors.
 */
import { error } from '@sveltejs/kit';
import { namespaceProblem } from '$lib/ids';
import { effectiveNamespace } from '$lib/links';
import type { ValidatedAssetData } from '$lib/mixpeek/types';
import { getAssetFeatures, type UpstreamResult } from './mixpeek/client';
import { httpStatusFor, type UpstreamError } from './mixpeek/errors';
import type { OtherNamespacesCheck } from '$lib/api';

/** The namespace a request means: `?namespace=`, else the user's default, else none. */
export function requestedNamespace(url: URL, locals: App.Locals): string | null {
	return effectiveNamespace(url, locals.defaultNamespace);
}

/** Throws a 400 for a namespace that could never be sent as a header. */
export function assertNamespace(namespace: string | null): void {
	const problem = namespace === null ? null : namespaceProblem(namespace);
	if (problem) error(400, { message: problem, kind: 'bad_input' });
}

/** Fetches the asset's features with the request's key; call only once `locals.apiKey` is set. */
export function fetchAsset(
	assetId: string,
	namespace: string | null,
	locals: App.Locals
): Promise<UpstreamResult<ValidatedAssetData>> {
	if (!locals.apiKey) throw new Error('fetchAsset needs a key; check locals.apiKey first');
	return getAssetFeatures(assetId, {
		apiKey: locals.apiKey,
		namespace,
		requestId: locals.requestId,
		identity: locals.identity
	});
}

/** Throws an upstream failure as the SvelteKit error the page's `+error.svelte` renders. */
export function throwPageError(
	err: UpstreamError,
	context: {
		assetId: string;
		namespace: string | null;
		requestId: string;
		otherNamespaces?: OtherNamespacesCheck;
	}
): never {
	error(httpStatusFor(err), {
		message: err.message,
		kind: err.kind,
		errorId: context.requestId,
		retryAfter: err.retryAfter,
		namespace: context.namespace,
		assetId: context.assetId,
		details: err.details,
		rawBody: err.rawBody,
		upstreamStatus: err.status,
		upstreamRequestId: err.upstreamRequestId,
		latencyMs: err.latencyMs,
		attempts: err.attempts,
		timeout: err.timeout,
		otherNamespaces: context.otherNamespaces
	});
}
