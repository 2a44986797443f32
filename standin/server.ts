import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { CONTROL_PREFIX, handleControl, type StandinConfig } from './control';
import {
	assetNotFound,
	boolParsingError,
	envelope,
	forbidden,
	internalError,
	methodNotAllowed,
	namespaceNotFound,
	routeNotFound,
	taskNotFound,
	unauthorized,
	type ApiError
} from './errors';
import { builtInFault, FaultBoard, faultOutcome, inflate, type Route } from './faults';
import { hostileFault } from './hostile-faults';
import { parseBool, requestId, sendJson, sendText, unquote } from './http';
import { authenticate, resolveNamespace, type Namespace } from './keys';
import { OBJECT_PREFIX, objectPath, serveObject } from './objects';
import { Presigner } from './presign';
import { AROUND_METHODS, answerAround, matchAroundRoute, type AroundRoute } from './routes-around';
import { handleCurrentApi, isCurrentPath, type CurrentDeps } from './v2026/router';
import {
	faultPlaceholder,
	findSample,
	findSampleByTask,
	type RenderContext,
	type Sample
} from './samples';
import { renderTaskStory } from './samples-tasks';

export type { StandinConfig } from './control';

export interface StandinOptions extends Partial<StandinConfig> {
	/** Base of presigned object URLs; defaults to the address the server listens on. */
	publicUrl?: string;
	/** Called with one line per finished request (no query string, so no signatures). */
	onRequest?: (line: string) => void;
	/** Clock override for tests. */
	now?: () => number;
}

export interface RequestLogEntry {
	time: string;
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[]>;
}

export interface Standin {
	server: Server;
	listen(port?: number, host?: string): Promise<string>;
	close(): Promise<void>;
	log: RequestLogEntry[];
	reset(): void;
	config: StandinConfig;
	faults: FaultBoard;
	readonly baseUrl: string | null;
}

export const DEFAULT_CONFIG: StandinConfig = {
	urlTtlSeconds: 3600,
	processingMs: 20000,
	slowMs: 20000,
	generation: 'both'
};

const LOG_LIMIT = 10000;

type ApiRoute = Route | AroundRoute | { kind: 'health' };

const ALLOWED_METHODS = ['GET'];

function allowedMethods(route: ApiRoute): string[] {
	return Object.hasOwn(AROUND_METHODS, route.kind)
		? AROUND_METHODS[route.kind as AroundRoute['kind']]
		: ALLOWED_METHODS;
}

/** Matches on the raw path so an encoded slash stays inside the id it belongs to. */
function matchRoute(path: string): ApiRoute | null {
	if (path === '/healthcheck') return { kind: 'health' };
	if (path === '/v1/namespaces') return { kind: 'namespaces' };
	const segments = path.split('/');
	if (segments[0] !== '' || segments[1] !== 'v1' || !segments[3]) return null;
	const id = unquote(segments[3]);
	if (segments[2] === 'assets' && segments.length === 4) return { kind: 'asset', id };
	if (segments[2] === 'assets' && segments.length === 5 && segments[4] === 'features') {
		return { kind: 'features', id };
	}
	if (segments[2] === 'tasks' && segments.length === 4) return { kind: 'task', id };
	return null;
}

function redactedHeaders(req: IncomingMessage): Record<string, string | string[]> {
	const headers: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value === undefined) continue;
		headers[name] =
			name === 'authorization'
				? /^bearer\s/i.test(String(value))
					? 'Bearer [redacted]'
					: '[redacted]'
				: value;
	}
	return headers;
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
	const record: Record<string, string | string[]> = {};
	for (const key of new Set(query.keys())) {
		const values = query.getAll(key);
		record[key] = values.length === 1 ? values[0] : values;
	}
	return record;
}

export function createStandin(options: StandinOptions = {}): Standin {
	const now = options.now ?? Date.now;
	const defaults: StandinConfig = {
		urlTtlSeconds: options.urlTtlSeconds ?? DEFAULT_CONFIG.urlTtlSeconds,
		processingMs: options.processingMs ?? DEFAULT_CONFIG.processingMs,
		slowMs: options.slowMs ?? DEFAULT_CONFIG.slowMs,
		generation: options.generation ?? DEFAULT_CONFIG.generation
	};
	const config: StandinConfig = { ...defaults };
	const presigner = new Presigner();
	const faults = new FaultBoard();
	const log: RequestLogEntry[] = [];
	const clocks = new Map<string, number>();
	const timers = new Set<NodeJS.Timeout>();
	let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? null;

	function reset(): void {
		faults.clear();
		log.length = 0;
		clocks.clear();
		Object.assign(config, defaults);
	}

	const currentDeps: CurrentDeps = {
		context: (namespace, presign) => {
			const ctx = renderContext(namespace, presign);
			return { namespace, presign, url: ctx.url, processingPhase: ctx.processingPhase };
		},
		faults,
		slowMs: () => config.slowMs,
		delay
	};

	function renderContext(namespace: Namespace, returnUrl: boolean): RenderContext {
		const sign = presigner.session(now(), config.urlTtlSeconds);
		const clock = (assetId: string, start: boolean) => {
			const key = `${namespace.namespace_id}/${assetId}`;
			if (start && !clocks.has(key)) clocks.set(key, now());
			const startedAt = clocks.get(key);
			const spanMs = Math.max(1, config.processingMs);
			return startedAt === undefined
				? { tracked: false, startedAt: 0, spanMs, fraction: 0 }
				: { tracked: true, startedAt, spanMs, fraction: (now() - startedAt) / spanMs };
		};
		return {
			returnUrl,
			url: (owner, file) =>
				returnUrl ? publicUrl + sign(objectPath(namespace.namespace_id, owner, file)) : null,
			processingPhase: (assetId) => {
				const { fraction } = clock(assetId, true);
				if (fraction >= 1 || config.processingMs === 0) return 'DONE';
				return fraction < 0.25 ? 'PENDING' : 'PROCESSING';
			},
			processingClock: (assetId) => clock(assetId, false)
		};
	}

	function delay(res: ServerResponse, ms: number): Promise<boolean> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve(!res.destroyed);
			}, ms);
			timers.add(timer);
			// A client that gives up must not keep a timer (or the process) alive.
			res.once('close', () => {
				clearTimeout(timer);
				timers.delete(timer);
				resolve(false);
			});
		});
	}

	/**
	 * Checks in a fixed order (route, method, key, query, permission, namespace, fault) so a fault
	 * asset still answers 401/403/404 first, as the real API would before reaching the asset.
	 */
	async function handleApi(
		req: IncomingMessage,
		res: ServerResponse,
		path: string,
		query: URLSearchParams
	): Promise<void> {
		const headers = { 'x-request-id': requestId() };
		const fail = (error: ApiError) =>
			sendJson(res, error.status, error.body, { ...headers, ...error.headers });

		const route = matchRoute(path) ?? matchAroundRoute(path);
		if (!route) return fail(routeNotFound(path));
		const allowed = allowedMethods(route);
		if (!allowed.includes(req.method ?? '')) {
			return fail(methodNotAllowed(req.method ?? '', allowed));
		}
		if (route.kind === 'health') return sendJson(res, 200, { status: 'ok' }, headers);

		const auth = authenticate(req.headers.authorization);
		if (!auth.ok) return fail(unauthorized(auth.message));

		let returnUrl = route.kind === 'asset';
		if (route.kind === 'asset' || route.kind === 'features') {
			// FastAPI keeps the last of repeated scalar query parameters.
			const raw = query.getAll('return_url').at(-1);
			if (raw !== undefined) {
				const parsed = parseBool(raw);
				if (parsed === null) return fail(boolParsingError(['query', 'return_url'], raw));
				returnUrl = parsed;
			}
		}

		let namespace: Namespace | null = null;
		if (route.kind !== 'namespaces') {
			if (!auth.grant.canRead) return fail(forbidden());
			const header = req.headers['x-namespace'];
			const wanted = Array.isArray(header) ? header[0] : header;
			namespace = resolveNamespace(auth.grant, wanted);
			if (!namespace) return fail(namespaceNotFound(wanted ?? ''));
		}

		if (hostileFault(route, req, res)) return;
		const builtIn =
			route.kind === 'features' || route.kind === 'asset' ? builtInFault(route.id) : undefined;
		const rule = faults.take(route);
		const fault = rule?.fault ?? builtIn;
		let inflateBody = false;
		if (fault) {
			const outcome = faultOutcome(fault, route, rule ?? {}, config.slowMs);
			if (outcome.kind === 'drop') {
				req.socket.destroy();
				return;
			}
			if (outcome.kind === 'respond') {
				return sendText(res, outcome.status, outcome.text, outcome.contentType, {
					...headers,
					...outcome.headers
				});
			}
			if (outcome.kind === 'delay' && !(await delay(res, outcome.ms))) return;
			inflateBody = outcome.kind === 'inflate';
		}

		let body: unknown;
		if (route.kind === 'namespaces') {
			body = auth.grant.namespaces;
		} else {
			const ns = namespace!;
			const lookup = (id: string): Sample | null =>
				builtInFault(id)
					? faultPlaceholder(id, ns.namespace_name)
					: findSample(ns.namespace_name, id);
			if (
				route.kind === 'feature' ||
				route.kind === 'assets_list' ||
				route.kind === 'collections'
			) {
				const answer = await answerAround(route, req, query, {
					namespace: ns,
					render: (withUrls) => renderContext(ns, withUrls),
					find: (id) => findSample(ns.namespace_name, id)
				});
				if (!answer.ok) return fail(answer.error);
				body = answer.body;
			} else if (route.kind === 'task') {
				const sample = findSampleByTask(ns.namespace_name, route.id);
				if (!sample) return fail(taskNotFound(route.id));
				body = renderTaskStory(sample, renderContext(ns, false));
			} else {
				const sample = lookup(route.id);
				if (!sample) return fail(assetNotFound(route.id));
				const grouped = sample.render(renderContext(ns, returnUrl));
				body = route.kind === 'features' ? grouped : grouped.asset;
			}
		}
		sendJson(res, 200, inflateBody ? inflate(route, body) : body, headers);
	}

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const started = now();
		const raw = req.url ?? '/';
		const mark = raw.indexOf('?');
		const path = mark < 0 ? raw : raw.slice(0, mark);
		const query = new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1));

		if (path.startsWith(CONTROL_PREFIX)) {
			return handleControl(req, res, path, { config, faults, log, reset });
		}
		if (log.length >= LOG_LIMIT) log.shift();
		log.push({
			time: new Date(started).toISOString(),
			method: req.method ?? '',
			path,
			query: queryRecord(query),
			headers: redactedHeaders(req)
		});
		if (options.onRequest) {
			const report = options.onRequest;
			res.once('close', () => {
				const status = res.headersSent ? res.statusCode : 'dropped';
				report(`${req.method} ${path} ${status} ${now() - started}ms`);
			});
		}
		if (path.startsWith(OBJECT_PREFIX)) {
			return serveObject(req, res, path, query, presigner, now());
		}
		// Both generations by default; a single-generation stand-in answers the other's paths as
		// a server of that generation would: no such route.
		const current = isCurrentPath(path);
		if (config.generation !== 'both' && current !== (config.generation === 'objects')) {
			const failure = routeNotFound(path);
			return sendJson(res, failure.status, failure.body, { 'x-request-id': requestId() });
		}
		if (current) return handleCurrentApi(req, res, path, query, currentDeps);
		return handleApi(req, res, path, query);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			console.error('[standin] unhandled error', error);
			if (res.headersSent) {
				res.destroy();
				return;
			}
			const failure = internalError();
			sendJson(res, failure.status, failure.body, { 'x-request-id': requestId() });
		});
	});

	// Node's own answers to unparseable requests are bare; give them the API's envelope instead.
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
		if (!socket.writable) return socket.destroy();
		const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
		const failure = tooLarge
			? envelope(431, 'RequestHeaderFieldsTooLargeError', 'Request header fields too large')
			: envelope(400, 'BadRequestError', 'Malformed HTTP request');
		const body = JSON.stringify(failure.body);
		socket.end(
			`HTTP/1.1 ${failure.status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
				'content-type: application/json\r\n' +
				`content-length: ${Buffer.byteLength(body)}\r\n` +
				`x-request-id: ${requestId()}\r\nconnection: close\r\n\r\n${body}`
		);
	});

	return {
		server,
		log,
		reset,
		config,
		faults,
		get baseUrl() {
			return publicUrl;
		},
		listen(port = 0, host = '127.0.0.1') {
			return new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(port, host, () => {
					server.off('error', reject);
					const address = server.address() as AddressInfo;
					const shownHost = ['0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host;
					const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;
					publicUrl ??= url;
					resolve(url);
				});
			});
		},
		close() {
			for (const timer of timers) clearTimeout(timer);
			timers.clear();
			return new Promise((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			});
		}
	};
}
