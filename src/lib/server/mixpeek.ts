/**
 * The one client for Mixpeek. Every upstream call goes through `request()`, which sets the base
 * URL, the key, the namespace, the timeout and the retry policy in one place, and answers with a
 * typed result instead of throwing.
 */
import { randomUUID } from 'node:crypto';
import { ofetch } from 'ofetch';
import {
	parseAssetData,
	parseNamespaces,
	type ValidatedAssetData,
	type ValidatedNamespaces
} from '$lib/mixpeek/schema';
import type { UpstreamMeta } from '$lib/mixpeek/types';
import { config } from './config';
import { logUpstream } from './log';
import {
	invalidResponse,
	mapErrorResponse,
	parseRetryAfter,
	type UpstreamError
} from './upstream-errors';

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
}

/** Retries after the first attempt for idempotent GETs. */
const MAX_RETRIES = 2;
/** A Retry-After longer than this is not waited out on the server: the user sees a countdown instead. */
const MAX_RETRY_WAIT_S = 3;
/** Bodies larger than this are refused rather than parsed (a broken upstream can send anything). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

type Attempt =
	| { kind: 'response'; status: number; headers: Headers; body: string }
	| { kind: 'timeout' }
	| { kind: 'network'; reason: string }
	| { kind: 'too_large'; status: number };

async function attempt(url: string, headers: Record<string, string>): Promise<Attempt> {
	try {
		const response = await ofetch.raw(url, {
			method: 'GET',
			headers,
			retry: 0,
			timeout: config().upstreamTimeoutMs,
			ignoreResponseError: true,
			responseType: 'text'
		});
		const declared = Number(response.headers.get('content-length') ?? 0);
		const body = (response._data as string | undefined) ?? '';
		if (declared > MAX_BODY_BYTES || body.length > MAX_BODY_BYTES) {
			return { kind: 'too_large', status: response.status };
		}
		return { kind: 'response', status: response.status, headers: response.headers, body };
	} catch (err) {
		const name =
			(err as { cause?: { name?: string }; name?: string })?.cause?.name ?? (err as Error)?.name;
		if (name === 'TimeoutError' || String(err).includes('TimeoutError')) return { kind: 'timeout' };
		const cause = (err as { cause?: { code?: string } })?.cause;
		return { kind: 'network', reason: cause?.code ?? 'network error' };
	}
}

function backoffMs(retry: number): number {
	return 250 * 2 ** retry;
}

/** How long to wait before the next try, or null when this outcome must not be retried. */
function retryDelayMs(outcome: Attempt, retry: number): number | null {
	if (retry >= MAX_RETRIES) return null;
	if (outcome.kind === 'network') return backoffMs(retry);
	if (outcome.kind !== 'response' || !RETRYABLE_STATUS.has(outcome.status)) return null;
	if (outcome.status === 429) {
		const wait = parseRetryAfter(outcome.headers.get('retry-after'));
		if (wait === undefined) return backoffMs(retry);
		return wait <= MAX_RETRY_WAIT_S ? wait * 1000 : null;
	}
	return backoffMs(retry);
}

async function request<T>(
	path: string,
	ctx: RequestContext,
	parse: (body: unknown) => { success: true; output: T } | { success: false; issues: unknown[] },
	options: { sendNamespace: boolean }
): Promise<UpstreamResult<T>> {
	const { apiBaseUrl } = config();
	const namespace = options.sendNamespace ? ctx.namespace : null;
	const headers: Record<string, string> = {
		authorization: `Bearer ${ctx.apiKey}`,
		accept: 'application/json',
		'x-request-id': ctx.requestId
	};
	if (namespace) headers['x-namespace'] = namespace;

	const started = performance.now();
	let outcome: Attempt;
	for (let retry = 0; ; retry++) {
		outcome = await attempt(apiBaseUrl + path, headers);
		const delay = retryDelayMs(outcome, retry);
		if (delay === null) break;
		await new Promise((resolve) => setTimeout(resolve, delay));
	}

	const status = outcome.kind === 'response' || outcome.kind === 'too_large' ? outcome.status : 0;
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
			return fail(invalidResponse(status, '', 'the answer was too large'));
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

export function newRequestId(): string {
	return randomUUID();
}
