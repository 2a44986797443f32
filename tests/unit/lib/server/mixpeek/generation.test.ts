import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	describeGeneration,
	fetchProbe,
	GenerationResolver,
	generationOfId,
	parseGenerationSetting,
	probeGeneration,
	type ProbeAnswer,
	type ProbeGet
} from '$lib/server/mixpeek/generation';
import { createStandin, type Standin } from '../../../../../standin/server';

let standin: Standin;
let standinUrl: string;
const servers: Server[] = [];

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
	const server = createServer(handler);
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
	standin = createStandin();
	standinUrl = await standin.listen(0);
});
afterAll(async () => {
	await standin.close();
	for (const server of servers) {
		server.closeAllConnections();
		server.close();
	}
});

async function standinAs(generation: 'both' | 'assets' | 'objects') {
	standin.config.generation = generation;
	return probeGeneration(standinUrl);
}

describe('probing the stand-in, which can play either generation or both', () => {
	it('today only: /v1/health answers, /healthcheck is 404', async () => {
		const { outcome, detail } = await standinAs('objects');
		expect(outcome).toBe('objects');
		expect(detail).toBe('/v1/health: HTTP 200; /healthcheck: HTTP 404');
	});

	it('2025 only: /healthcheck answers, /v1/health is 404', async () => {
		expect((await standinAs('assets')).outcome).toBe('assets');
	});

	it('both answer', async () => {
		expect((await standinAs('both')).outcome).toBe('both');
	});

	it('sends no key and only the two health paths', async () => {
		standin.reset();
		await standinAs('both');
		expect(standin.log.map((e) => e.path).sort()).toEqual(['/healthcheck', '/v1/health']);
		for (const entry of standin.log) expect(entry.headers).not.toHaveProperty('authorization');
	});
});

describe('probing servers that are neither', () => {
	it('neither: a server that 404s both paths', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(404, { 'content-type': 'application/json' });
			res.end('{"detail":"Not Found"}');
		});
		expect(await probeGeneration(url)).toEqual({
			outcome: 'neither',
			detail: '/v1/health: HTTP 404; /healthcheck: HTTP 404'
		});
	});

	it('neither: a web page that answers 200 HTML everywhere', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end('<html>status</html>');
		});
		expect((await probeGeneration(url)).outcome).toBe('neither');
	});

	it('a 2026-looking health body with the wrong status word does not count', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"status":"BROKEN","data":{}}');
		});
		// `/healthcheck` still has a `status`, so this reads as the 2025 API.
		expect((await probeGeneration(url)).outcome).toBe('assets');
	});

	it('timeout: a server that never answers', async () => {
		const url = await serve(() => {});
		const started = performance.now();
		const result = await probeGeneration(url, fetchProbe, 200);
		expect(result).toEqual({
			outcome: 'timeout',
			detail: '/v1/health: no answer in time; /healthcheck: no answer in time'
		});
		expect(performance.now() - started).toBeLessThan(5_000);
	});

	it('unreachable: nothing listens', async () => {
		const url = await serve(() => {});
		const server = servers.pop()!;
		await new Promise((resolve) => server.close(resolve));
		const result = await probeGeneration(url);
		expect(result.outcome).toBe('unreachable');
		expect(result.detail).toContain('ECONNREFUSED');
	});

	it('does not follow a redirect off the base URL', async () => {
		let followed = false;
		const target = await serve((_req, res) => {
			followed = true;
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"status":"OK","data":{}}');
		});
		const url = await serve((_req, res) => {
			res.writeHead(302, { location: `${target}/v1/health` });
			res.end();
		});
		expect((await probeGeneration(url)).outcome).toBe('neither');
		expect(followed).toBe(false);
	});

	it('refuses an enormous health body instead of buffering it', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(`{"status":"OK","data":{},"pad":"${'x'.repeat(200_000)}"}`);
		});
		expect(await fetchProbe(`${url}/v1/health`, 2_000)).toEqual({
			kind: 'response',
			status: 200,
			json: null
		});
	});
});

describe('GenerationResolver', () => {
	const healthy: Record<string, ProbeAnswer> = {
		'/v1/health': { kind: 'response', status: 200, json: { status: 'OK', data: {} } },
		'/healthcheck': { kind: 'response', status: 404, json: null }
	};

	function counting(answers: Record<string, ProbeAnswer>) {
		const calls: string[] = [];
		const get: ProbeGet = async (url) => {
			calls.push(url);
			await new Promise((resolve) => setTimeout(resolve, 5));
			return answers[new URL(url).pathname];
		};
		return { calls, get };
	}

	it('a named generation is used as is, with no probe', async () => {
		const { calls, get } = counting(healthy);
		const resolver = new GenerationResolver(get);
		expect(await resolver.resolve('http://x', 'assets')).toEqual({
			setting: 'assets',
			inUse: 'assets',
			probe: null
		});
		expect(calls).toEqual([]);
	});

	it('probes once, caches, and coalesces concurrent callers', async () => {
		const { calls, get } = counting(healthy);
		const resolver = new GenerationResolver(get, () => 1000);
		const all = await Promise.all([1, 2, 3].map(() => resolver.resolve('http://x', 'auto')));
		await resolver.resolve('http://x', 'auto');
		expect(calls).toEqual(['http://x/v1/health', 'http://x/healthcheck']);
		for (const info of all) expect(info.inUse).toBe('objects');
		expect(resolver.peek('http://x')?.probe?.outcome).toBe('objects');
	});

	it('re-probes a failure after 30 s and a success after 10 min', async () => {
		let now = 0;
		const down: ProbeAnswer = { kind: 'network', reason: 'ECONNREFUSED' };
		const answers: Record<string, ProbeAnswer> = { '/v1/health': down, '/healthcheck': down };
		const { calls, get } = counting(answers);
		const resolver = new GenerationResolver(get, () => now);
		expect((await resolver.resolve('http://x', 'auto')).inUse).toBeNull();
		now = 29_000;
		await resolver.resolve('http://x', 'auto');
		expect(calls.length).toBe(2);
		Object.assign(answers, healthy);
		now = 31_000;
		expect((await resolver.resolve('http://x', 'auto')).inUse).toBe('objects');
		now = 31_000 + 9 * 60_000;
		await resolver.resolve('http://x', 'auto');
		expect(calls.length).toBe(4);
		now = 31_000 + 11 * 60_000;
		await resolver.resolve('http://x', 'auto');
		expect(calls.length).toBe(6);
	});
});

describe('setting, ID shape and wording', () => {
	it('parses MIXPEEK_API_GENERATION', () => {
		expect(parseGenerationSetting(undefined)).toBe('auto');
		expect(parseGenerationSetting(' Objects ')).toBe('objects');
		expect(parseGenerationSetting('assets')).toBe('assets');
		expect(parseGenerationSetting('2026')).toBeNull();
	});

	it('guesses from the ID when nothing is known', () => {
		expect(generationOfId('obj_123abc')).toBe('objects');
		expect(generationOfId('doc_frame_050')).toBe('objects');
		expect(generationOfId('ast_image_gallery')).toBe('assets');
		expect(generationOfId('3f2b6c1e-9a4d-4e0b-8c55-0e1f2a3b4c5d')).toBe('assets');
		expect(generationOfId('obj_')).toBe('assets');
	});

	it('describes each state', () => {
		expect(describeGeneration({ setting: 'objects', inUse: 'objects', probe: null })).toBe(
			"today's API (buckets, objects, documents) (set by MIXPEEK_API_GENERATION)"
		);
		const probe = { outcome: 'timeout' as const, at: 0, detail: '' };
		expect(describeGeneration({ setting: 'auto', inUse: null, probe })).toMatch(/Unknown.*timeout/);
		expect(
			describeGeneration({ setting: 'auto', inUse: 'both', probe: { ...probe, outcome: 'both' } })
		).toMatch(/^Both generations answer \(detected\)/);
	});
});
