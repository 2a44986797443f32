/**
 * The one client for Mixpeek. Every upstream call goes through `request()`, which sets the base
 * URL, the key, the namespace, the timeout and the retry policy in one place, and answers with a
 * typed result instead of throwing.
 */
import { randomUUID } from 'node:crypto';
import {
	parseAsset,
	parseAssetData,
	parseAssetList,
	parseCollectionList,
	parseFeatureDetail,
	parseNamespaces,
	parseTask,
	type ValidatedAsset,
	type ValidatedAssetData,
	type ValidatedNamespaces
} from './schema';
import type {
	ListAssetsRequest,
	ValidatedAssetList,
	ValidatedCollectionList,
	ValidatedFeatureDetail,
	ValidatedTask
} from '$lib/mixpeek/types';
import type { UpstreamMeta, UpstreamTimeout } from '$lib/api';
import { coalesce, coalesceKey } from '../coalesce';
import { config } from '../config';
import { logUpstream } from '../log';
import { formatByteLimit, getWithRetries } from '../transport';
import type { UpstreamCall } from './current-calls';
import { invalidResponse, mapErrorResponse, type UpstreamError } from './errors';

export type UpstreamResult<T> =
	| {
			ok: true;
			data: T;
			/** The upstream body as received; it passed validation, so it can be relayed as is. */
			body: string;
			meta: UpstreamMeta;
	  }
	| { ok: false; error: UpstreamError; meta: UpstreamMeta };

export interface RequestContext {
	apiKey: string;
	namespace: string | null;
	/** Our request id, sent upstream for correlation and used in logs. */
	requestId: string;
	/** Who is asking (the auth proxy's identity header), for the log; never the key. */
	identity?: string | null;
}

type Parse<T> = (
	body: unknown
) => { success: true; output: T } | { success: false; issues: unknown[] };

export interface RequestOptions {
	sendNamespace: boolean;
	/** Overrides MIXPEEK_TIMEOUT_MS for a call that must stay short (a side check). */
	timeout?: UpstreamTimeout;
	/** Overrides the retry count (0: one attempt only). */
	retries?: number;
	/** A JSON body: the call becomes a POST read (retried like a GET). */
	jsonBody?: unknown;
}

async function request<T>(
	path: string,
	ctx: RequestContext,
	parse: Parse<T>,
	options: RequestOptions
): Promise<UpstreamResult<T>> {
	const namespace = options.sendNamespace ? ctx.namespace : null;
	const body = options.jsonBody === undefined ? undefined : JSON.stringify(options.jsonBody);
	// A POST read is identical only with the same body too; a side check with its own limits
	// never shares a call with (or cuts short) a full one.
	const sharing = body === undefined ? path : `POST ${path} ${body}`;
	const key = coalesceKey(ctx.apiKey, namespace, sharing) + (options.timeout ? ' side' : '');
	const { value, shared } = await coalesce(key, async () => ({
		result: await callUpstream(path, ctx, parse, namespace, options, body),
		leader: ctx.requestId
	}));
	if (shared) {
		logUpstream({
			requestId: ctx.requestId,
			user: ctx.identity ?? null,
			path,
			namespace,
			status: value.result.meta.status,
			latencyMs: value.result.meta.latencyMs,
			outcome: 'shared',
			sharedWith: value.leader
		});
	}
	return value.result;
}

async function callUpstream<T>(
	path: string,
	ctx: RequestContext,
	parse: Parse<T>,
	namespace: string | null,
	options: RequestOptions,
	body?: string
): Promise<UpstreamResult<T>> {
	const { apiBaseUrl, upstreamTimeoutMs, upstreamMaxBodyBytes } = config();
	const timeout = options.timeout ?? {
		name: 'MIXPEEK_TIMEOUT_MS',
		ms: upstreamTimeoutMs,
		covers: 'the whole call: connect, headers, body and any retries'
	};
	const headers: Record<string, string> = {
		authorization: `Bearer ${ctx.apiKey}`,
		accept: 'application/json',
		'x-request-id': ctx.requestId
	};
	if (namespace) headers['x-namespace'] = namespace;
	if (body !== undefined) headers['content-type'] = 'application/json';

	const started = performance.now();
	const stats = { attempts: 0 };
	const outcome = await getWithRetries(
		apiBaseUrl + path,
		headers,
		{
			budgetMs: timeout.ms,
			maxBodyBytes: upstreamMaxBodyBytes,
			maxRetries: options.retries,
			stats
		},
		body
	);
	const status = 'status' in outcome ? outcome.status : 0;
	const upstreamRequestId =
		(outcome.kind === 'response' && outcome.headers.get('x-request-id')) || undefined;
	const meta: UpstreamMeta = {
		status,
		latencyMs: Math.round(performance.now() - started),
		requestId: upstreamRequestId ?? ctx.requestId,
		fetchedAt: Date.now(),
		namespace
	};
	logUpstream({
		requestId: ctx.requestId,
		user: ctx.identity ?? null,
		path,
		namespace,
		status,
		latencyMs: meta.latencyMs,
		outcome: outcome.kind
	});

	// What an operator needs for a support ticket travels with the error itself.
	const fail = (error: UpstreamError): UpstreamResult<T> => ({
		ok: false,
		error: { ...error, upstreamRequestId, latencyMs: meta.latencyMs, attempts: stats.attempts },
		meta
	});
	switch (outcome.kind) {
		case 'timeout':
			return fail({
				kind: 'timeout',
				status: 0,
				message: 'Mixpeek did not answer in time.',
				timeout
			});
		case 'network':
			return fail({
				kind: 'unreachable',
				status: 0,
				message: `Mixpeek could not be reached (${outcome.reason}).`
			});
		case 'too_large':
			return fail({
				kind: 'upstream_error',
				status,
				message: `Mixpeek's answer was too large (over ${formatByteLimit(upstreamMaxBodyBytes)}).`
			});
		case 'redirect':
			return fail({
				kind: 'upstream_error',
				status,
				message: `Mixpeek redirected to ${outcome.location}; not followed.`
			});
	}
	if (outcome.status !== 200)
		return fail(mapErrorResponse(outcome.status, outcome.body, outcome.headers, namespace));

	let json: unknown;
	try {
		json = JSON.parse(outcome.body);
	} catch {
		return fail(invalidResponse(status, outcome.body, 'not valid JSON'));
	}
	const parsed = parse(json);
	if (!parsed.success)
		return fail(invalidResponse(status, outcome.body, 'not the documented shape'));
	return { ok: true, data: parsed.output, body: outcome.body, meta };
}

/** `GET /v1/assets/{id}/features?return_url=true`: the asset with its features and presigned URLs. */
export function getAssetFeatures(
	assetId: string,
	ctx: RequestContext
): Promise<UpstreamResult<ValidatedAssetData>> {
	// One encoded path segment, whatever the ID holds: it can never reach another route.
	const path = `/v1/assets/${encodeURIComponent(assetId)}/features?return_url=true`;
	return request(path, ctx, parseAssetData, { sendNamespace: true });
}

/**
 * `GET /v1/assets/{id}?return_url=false`: the asset record alone (no features, nothing presigned),
 * the cheapest way to ask whether a namespace holds an ID.
 */
export function getAsset(
	assetId: string,
	ctx: RequestContext,
	options: Omit<RequestOptions, 'sendNamespace'> = {}
): Promise<UpstreamResult<ValidatedAsset>> {
	const path = `/v1/assets/${encodeURIComponent(assetId)}?return_url=false`;
	return request(path, ctx, parseAsset, { ...options, sendNamespace: true });
}

/** `GET /v1/namespaces`: the namespaces this key can see (also how a key is checked on save). */
export function listNamespaces(
	ctx: RequestContext,
	options: Omit<RequestOptions, 'sendNamespace'> = {}
): Promise<UpstreamResult<ValidatedNamespaces>> {
	return request('/v1/namespaces', ctx, parseNamespaces, { ...options, sendNamespace: false });
}

/** `GET /v1/tasks/{task_id}`: the processing task behind an asset. */
export function getTask(
	taskId: string,
	ctx: RequestContext
): Promise<UpstreamResult<ValidatedTask>> {
	return request(`/v1/tasks/${encodeURIComponent(taskId)}`, ctx, parseTask, {
		sendNamespace: true
	});
}

/** `GET /v1/features/{feature_id}?return_vectors=true`: one feature with its embeddings. */
export function getFeature(
	featureId: string,
	ctx: RequestContext
): Promise<UpstreamResult<ValidatedFeatureDetail>> {
	const path = `/v1/features/${encodeURIComponent(featureId)}?return_vectors=true`;
	return request(path, ctx, parseFeatureDetail, { sendNamespace: true });
}

/** `GET /v1/collections`: one page of the namespace's collections. */
export function listCollections(
	page: { page: number; pageSize: number },
	ctx: RequestContext
): Promise<UpstreamResult<ValidatedCollectionList>> {
	const path = `/v1/collections?page=${page.page}&page_size=${page.pageSize}`;
	return request(path, ctx, parseCollectionList, { sendNamespace: true });
}

/**
 * `POST /v1/assets`: one page of a filtered, sorted asset list. A read, so retried like a GET;
 * the body is always built by the server (`$lib/triage/query`), never taken from the browser.
 */
export function listAssets(
	body: ListAssetsRequest,
	page: { page: number; pageSize: number },
	ctx: RequestContext
): Promise<UpstreamResult<ValidatedAssetList>> {
	const path = `/v1/assets?page=${page.page}&page_size=${page.pageSize}`;
	return request(path, ctx, parseAssetList, { sendNamespace: true, jsonBody: body });
}

/** One call of today's API, as `current-calls.ts` built it. */
export function requestCall<T>(
	call: UpstreamCall<T>,
	ctx: RequestContext
): Promise<UpstreamResult<T>> {
	return request(call.path, ctx, call.parse, {
		sendNamespace: call.sendNamespace,
		jsonBody: call.method === 'POST' ? (call.body ?? {}) : undefined
	});
}

export function newRequestId(): string {
	return randomUUID();
}
