/**
 * Turns any upstream answer that is not a usable 200 into one typed error. Mixpeek speaks several
 * dialects: its `{success,status,error:{message,type,details}}` envelope, FastAPI's `{detail}`,
 * a flat `{error,message}` for 429, and gateways' HTML or plain text.
 */
import type { UpstreamError } from '$lib/api';

export type { UpstreamError };

export const RAW_BODY_LIMIT = 64 * 1024;

function tryJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Seconds from a Retry-After header (delta seconds or an HTTP date), else from a body hint. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
	if (!header) return undefined;
	const trimmed = header.trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed);
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, Math.ceil((date - now) / 1000));
}

function formatLoc(loc: unknown): string {
	return Array.isArray(loc) ? loc.filter((p) => p !== 'body').join('.') : '';
}

/** Field messages of a 422, from FastAPI's `detail` or the envelope's `details.validation_errors`. */
function validationDetails(body: unknown): string[] {
	if (!isRecord(body)) return [];
	if (typeof body.detail === 'string') return [body.detail.slice(0, 200)];
	const list = Array.isArray(body.detail)
		? body.detail
		: isRecord(body.error) && isRecord(body.error.details)
			? body.error.details.validation_errors
			: undefined;
	if (!Array.isArray(list)) return [];
	return list.slice(0, 20).map((item) => {
		if (!isRecord(item)) return String(item).slice(0, 200);
		const where = formatLoc(item.loc);
		const msg = typeof item.msg === 'string' ? item.msg : (item.message ?? 'invalid');
		return `${where ? `${where}: ` : ''}${String(msg).slice(0, 200)}`;
	});
}

/** The envelope's `details.resource`, which tells a missing namespace from a missing asset. */
function notFoundResource(body: unknown): string | undefined {
	if (isRecord(body) && isRecord(body.error) && isRecord(body.error.details)) {
		const resource = body.error.details.resource;
		if (typeof resource === 'string') return resource.toLowerCase();
	}
	if (isRecord(body) && typeof body.detail === 'string' && /namespace/i.test(body.detail)) {
		return 'namespace';
	}
	return undefined;
}

export function mapErrorResponse(
	status: number,
	bodyText: string,
	headers: Headers,
	namespace: string | null
): UpstreamError {
	const body = tryJson(bodyText);
	switch (status) {
		case 400:
			return { kind: 'bad_request', status, message: 'Mixpeek refused the request as malformed.' };
		case 401:
			return { kind: 'unauthorized', status, message: 'Mixpeek rejected this API key.' };
		case 403:
			return { kind: 'forbidden', status, message: 'This API key may not read assets.' };
		case 404:
			if (notFoundResource(body) === 'namespace') {
				return {
					kind: 'namespace_not_found',
					status,
					message: `Mixpeek does not know the namespace "${namespace ?? ''}".`
				};
			}
			{
				const resource = notFoundResource(body);
				if (resource && ['object', 'bucket', 'collection', 'document'].includes(resource)) {
					return {
						kind: 'object_not_found',
						status,
						message: namespace
							? `No such ${resource} in namespace "${namespace}".`
							: `No such ${resource} in the key's default namespace.`
					};
				}
			}
			return {
				kind: 'asset_not_found',
				status,
				message: namespace
					? `No such asset in namespace "${namespace}".`
					: "No such asset in the key's default namespace."
			};
		case 422:
			return {
				kind: 'validation',
				status,
				message: 'Mixpeek found the request invalid.',
				details: validationDetails(body)
			};
		case 429:
			return {
				kind: 'rate_limited',
				status,
				message: 'Mixpeek is rate limiting this key.',
				retryAfter: parseRetryAfter(headers.get('retry-after')) ?? 10
			};
		default:
			return {
				kind: 'upstream_error',
				status,
				message:
					status >= 500
						? `Mixpeek answered ${status}.`
						: `Mixpeek answered with an unexpected HTTP ${status}.`
			};
	}
}

export function invalidResponse(status: number, bodyText: string, why: string): UpstreamError {
	return {
		kind: 'invalid_response',
		status,
		message: `Mixpeek sent something this app does not understand (${why}).`,
		rawBody: bodyText.slice(0, RAW_BODY_LIMIT)
	};
}

/** The app's own HTTP status for an error kind (what the browser or SSR page gets). */
export function httpStatusFor(error: Pick<UpstreamError, 'kind'>): number {
	switch (error.kind) {
		case 'no_key':
		case 'unauthorized':
			return 401;
		case 'forbidden':
			return 403;
		case 'asset_not_found':
		case 'object_not_found':
		case 'namespace_not_found':
		case 'collection_not_found':
		case 'task_not_found':
		case 'feature_not_found':
			return 404;
		case 'validation':
			return 422;
		case 'rate_limited':
			return 429;
		case 'bad_request':
			return 400;
		case 'timeout':
			return 504;
		default:
			return 502;
	}
}
