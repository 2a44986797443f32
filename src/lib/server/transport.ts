/**
 * How the server speaks HTTP to Mixpeek. ofetch is the client; under it sits undici's own
 * `request` API on one keep-alive pool instead of Node's `fetch`, whose WHATWG streams and Response
 * objects cost more per call than the rest of the proxy's work.
 *
 * The guarantees live here, where the bytes arrive:
 * - one deadline per call covers connect, headers and the whole body, retries and their waits included;
 * - the body is read as a stream and cut off at a byte cap (a declared Content-Length over it is
 *   refused before any body is read), so no answer can grow the server's memory past the cap;
 * - redirects are never followed: the key goes to the configured host and nowhere else.
 */
import { ofetch } from 'ofetch';
import { Agent, request, type Dispatcher } from 'undici';
import { parseRetryAfter } from './mixpeek/errors';

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Retries after the first attempt for idempotent GETs. */
const MAX_RETRIES = 2;
/** A Retry-After longer than this is not waited out on the server: the user sees a countdown instead. */
const MAX_RETRY_WAIT_S = 3;
/** A retry that would have less than this left of the budget is not worth starting. */
const MIN_ATTEMPT_MS = 100;
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

export type Attempt =
	| { kind: 'response'; status: number; headers: Headers; body: string }
	| { kind: 'timeout' }
	| { kind: 'network'; reason: string }
	| { kind: 'too_large'; status: number }
	/** `location`: host and path only; a query string may carry someone's signature. */
	| { kind: 'redirect'; status: number; location: string };

export interface Send {
	method: 'GET' | 'POST';
	body: string | undefined;
}

export interface TransportLimits {
	/** The whole call, every attempt and wait included. */
	budgetMs: number;
	maxBodyBytes: number;
}

class TooLargeError extends Error {
	constructor(readonly status: number) {
		super('upstream answer over the byte cap');
	}
}

class RedirectError extends Error {
	constructor(
		readonly status: number,
		readonly location: string
	) {
		super('upstream redirected');
	}
}

/** The abort reason of a spent deadline, told apart from a dropped connection. */
class DeadlineError extends Error {}

const agent = new Agent({
	keepAliveTimeout: 10_000,
	// The deadline is enforced by the abort signal; these only stop a socket that outlives it.
	headersTimeout: 0,
	bodyTimeout: 0
});

function requestHeaders(init: RequestInit | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	const headers = init?.headers;
	if (headers instanceof Headers) headers.forEach((value, name) => (out[name] = value));
	else if (headers) Object.assign(out, headers);
	return out;
}

function responseHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
	const headers = new Headers();
	for (const name in raw) {
		const value = raw[name];
		if (Array.isArray(value)) for (const v of value) headers.append(name, v);
		else if (value !== undefined) headers.set(name, value);
	}
	return headers;
}

/** Where a 3xx pointed, as `host/path`, for the error message. */
function redirectTarget(location: string | string[] | undefined, from: string): string {
	const raw = Array.isArray(location) ? location[0] : location;
	if (!raw) return '(no Location header)';
	try {
		const target = new URL(raw, from);
		return `${target.host}${target.pathname}`.slice(0, 300);
	} catch {
		return '(an unreadable Location header)';
	}
}

/** Drops a body we will not read; undici reports its own abort as an error, which is expected here. */
function discard(body: Dispatcher.ResponseData['body']): void {
	body.on('error', () => {});
	body.destroy();
}

/** Reads a body stream into one buffer, refusing to hold more than `max` bytes. */
function readCapped(body: Dispatcher.ResponseData['body'], max: number, status: number) {
	return new Promise<Buffer>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		body.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > max) {
				discard(body);
				reject(new TooLargeError(status));
				return;
			}
			chunks.push(chunk);
		});
		body.once('error', reject);
		body.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
	});
}

/**
 * What ofetch reads of a fetch answer: status, headers, body and `text()`. The body is already read
 * (within the cap and the deadline) when this is built, so a WHATWG Response around it would add
 * a stream per call and nothing else.
 */
class BufferedResponse {
	readonly ok: boolean;
	readonly body: Buffer;
	constructor(
		readonly status: number,
		readonly headers: Headers,
		buffer: Buffer
	) {
		this.ok = status >= 200 && status < 300;
		this.body = buffer;
	}
	async text(): Promise<string> {
		return this.body.toString('utf8');
	}
}

/** A `fetch` for ofetch, on undici's pool, that enforces the cap and refuses redirects. */
export function cappedFetch(maxBodyBytes: number): typeof fetch {
	return (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		const answer = await request(url, {
			dispatcher: agent,
			method: init?.method === 'POST' ? 'POST' : 'GET',
			body: typeof init?.body === 'string' ? init.body : undefined,
			headers: requestHeaders(init),
			signal: init?.signal ?? undefined
		});
		const { statusCode: status, headers, body } = answer;
		if (status >= 300 && status < 400) {
			discard(body);
			throw new RedirectError(status, redirectTarget(headers.location, url));
		}
		if (Number(headers['content-length'] ?? 0) > maxBodyBytes) {
			discard(body);
			throw new TooLargeError(status);
		}
		const buffer = await readCapped(body, maxBodyBytes, status);
		return new BufferedResponse(status, responseHeaders(headers), buffer);
	}) as unknown as typeof fetch;
}

const clients = new Map<number, ReturnType<typeof ofetch.create>>();

function client(maxBodyBytes: number) {
	let found = clients.get(maxBodyBytes);
	if (!found) {
		found = ofetch.create(
			{ retry: 0, ignoreResponseError: true, responseType: 'text' },
			{ fetch: cappedFetch(maxBodyBytes) }
		);
		clients.set(maxBodyBytes, found);
	}
	return found;
}

function failure(err: unknown, signal: AbortSignal): Attempt {
	const cause = (err as { cause?: unknown })?.cause ?? err;
	if (cause instanceof TooLargeError) return { kind: 'too_large', status: cause.status };
	if (cause instanceof RedirectError)
		return { kind: 'redirect', status: cause.status, location: cause.location };
	if (signal.aborted && signal.reason instanceof DeadlineError) return { kind: 'timeout' };
	const code = (cause as { code?: string; cause?: { code?: string } })?.code;
	const inner = (cause as { cause?: { code?: string } })?.cause?.code;
	return { kind: 'network', reason: inner ?? code ?? 'network error' };
}

async function attempt(
	url: string,
	headers: Record<string, string>,
	timeoutMs: number,
	maxBodyBytes: number,
	send: Send
): Promise<Attempt> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new DeadlineError('deadline')), timeoutMs);
	try {
		const response = await client(maxBodyBytes).raw(url, {
			method: send.method,
			body: send.body,
			headers,
			signal: controller.signal
		});
		return {
			kind: 'response',
			status: response.status,
			headers: response.headers,
			body: (response._data as string | undefined) ?? ''
		};
	} catch (err) {
		return failure(err, controller.signal);
	} finally {
		clearTimeout(timer);
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

/**
 * One call with retries, all within `limits.budgetMs`; never throws. A GET by default; today's
 * API lists with read-only POSTs whose JSON body the server built, retried the same way.
 */
export async function getWithRetries(
	url: string,
	headers: Record<string, string>,
	limits: TransportLimits,
	send: Send = { method: 'GET', body: undefined }
): Promise<Attempt> {
	const deadline = performance.now() + limits.budgetMs;
	for (let retry = 0; ; retry++) {
		const left = deadline - performance.now();
		const outcome = await attempt(url, headers, left, limits.maxBodyBytes, send);
		const delay = retryDelayMs(outcome, retry);
		if (delay === null || performance.now() + delay + MIN_ATTEMPT_MS > deadline) return outcome;
		await new Promise((resolve) => setTimeout(resolve, delay));
	}
}

/** `16 MiB`, `512 KiB`, `900 bytes`: the cap as the error message states it. */
export function formatByteLimit(bytes: number): string {
	if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
	if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
	return `${bytes} bytes`;
}
