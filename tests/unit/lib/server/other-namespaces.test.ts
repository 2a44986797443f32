import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/** A fake Mixpeek whose namespaces each answer the asset lookup their own way. */
type Answer = 'found' | 'missing' | 'error' | 'slow';
let namespaces: string[] = [];
let answers: Record<string, Answer> = {};
let listStatus = 200;
const seen: { url: string; namespace: string | undefined; at: number }[] = [];

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
	const namespace = req.headers['x-namespace'] as string | undefined;
	seen.push({ url: req.url ?? '', namespace, at: Date.now() });
	const send = (status: number, body: unknown) =>
		res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
	if (req.url === '/v1/namespaces') {
		if (listStatus !== 200) return send(listStatus, { success: false });
		return send(
			200,
			namespaces.map((name) => ({
				namespace_id: `ns_${name}`,
				namespace_name: name,
				embedding_models: []
			}))
		);
	}
	const answer = answers[namespace ?? ''] ?? 'missing';
	if (answer === 'found') {
		return send(200, { asset_id: 'ast_x', status: 'DONE', modality: 'image' });
	}
	if (answer === 'error') return send(500, { success: false });
	if (answer === 'slow') {
		const timer = setTimeout(() => send(200, { asset_id: 'ast_x' }), 5000);
		res.once('close', () => clearTimeout(timer));
		return;
	}
	send(404, {
		success: false,
		status: 404,
		error: { message: 'Asset not found', type: 'NotFoundError', details: { resource: 'asset' } }
	});
});

let mod: typeof import('$lib/server/other-namespaces');
const ctx = { apiKey: 'sk_test_other_0000', requestId: 'req-ns' };

beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	process.env.MIXPEEK_API_URL = `http://127.0.0.1:${port}`;
	process.env.LOG_LEVEL = 'silent';
	mod = await import('$lib/server/other-namespaces');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
	seen.length = 0;
	namespaces = [];
	answers = {};
	listStatus = 200;
});

describe('checkOtherNamespaces', () => {
	it('names the namespaces that hold the ID, skipping the one searched (by name or id)', async () => {
		namespaces = ['prod', 'staging', 'dev'];
		answers = { staging: 'found' };
		const result = await mod.checkOtherNamespaces('ast_x', 'prod', ctx);
		expect(result).toEqual({
			found: [{ namespace: 'staging', status: 'DONE', modality: 'image' }],
			checked: ['staging', 'dev'],
			visible: 2,
			unsure: []
		});
		expect(seen.map((s) => s.namespace).filter(Boolean)).toEqual(['staging', 'dev']);
		// The bare record: no features, nothing presigned.
		expect(seen[1].url).toBe('/v1/assets/ast_x?return_url=false');

		seen.length = 0;
		await mod.checkOtherNamespaces('ast_x', 'ns_prod', ctx);
		expect(seen.map((s) => s.namespace).filter(Boolean)).toEqual(['staging', 'dev']);
	});

	it('asks at most ten, all at once, and says how many it could not ask', async () => {
		namespaces = Array.from({ length: 14 }, (_, i) => `ns${i}`);
		answers = { ns3: 'found', ns12: 'found' };
		const result = await mod.checkOtherNamespaces('ast_x', 'ns0', ctx);
		expect(result.checked).toHaveLength(mod.MAX_CHECKED);
		expect(result.visible).toBe(13);
		expect(result.found.map((f) => f.namespace)).toEqual(['ns3']);
		const lookups = seen.filter((s) => s.url.startsWith('/v1/assets/'));
		expect(lookups).toHaveLength(10);
		// In parallel: every lookup arrived before any answer could have come back and been awaited.
		const spread = Math.max(...lookups.map((s) => s.at)) - Math.min(...lookups.map((s) => s.at));
		expect(spread).toBeLessThan(500);
	});

	it('one attempt each; an error or a timeout is "unsure", not "missing"', async () => {
		namespaces = ['prod', 'broken', 'slow', 'other'];
		answers = { broken: 'error', slow: 'slow' };
		const result = await mod.checkOtherNamespaces('ast_x', 'prod', ctx);
		expect(result.found).toEqual([]);
		expect(result.unsure.sort()).toEqual(['broken', 'slow']);
		expect(seen.filter((s) => s.namespace === 'broken')).toHaveLength(1);
		expect(seen.filter((s) => s.namespace === 'slow')).toHaveLength(1);
	});

	it('with no namespace searched (the default), asks every namespace', async () => {
		namespaces = ['a', 'b'];
		answers = { b: 'found' };
		const result = await mod.checkOtherNamespaces('ast_x', null, ctx);
		expect(result.checked).toEqual(['a', 'b']);
		expect(result.found.map((f) => f.namespace)).toEqual(['b']);
	});

	it('checks nothing when the namespace list cannot be read, and says so', async () => {
		namespaces = ['prod', 'staging'];
		listStatus = 503;
		const result = await mod.checkOtherNamespaces('ast_x', 'prod', ctx);
		expect(result).toMatchObject({ found: [], checked: [], listFailed: true });
		// No retries on a side check: one list request, no lookups.
		expect(seen).toHaveLength(1);
	});
});
