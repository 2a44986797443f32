/**
 * The one client for Mixpeek. Every upstream call goes through `request()`, which sets the base
 * URL, the key, the namespace, the timeout and the retry policy in one place, and answers with a
 * typed result instead of throwing.
 */
import { randomUUID } from 'node:crypto';
import {
	parseAssetData,
	parseNamespaces,
	type ValidatedAssetData,
	type ValidatedNamespaces
} from './schema';
import type { UpstreamMeta } from '$lib/api';
import { coalesce, coalesceKey } from '../coalesce';
import { config } from '../config';
import { logUpstream } from '../log';
import { formatByteLimit, getWithRetries, type Send } from '../transport';
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

async function request<T>(
	path: string,
	ctx: RequestContext,
	parse: Parse<T>,
	options: {
		sendNamespace: boolean;
		/** Today's API lists with POSTs; their bodies are built by `current-calls.ts`, never relayed. */
		method?: 'GET' | 'POST';
		body?: Record<string, unknown> | null;
	}
): Promise<UpstreamResult<T>> {
	const namespace = options.sendNamespace ? ctx.namespace : null;
	const send: Send = {
		method: options.method ?? 'GET',
		body: options.body ? JSON.stringify(options.body) : undefined
	};
	// Calls share an answer only when method and body match too.
	const key = coalesceKey(ctx.apiKey, namespace, `${send.method} ${path} ${send.body ?? ''}`);
	const { value, shared } = await coalesce(key, async () => ({
		result: await callUpstream(path, ctx, parse, namespace, send),
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
	send: Send
): Promise<UpstreamResult<T>> {
	const { apiBaseUrl, upstreamTimeoutMs, upstreamMaxBodyBytes } = config();
	const headers: Record<string, string> = {
		authorization: `Bearer ${ctx.apiKey}`,
		accept: 'application/json',
		'x-request-id': ctx.requestId
	};
	if (namespace) headers['x-namespace'] = namespace;
	if (send.body !== undefined) headers['content-type'] = 'application/json';

	const started = performance.now();
	const outcome = await getWithRetries(
		apiBaseUrl + path,
		headers,
		{ budgetMs: upstreamTimeoutMs, maxBodyBytes: upstreamMaxBodyBytes },
		send
	);
	const status = 'status' in outcome ? outcome.status : 0;
	const meta: UpstreamMeta = {
		status,
		latencyMs: Math.round(performance.now() - started),
		requestId:
			(outcome.kind === 'response' && outcome.headers.get('x-request-id')) || ctx.requestId,
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

	const fail = (error: UpstreamError): UpstreamResult<T> => ({ ok: false, error, meta });
	switch (outcome.kind) {
		case 'timeout':
			return fail({ kind: 'timeout', status: 0, message: 'Mixpeek did not answer in time.' });
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

/** `GET /v1/namespaces`: the namespaces this key can see (also how a key is checked on save). */
export function listNamespaces(ctx: RequestContext): Promise<UpstreamResult<ValidatedNamespaces>> {
	return request('/v1/namespaces', ctx, parseNamespaces, { sendNamespace: false });
}

/** One call of today's API, as `current-calls.ts` built it. */
export function requestCall<T>(
	call: UpstreamCall<T>,
	ctx: RequestContext
): Promise<UpstreamResult<T>> {
	return request(call.path, ctx, call.parse, {
		sendNamespace: call.sendNamespace,
		method: call.method,
		body: call.body
	});
}

export function newRequestId(): string {
	return randomUUID();
}
