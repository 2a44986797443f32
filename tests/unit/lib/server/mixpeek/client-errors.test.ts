import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/** What an upstream error carries for a support ticket: Mixpeek's request id, latency, timeout. */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handlers: Handler[] = [];
let hits = 0;
const server = createServer((req, res) => {
	hits++;
	const handler = handlers.length > 1 ? handlers.shift()! : handlers[0];
	handler(req, res);
});
const answer =
	(code: number, headers: Record<string, string> = {}): Handler =>
	(_req, res) =>
		res.writeHead(code, { 'content-type': 'application/json', ...headers }).end('{}');

let client: typeof import('$lib/server/mixpeek/client');
const ctx = { apiKey: 'sk_test_ctx_0000', namespace: 'prod', requestId: 'ours-1' };

beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	process.env.MIXPEEK_API_URL = `http://127.0.0.1:${port}`;
	process.env.MIXPEEK_TIMEOUT_MS = '2000';
	process.env.LOG_LEVEL = 'silent';
	client = await import('$lib/server/mixpeek/client');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
	hits = 0;
});

async function failure() {
	const result = await client.getAssetFeatures('ast_1', ctx);
	if (result.ok) throw new Error('expected a failure');
	return result.error;
}

describe('upstream error context', () => {
	it("carries Mixpeek's x-request-id, the latency and the attempts of a 500", async () => {
		handlers = [answer(500, { 'x-request-id': 'up-500' })];
		const error = await failure();
		expect(error).toMatchObject({
			kind: 'upstream_error',
			status: 500,
			upstreamRequestId: 'up-500',
			attempts: 1,
			message: 'Mixpeek answered 500.'
		});
		expect(error.latencyMs).toBeGreaterThanOrEqual(0);
		expect(error.timeout).toBeUndefined();
	});

	it('keeps the last answer’s id after retries of a 503', async () => {
		handlers = [
			answer(503, { 'x-request-id': 'first' }),
			answer(503, { 'x-request-id': 'second' }),
			answer(503, { 'x-request-id': 'last' })
		];
		const error = await failure();
		expect(error).toMatchObject({ status: 503, upstreamRequestId: 'last', attempts: 3 });
		expect(error.message).toBe('Mixpeek answered 503.');
		// Two backoffs (250 + 500 ms) happened inside the measured time.
		expect(error.latencyMs).toBeGreaterThanOrEqual(700);
	});

	it('has no upstream id when Mixpeek sent none (never ours in its place)', async () => {
		handlers = [answer(403)];
		const error = await failure();
		expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
		expect(error.upstreamRequestId).toBeUndefined();
	});

	it('names the timeout that fired', async () => {
		handlers = [(_req, res) => setTimeout(() => res.end('{}'), 3000)];
		const error = await failure();
		expect(error).toMatchObject({
			kind: 'timeout',
			status: 0,
			timeout: { name: 'MIXPEEK_TIMEOUT_MS', ms: 2000 }
		});
		expect(error.timeout?.covers).toMatch(/whole call/);
		expect(hits).toBe(1);
	});

	it('a side check can ask once, with its own short timeout', async () => {
		handlers = [(_req, res) => setTimeout(() => res.end('{}'), 1500)];
		const started = Date.now();
		const result = await client.getAsset('ast_1', ctx, {
			timeout: { name: 'side', ms: 150, covers: 'one lookup' },
			retries: 0
		});
		expect(result.ok ? null : result.error.timeout?.name).toBe('side');
		expect(Date.now() - started).toBeLessThan(1000);

		hits = 0;
		handlers = [answer(503)];
		await client.getAsset('ast_1', ctx, { retries: 0 });
		expect(hits).toBe(1);
	});
});
