import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];
let handlers: Handler[] = [];
const server = createServer((req, res) => {
	seen.push({ url: req.url ?? '', headers: req.headers });
	const handler = handlers.length > 1 ? handlers.shift()! : handlers[0];
	handler(req, res);
});

const validBody = JSON.stringify({
	asset: { asset_id: 'ast_1', status: 'DONE', file_data: null, metadata: null },
	features: {
		image: [{ url: 'https://x/a.png', preview_url: null, feature_id: 'f1' }],
		video: null
	}
});
const ok: Handler = (_req, res) =>
	res.writeHead(200, { 'content-type': 'application/json' }).end(validBody);
const status =
	(code: number, body = '{}', headers: Record<string, string> = {}): Handler =>
	(_req, res) =>
		res.writeHead(code, { 'content-type': 'application/json', ...headers }).end(body);

let client: typeof import('$lib/server/mixpeek/client');
const ctx = (namespace: string | null = 'prod') => ({
	apiKey: 'sk_test_client_0000',
	namespace,
	requestId: 'req-1'
});

beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	process.env.MIXPEEK_API_URL = `http://127.0.0.1:${port}`;
	process.env.MIXPEEK_TIMEOUT_MS = '2000';
	process.env.LOG_LEVEL = 'silent';
	process.env.MIXPEEK_MAX_BODY_BYTES = String(1024 * 1024);
	client = await import('$lib/server/mixpeek/client');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
	seen.length = 0;
	handlers = [ok];
});

describe('getAssetFeatures', () => {
	it('sends the key, the namespace, return_url and one encoded path segment', async () => {
		const result = await client.getAssetFeatures('a/../b?x=1#y', ctx());
		expect(result.ok).toBe(true);
		expect(seen[0].url).toBe('/v1/assets/a%2F..%2Fb%3Fx%3D1%23y/features?return_url=true');
		expect(seen[0].headers.authorization).toBe('Bearer sk_test_client_0000');
		expect(seen[0].headers['x-namespace']).toBe('prod');
	});

	it('omits X-Namespace when none is set', async () => {
		await client.getAssetFeatures('ast_1', ctx(null));
		expect(seen[0].headers['x-namespace']).toBeUndefined();
	});

	it('returns validated data with upstream meta', async () => {
		handlers = [(_req, res) => res.writeHead(200, { 'x-request-id': 'up-42' }).end(validBody)];
		const result = await client.getAssetFeatures('ast_1', ctx());
		if (!result.ok) throw new Error(result.error.kind);
		expect(result.data.features.image?.[0].feature_id).toBe('f1');
		expect(result.meta).toMatchObject({ status: 200, requestId: 'up-42', namespace: 'prod' });
	});

	it('retries 502/503/504 and succeeds', async () => {
		handlers = [status(502, '<html>bad gateway</html>'), status(503), ok];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok).toBe(true);
		expect(seen).toHaveLength(3);
	});

	it('gives up after two retries with upstream_error', async () => {
		handlers = [status(504)];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok || result.error.kind).toBe('upstream_error');
		expect(seen).toHaveLength(3);
	});

	it('never retries other 4xx or a 500', async () => {
		for (const code of [400, 401, 403, 404, 422, 500]) {
			seen.length = 0;
			handlers = [status(code)];
			await client.getAssetFeatures('ast_1', ctx());
			expect(seen, `HTTP ${code}`).toHaveLength(1);
		}
	});

	it('honours a short Retry-After and does not wait out a long one', async () => {
		handlers = [status(429, '{}', { 'retry-after': '1' }), ok];
		const started = Date.now();
		expect((await client.getAssetFeatures('ast_1', ctx())).ok).toBe(true);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);

		seen.length = 0;
		handlers = [
			status(429, '{"error":"TooManyRequests","message":"Rate limit exceeded"}', {
				'retry-after': '60'
			})
		];
		const limited = await client.getAssetFeatures('ast_1', ctx());
		expect(seen).toHaveLength(1);
		expect(limited.ok ? null : limited.error).toMatchObject({
			kind: 'rate_limited',
			retryAfter: 60
		});
	});

	it('times out without retrying', async () => {
		handlers = [(_req, res) => setTimeout(() => res.end(validBody), 3000)];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok ? null : result.error.kind).toBe('timeout');
		expect(seen).toHaveLength(1);
	});

	it('retries a dropped connection, then reports unreachable', async () => {
		handlers = [(req) => req.socket.destroy()];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok ? null : result.error.kind).toBe('unreachable');
		expect(seen).toHaveLength(3);
	});

	it('reports malformed and schema-invalid JSON as invalid_response with the raw body', async () => {
		handlers = [status(200, '{"asset": {"asset_id": "x"')];
		const malformed = await client.getAssetFeatures('ast_1', ctx());
		expect(malformed.ok ? null : malformed.error).toMatchObject({
			kind: 'invalid_response',
			rawBody: '{"asset": {"asset_id": "x"'
		});
		handlers = [status(200, JSON.stringify({ asset: 'nope', features: { image: 3 } }))];
		const invalid = await client.getAssetFeatures('ast_1', ctx());
		expect(invalid.ok ? null : invalid.error.kind).toBe('invalid_response');
	});

	it('renders what it can: every field null, features missing', async () => {
		const allNull = {
			asset: Object.fromEntries(
				['asset_id', 'status', 'file_data', 'metadata', 'error', 'score', 'url'].map((k) => [
					k,
					null
				])
			)
		};
		handlers = [status(200, JSON.stringify(allNull))];
		const result = await client.getAssetFeatures('ast_1', ctx());
		if (!result.ok) throw new Error(result.error.kind);
		expect(result.data.features).toEqual({});
		expect(result.data.asset.status).toBeNull();
	});

	it('keeps unknown keys on features as data', async () => {
		handlers = [
			status(
				200,
				JSON.stringify({
					asset: {},
					features: { hologram: [{ a: 1 }], text: [{ text: 'hi', extra: { n: 1 } }] }
				})
			)
		];
		const result = await client.getAssetFeatures('ast_1', ctx());
		if (!result.ok) throw new Error(result.error.kind);
		expect(result.data.features.text?.[0].extra).toEqual({ n: 1 });
		expect((result.data.features as Record<string, unknown>).hologram).toEqual([{ a: 1 }]);
	});
});

describe('hostile upstream', () => {
	const endless: Handler = (_req, res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		const chunk = Buffer.alloc(64 * 1024, ' ');
		let open = true;
		res.once('close', () => (open = false));
		const write = () => {
			while (open) if (!res.write(chunk)) return void res.once('drain', write);
		};
		write();
	};

	it('refuses an endless body as too large, once', async () => {
		handlers = [endless];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok ? null : result.error).toMatchObject({
			kind: 'upstream_error',
			message: "Mixpeek's answer was too large (over 1 MiB)."
		});
		expect(seen).toHaveLength(1);
	});

	it('refuses a too-large Content-Length without waiting for the body', async () => {
		handlers = [
			(_req, res) => {
				res.writeHead(200, { 'content-length': String(2 ** 34) });
				res.flushHeaders();
			}
		];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok ? null : result.error.message).toMatch(/too large/);
	});

	it('times out a body that drips, at the one deadline', async () => {
		handlers = [
			(_req, res) => {
				res.writeHead(200, { 'content-type': 'application/json' });
				const timer = setInterval(() => res.write(' '), 100);
				res.once('close', () => clearInterval(timer));
			}
		];
		const result = await client.getAssetFeatures('ast_1', ctx());
		expect(result.ok ? null : result.error.kind).toBe('timeout');
		expect(result.meta.latencyMs).toBeLessThan(2900);
	});

	it('never follows a redirect, and says where it pointed', async () => {
		handlers = [
			(_req, res) => res.writeHead(307, { location: '/v1/namespaces?sig=abc' }).end(),
			ok
		];
		const result = await client.getAssetFeatures('ast_1', ctx());
		const host = new URL(process.env.MIXPEEK_API_URL!).host;
		expect(result.ok ? null : result.error).toMatchObject({
			kind: 'upstream_error',
			status: 307,
			message: `Mixpeek redirected to ${host}/v1/namespaces; not followed.`
		});
		expect(seen).toHaveLength(1);
	});
});

describe('identical requests in flight', () => {
	const slowOk: Handler = (_req, res) => setTimeout(() => ok(_req, res), 100);

	it('share one upstream call: ten at once cost one request', async () => {
		handlers = [slowOk];
		const results = await Promise.all(
			Array.from({ length: 10 }, () => client.getAssetFeatures('ast_1', ctx()))
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(seen).toHaveLength(1);
	});

	it('never across keys or namespaces', async () => {
		handlers = [slowOk];
		await Promise.all([
			client.getAssetFeatures('ast_1', ctx('prod')),
			client.getAssetFeatures('ast_1', { ...ctx('prod'), apiKey: 'sk_test_other_1111' }),
			client.getAssetFeatures('ast_1', ctx('staging'))
		]);
		expect(
			seen.map((s) => `${s.headers.authorization} ${s.headers['x-namespace']}`).sort()
		).toEqual([
			'Bearer sk_test_client_0000 prod',
			'Bearer sk_test_client_0000 staging',
			'Bearer sk_test_other_1111 prod'
		]);
	});
});

describe('listNamespaces', () => {
	it('never sends X-Namespace', async () => {
		handlers = [
			status(
				200,
				JSON.stringify([
					{
						namespace_id: 'ns_1',
						namespace_name: 'prod',
						embedding_models: [],
						payload_indexes: null
					}
				])
			)
		];
		const result = await client.listNamespaces(ctx('prod'));
		expect(result.ok).toBe(true);
		expect(seen[0].headers['x-namespace']).toBeUndefined();
		expect(seen[0].url).toBe('/v1/namespaces');
	});
});
