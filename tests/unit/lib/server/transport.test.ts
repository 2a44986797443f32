import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatByteLimit, getWithRetries } from '$lib/server/transport';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface TestServer {
	server: Server;
	url: string;
	seen: { url: string; headers: IncomingMessage['headers'] }[];
	handler: Handler;
	/** Body bytes the handler managed to write before the client hung up. */
	written: number;
}

async function testServer(host = '127.0.0.1'): Promise<TestServer> {
	const state = {
		seen: [],
		handler: (_req: IncomingMessage, res: ServerResponse) => res.end('{}'),
		written: 0
	} as unknown as TestServer;
	state.server = createServer((req, res) => {
		state.seen.push({ url: req.url ?? '', headers: req.headers });
		state.handler(req, res);
	});
	await new Promise<void>((resolve) => state.server.listen(0, host, resolve));
	state.url = `http://${host}:${(state.server.address() as AddressInfo).port}`;
	return state;
}

const MiB = 1024 * 1024;
const limits = { budgetMs: 1500, maxBodyBytes: MiB };
const headers = { authorization: 'Bearer sk_test_transport_0000', accept: 'application/json' };
let api: TestServer;
let other: TestServer;

beforeAll(async () => {
	api = await testServer('127.0.0.1');
	other = await testServer('127.0.0.2');
});
afterAll(async () => {
	for (const s of [api, other]) {
		s.server.closeAllConnections();
		await new Promise<void>((resolve) => s.server.close(() => resolve()));
	}
});
beforeEach(() => {
	for (const s of [api, other]) {
		s.seen.length = 0;
		s.written = 0;
		s.handler = (_req, res) => res.end('{}');
	}
});

/** Streams 64 KiB chunks, respecting backpressure, until the client hangs up. */
function endless(state: TestServer, extraHeaders: Record<string, string> = {}): Handler {
	const chunk = Buffer.alloc(64 * 1024, 'x');
	return (_req, res) => {
		res.writeHead(200, { 'content-type': 'application/json', ...extraHeaders });
		let open = true;
		res.once('close', () => (open = false));
		const write = () => {
			while (open && state.written < 512 * MiB) {
				state.written += chunk.length;
				if (!res.write(chunk)) return void res.once('drain', write);
			}
			res.end();
		};
		write();
	};
}

describe('byte cap', () => {
	it('stops reading an endless body at the cap, and does not retry it', async () => {
		api.handler = endless(api);
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		expect(outcome).toEqual({ kind: 'too_large', status: 200 });
		expect(api.seen).toHaveLength(1);
		// The cap plus what sits in socket buffers, not the 512 MiB the server would send.
		expect(api.written).toBeLessThan(16 * MiB);
	});

	it('refuses a declared Content-Length over the cap before any body arrives', async () => {
		api.handler = (_req, res) => {
			res.writeHead(503, { 'content-length': String(16 * 1024 ** 3) });
			res.flushHeaders(); // and then nothing: a client that waits for the body times out
		};
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		expect(outcome).toEqual({ kind: 'too_large', status: 503 });
		expect(api.seen).toHaveLength(1);
	});

	it('reads a body just under the cap', async () => {
		const body = JSON.stringify({ pad: 'y'.repeat(MiB - 20) });
		api.handler = (_req, res) => res.end(body);
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		expect(outcome.kind === 'response' && outcome.body).toBe(body);
	});

	it('states the cap the way the error message does', () => {
		expect(formatByteLimit(16 * MiB)).toBe('16 MiB');
		expect(formatByteLimit(512 * 1024)).toBe('512 KiB');
		expect(formatByteLimit(1000)).toBe('1000 bytes');
	});
});

describe('one deadline', () => {
	it('covers the body: a body that drips a byte at a time fails at the deadline', async () => {
		api.handler = (_req, res) => {
			res.writeHead(200, { 'content-type': 'application/json' });
			const timer = setInterval(() => res.write(' '), 50);
			res.once('close', () => clearInterval(timer));
		};
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, {
			...limits,
			budgetMs: 400
		});
		expect(outcome.kind).toBe('timeout');
		expect(api.seen).toHaveLength(1);
	});

	it('keeps retries inside the budget: no retry that cannot finish in time', async () => {
		api.handler = (_req, res) => res.writeHead(503).end('busy');
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, {
			...limits,
			budgetMs: 300
		});
		expect(outcome.kind === 'response' && outcome.status).toBe(503);
		// The first backoff (250 ms) would leave less than a useful attempt.
		expect(api.seen).toHaveLength(1);
	});

	it('retries within a budget that has room', async () => {
		let n = 0;
		api.handler = (_req, res) => (n++ === 0 ? res.writeHead(502).end() : res.end('{"ok":1}'));
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		expect(outcome.kind === 'response' && outcome.body).toBe('{"ok":1}');
		expect(api.seen).toHaveLength(2);
	});
});

describe('redirects', () => {
	it('does not follow a 307 to another path', async () => {
		api.handler = (_req, res) =>
			res.writeHead(307, { location: '/v1/namespaces?token=secret' }).end();
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		expect(outcome).toEqual({
			kind: 'redirect',
			status: 307,
			location: `${new URL(api.url).host}/v1/namespaces`
		});
		expect(api.seen.map((s) => s.url)).toEqual(['/v1/x']);
	});

	it('does not follow a 302 to another host, which never sees the key', async () => {
		api.handler = (_req, res) => res.writeHead(302, { location: `${other.url}/steal` }).end();
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		expect(outcome).toMatchObject({ kind: 'redirect', status: 302 });
		expect(outcome.kind === 'redirect' && outcome.location).toBe(
			`${new URL(other.url).host}/steal`
		);
		expect(other.seen).toHaveLength(0);
	});
});

describe('errors', () => {
	it('reports a refused connection as network, after retries', async () => {
		const closed = await testServer();
		const url = closed.url;
		await new Promise<void>((resolve) => closed.server.close(() => resolve()));
		const outcome = await getWithRetries(`${url}/v1/x`, headers, limits);
		expect(outcome).toEqual({ kind: 'network', reason: 'ECONNREFUSED' });
	});

	it('passes response headers through', async () => {
		api.handler = (_req, res) =>
			res.writeHead(429, { 'retry-after': '60', 'x-request-id': 'up-1' }).end('{}');
		const outcome = await getWithRetries(`${api.url}/v1/x`, headers, limits);
		if (outcome.kind !== 'response') throw new Error(outcome.kind);
		expect(outcome.status).toBe(429);
		expect(outcome.headers.get('x-request-id')).toBe('up-1');
		expect(api.seen[0].headers.authorization).toBe(headers.authorization);
	});
});
