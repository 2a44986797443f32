import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseRange } from '../../standin/media';
import { DEMO_KEY, NO_READ_KEY, PROD_ONLY_KEY } from '../../standin/keys';
import { SAMPLE_ASSET_IDS } from '../../standin/samples';
import { createStandin, type Standin } from '../../standin/server';

type Json = Record<string, unknown>;
type Feature = { url: string | null; preview_url: string | null } & Json;
type Grouped = { asset: Json; features: Record<string, Feature[] | null> };

let standin: Standin;
let base: string;

beforeAll(async () => {
	standin = createStandin();
	base = await standin.listen(0);
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(path: string, headers: Record<string, string> = {}) {
	const response = await fetch(base + path, {
		headers: { authorization: `Bearer ${DEMO_KEY}`, ...headers }
	});
	const text = await response.text();
	let body: unknown = text;
	try {
		body = JSON.parse(text);
	} catch {
		// Some faults answer with HTML, plain text or broken JSON on purpose.
	}
	return { response, status: response.status, body, text };
}

async function grouped(id: string, query = 'return_url=true', headers = {}) {
	const { status, body } = await api(`/v1/assets/${id}/features?${query}`, headers);
	expect(status).toBe(200);
	return body as Grouped;
}

async function control(path: string, method = 'POST', body?: unknown) {
	const response = await fetch(`${base}/__standin/${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

const media = (file: string) =>
	readFileSync(new URL(`../../standin/media/${file}`, import.meta.url));

describe('presigned object URLs', () => {
	it('serve the real bytes with the right type, and ranges', async () => {
		const { features } = await grouped(SAMPLE_ASSET_IDS.videoTour);
		const url = features.video![0].url!;
		expect(url).toMatch(
			/\/objects\/ns_demo_prod\/ast_video_tour\/video-tour\.webm\?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=STANDINKEY%2F\d{8}%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=\d{8}T\d{6}Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}$/
		);
		const video = media('video-tour.webm');

		const full = await fetch(url);
		expect(full.status).toBe(200);
		expect(full.headers.get('content-type')).toBe('video/webm');
		expect(full.headers.get('accept-ranges')).toBe('bytes');
		// max-age is what is left of the URL's hour: a second or more may pass on a busy machine.
		const maxAge = Number(
			/^private, max-age=(\d+)$/.exec(full.headers.get('cache-control') ?? '')?.[1]
		);
		expect(maxAge).toBeGreaterThanOrEqual(3540);
		expect(maxAge).toBeLessThanOrEqual(3600);
		expect(Buffer.from(await full.arrayBuffer()).equals(video)).toBe(true);

		const part = await fetch(url, { headers: { range: 'bytes=100-199' } });
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe(`bytes 100-199/${video.length}`);
		expect(Buffer.from(await part.arrayBuffer()).equals(video.subarray(100, 200))).toBe(true);

		const tail = await fetch(url, { headers: { range: 'bytes=-10' } });
		expect(tail.status).toBe(206);
		expect(Buffer.from(await tail.arrayBuffer()).equals(video.subarray(-10))).toBe(true);

		const beyond = await fetch(url, { headers: { range: `bytes=${video.length}-` } });
		expect(beyond.status).toBe(416);
		expect(beyond.headers.get('content-range')).toBe(`bytes */${video.length}`);

		const head = await fetch(url, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.headers.get('content-length')).toBe(String(video.length));
	});

	it('serve each image with its own type', async () => {
		const { features } = await grouped(SAMPLE_ASSET_IDS.imageGallery);
		const types = new Set<string>();
		for (const feature of features.image!) {
			const response = await fetch(feature.url!);
			expect(response.status).toBe(200);
			types.add(response.headers.get('content-type')!);
		}
		expect([...types].sort()).toEqual(['image/jpeg', 'image/png', 'image/webp']);
	});

	it('parse ranges like a server Chromium can seek against', () => {
		expect(parseRange('bytes=0-', 10)).toEqual({ kind: 'partial', start: 0, end: 9 });
		expect(parseRange('bytes=5-100', 10)).toEqual({ kind: 'partial', start: 5, end: 9 });
		expect(parseRange('bytes=0-1,4-5', 10)).toEqual({ kind: 'full' });
		expect(parseRange('bytes=9-2', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
	});

	it('answer 403 AccessDenied XML to a tampered signature or path', async () => {
		const { features } = await grouped(SAMPLE_ASSET_IDS.imageGallery);
		const url = features.image![0].url!;
		const flipped = url.slice(0, -1) + (url.endsWith('0') ? '1' : '0');
		const otherFile = url.replace('image-testsrc.png', 'image-smpte.png');
		const longer = url.replace('X-Amz-Expires=3600', 'X-Amz-Expires=7200');
		for (const bad of [flipped, otherFile, longer, url.split('?')[0]]) {
			const response = await fetch(bad);
			expect(response.status).toBe(403);
			expect(response.headers.get('content-type')).toBe('application/xml');
			const xml = await response.text();
			expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
			expect(xml).toContain('<Code>AccessDenied</Code>');
		}
	});

	it('expire after the configured TTL', async () => {
		expect((await control('config', 'POST', { urlTtlSeconds: 1 })).status).toBe(200);
		const { features } = await grouped(SAMPLE_ASSET_IDS.imageGallery);
		const url = features.image![0].url!;
		expect(url).toContain('X-Amz-Expires=1&');
		expect((await fetch(url)).status).toBe(200);
		await sleep(2100);
		const response = await fetch(url);
		expect(response.status).toBe(403);
		const xml = await response.text();
		expect(xml).toContain('<Code>AccessDenied</Code><Message>Request has expired</Message>');
	});

	it('answer 404 NoSuchKey for a validly signed missing object', async () => {
		const { features } = await grouped(SAMPLE_ASSET_IDS.missingObject);
		const statuses = await Promise.all(features.image!.map((f) => fetch(f.url!)));
		expect(statuses.map((r) => r.status)).toEqual([200, 404, 200]);
		const xml = await statuses[1].text();
		expect(xml).toContain('<Code>NoSuchKey</Code>');
	});
});

describe('return_url', () => {
	const truthy = ['true', 'True', 'TRUE', '1', 'yes', 'on', 't', 'y', 'Y'];
	const falsy = ['false', 'FALSE', '0', 'no', 'off', 'f', 'n', 'N'];

	it.each(truthy)('%s gives URLs', async (value) => {
		const { features } = await grouped(SAMPLE_ASSET_IDS.imageGallery, `return_url=${value}`);
		expect(features.image![0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/objects\//);
	});

	it.each(falsy)('%s gives null URLs', async (value) => {
		const { asset, features } = await grouped(SAMPLE_ASSET_IDS.videoTour, `return_url=${value}`);
		expect(asset.url).toBeNull();
		expect(features.video!.every((f) => f.url === null && f.preview_url === null)).toBe(true);
	});

	it.each(['', 'maybe', 'tru', '2', 'null', ' true'])('%j is a 422', async (value) => {
		const query = `return_url=${encodeURIComponent(value)}`;
		const { status, body } = await api(`/v1/assets/ast_image_gallery/features?${query}`);
		expect(status).toBe(422);
		expect(body).toMatchObject({ detail: [{ type: 'bool_parsing', input: value }] });
	});

	it('defaults to false on /features and true on the bare asset', async () => {
		const { asset } = await grouped(SAMPLE_ASSET_IDS.imageGallery, '');
		expect(asset.url).toBeNull();
		const bare = await api('/v1/assets/ast_image_gallery');
		expect((bare.body as Json).url).toMatch(/\/objects\//);
	});
});

describe('namespaces and keys', () => {
	it('X-Namespace works by name and by id', async () => {
		const byName = await grouped('ast_shared_id', '', { 'x-namespace': 'demo_staging' });
		const byId = await grouped('ast_shared_id', '', { 'x-namespace': 'ns_demo_staging' });
		expect(byName).toEqual(byId);
		expect((byName.asset.metadata as Json).environment).toBe('staging');
	});

	it('the same id differs between namespaces', async () => {
		const prod = await grouped('ast_shared_id', '');
		const staging = await grouped('ast_shared_id', '', { 'x-namespace': 'demo_staging' });
		expect((prod.asset.metadata as Json).environment).toBe('production');
		expect(prod.asset.modality).toBe('image');
		expect(staging.asset.modality).toBe('text');
		const inStaging = await api('/v1/assets/ast_image_gallery/features', {
			'x-namespace': 'demo_staging'
		});
		expect(inStaging.status).toBe(404);
	});

	it('a key sees only its namespaces', async () => {
		const prodOnly = { authorization: `Bearer ${PROD_ONLY_KEY}` };
		const list = await api('/v1/namespaces', prodOnly);
		expect((list.body as Json[]).map((ns) => ns.namespace_name)).toEqual(['demo_prod']);
		const denied = await api('/v1/assets/ast_shared_id/features', {
			...prodOnly,
			'x-namespace': 'demo_staging'
		});
		expect(denied.status).toBe(404);
		expect(denied.body).toMatchObject({
			error: {
				type: 'NotFoundError',
				details: { resource: 'namespace', namespace: 'demo_staging' }
			}
		});
		const all = await api('/v1/namespaces', { 'x-namespace': 'nope' });
		expect((all.body as Json[]).map((ns) => ns.namespace_id)).toEqual([
			'ns_demo_prod',
			'ns_demo_staging'
		]);
	});

	it('the no-read key lists namespaces but is forbidden assets and tasks', async () => {
		const headers = { authorization: `Bearer ${NO_READ_KEY}` };
		expect((await api('/v1/namespaces', headers)).status).toBe(200);
		for (const path of [
			'/v1/assets/ast_empty',
			'/v1/assets/ast_empty/features',
			'/v1/tasks/tsk_empty'
		]) {
			const { status, body } = await api(path, headers);
			expect(status).toBe(403);
			expect(body).toMatchObject({ error: { type: 'ForbiddenError' } });
		}
	});

	it.each([
		['missing', undefined],
		['not Bearer', `Token ${DEMO_KEY}`],
		['unknown key', 'Bearer sk_live_unknown'],
		['empty bearer', 'Bearer ']
	])('401 when the key is %s', async (_, value) => {
		const response = await fetch(`${base}/v1/assets/ast_empty/features`, {
			headers: value === undefined ? {} : { authorization: value }
		});
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({
			success: false,
			status: 401,
			error: { type: 'UnauthorizedError', details: null }
		});
	});
});

describe('samples', () => {
	it('ast_processing moves PENDING → PROCESSING → DONE', async () => {
		await control('config', 'POST', { processingMs: 1200 });
		const first = await grouped(SAMPLE_ASSET_IDS.processing);
		expect(first.asset.status).toBe('PENDING');
		expect(first.features.image).toBeNull();
		await sleep(600);
		expect((await grouped(SAMPLE_ASSET_IDS.processing)).asset.status).toBe('PROCESSING');
		expect(((await api('/v1/tasks/tsk_processing')).body as Json).status).toBe('PROCESSING');
		await sleep(700);
		const done = await grouped(SAMPLE_ASSET_IDS.processing);
		expect(done.asset.status).toBe('DONE');
		expect(done.features.image).toHaveLength(2);
		await control('reset');
		expect((await grouped(SAMPLE_ASSET_IDS.processing)).asset.status).toBe('PENDING');
	});

	it('the video tour has segments, previews and a 1024-float embedding', async () => {
		const { features } = await grouped(SAMPLE_ASSET_IDS.videoTour);
		const segments = features.video!;
		expect(segments.map((s) => [s.start_time, s.end_time])).toEqual([
			[0, 4],
			[4, 8],
			[8, 12]
		]);
		expect(segments[1].preview_url).toContain('video-seg1.jpg');
		expect(segments[0].embedding).toHaveLength(1024);
		expect(features.image).toHaveLength(1);
		expect(features.text).toHaveLength(1);
	});

	it('generated galleries have N distinct features', async () => {
		const { features } = await grouped('ast_gen_image_100', 'return_url=false');
		expect(new Set(features.image!.map((f) => f.feature_id)).size).toBe(100);
		expect((await api('/v1/assets/ast_gen_image_20001/features')).status).toBe(404);
		expect((await api('/v1/assets/ast_gen_image_007/features')).status).toBe(404);
	});

	it('the duplicate copies the gallery features', async () => {
		const { asset, features } = await grouped(SAMPLE_ASSET_IDS.duplicate);
		expect(asset).toMatchObject({ status: 'SKIPPED', duplicate_of: 'ast_image_gallery' });
		expect(features.image).toHaveLength(6);
		expect(features.image!.every((f) => f.duplicate_of === 'ast_image_gallery')).toBe(true);
	});

	it('the hostile asset keeps its hostile values', async () => {
		const { text } = await api('/v1/assets/ast_hostile/features?return_url=true');
		expect(text).toContain('"url":"javascript:alert(1)"');
		expect(text).toContain('"preview_url":"data:text/html,');
		expect(text).toContain('"huge_number":1e+308');
		expect(text).toContain('"__proto__":{"polluted":true}');
		const body = JSON.parse(text) as Grouped;
		expect(body.features.hologram).toHaveLength(1);
		let node = (body.asset.metadata as Json).deep as Json;
		let depth = 1;
		while (node.child) {
			node = node.child as Json;
			depth++;
		}
		expect(depth).toBe(100);
	});

	it('lists samples for the home page', async () => {
		const { status, body } = await control('samples', 'GET');
		expect(status).toBe(200);
		const ids = (body as Json[]).map((s) => s.id);
		for (const id of Object.values(SAMPLE_ASSET_IDS)) expect(ids).toContain(id);
		expect(ids).toContain('fault_429');
	});
});

describe('request log', () => {
	it('records raw requests and never the key', async () => {
		await api('/v1/assets/ast%20with%20space/features?return_url=1');
		await api('/v1/namespaces', { authorization: `Bearer ${PROD_ONLY_KEY}` });
		await api('/v1/namespaces', { authorization: `Bearer ${NO_READ_KEY}` });
		await api('/v1/namespaces', { authorization: `Basic ${DEMO_KEY}` });
		const { body } = await control('log', 'GET');
		const json = JSON.stringify(body);
		for (const key of [DEMO_KEY, PROD_ONLY_KEY, NO_READ_KEY]) expect(json).not.toContain(key);
		const log = body as Json[];
		expect(log).toHaveLength(4);
		expect(log[0]).toMatchObject({
			method: 'GET',
			path: '/v1/assets/ast%20with%20space/features',
			query: { return_url: '1' },
			headers: { authorization: 'Bearer [redacted]' }
		});
		expect(standin.log).toHaveLength(4);
		await control('log', 'DELETE');
		expect((await control('log', 'GET')).body).toEqual([]);
	});
});

describe('faults', () => {
	it('a runtime fault fires count times, then the asset answers normally', async () => {
		const added = await control('faults', 'POST', {
			assetId: 'ast_image_gallery',
			fault: '500',
			count: 2
		});
		expect(added.status).toBe(201);
		expect((await api('/v1/assets/ast_image_gallery/features')).status).toBe(500);
		expect((await api('/v1/assets/ast_text_notes/features')).status).toBe(200);
		expect((await api('/v1/assets/ast_image_gallery')).status).toBe(500);
		expect((await api('/v1/assets/ast_image_gallery/features')).status).toBe(200);
	});

	it('path-wide faults, Retry-After and clearing', async () => {
		await control('faults', 'POST', { path: 'namespaces', fault: '429', retryAfter: 3 });
		const limited = await api('/v1/namespaces');
		expect(limited.status).toBe(429);
		expect(limited.response.headers.get('retry-after')).toBe('3');
		expect((await api('/v1/namespaces')).status).toBe(200);

		await control('faults', 'POST', { fault: '401', count: 5 });
		expect((await api('/v1/tasks/tsk_empty')).status).toBe(401);
		await control('faults', 'DELETE');
		expect((await api('/v1/tasks/tsk_empty')).status).toBe(200);
	});

	it('rejects an unknown fault', async () => {
		expect((await control('faults', 'POST', { fault: 'explode' })).status).toBe(400);
		expect((await control('config', 'POST', { urlTtlSeconds: -1 })).status).toBe(400);
	});

	it('fault assets misbehave as documented', async () => {
		const gateway = await api('/v1/assets/fault_502_html/features');
		expect(gateway.status).toBe(502);
		expect(gateway.response.headers.get('content-type')).toBe('text/html');
		const unavailable = await api('/v1/assets/fault_503/features');
		expect(unavailable.status).toBe(503);
		expect(unavailable.response.headers.get('content-type')).toMatch(/^text\/plain/);
		const broken = await api('/v1/assets/fault_malformed_json/features');
		expect(broken.status).toBe(200);
		expect(() => JSON.parse(broken.text)).toThrow();
		const huge = await api('/v1/assets/fault_huge/features');
		expect(huge.text.length).toBeGreaterThan(4_500_000);
		expect((huge.body as Grouped).asset.asset_id).toBe('fault_huge');
		await expect(
			fetch(`${base}/v1/assets/fault_drop/features`, {
				headers: { authorization: `Bearer ${DEMO_KEY}` }
			})
		).rejects.toThrow();
	});

	it('fault assets still check the key and the namespace first', async () => {
		const noKey = await fetch(`${base}/v1/assets/fault_500/features`);
		expect(noKey.status).toBe(401);
		const badNs = await api('/v1/assets/fault_500/features', { 'x-namespace': 'nope' });
		expect(badNs.status).toBe(404);
	});

	it('slow answers after the configured delay', async () => {
		await control('config', 'POST', { slowMs: 300 });
		const started = Date.now();
		const slow = await api('/v1/assets/fault_slow/features');
		expect(slow.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});
});

describe('hostile input', () => {
	it('decodes the asset id once', async () => {
		expect((await api('/v1/assets/ast_image%5Fgallery/features')).status).toBe(200);
		const twice = await api('/v1/assets/ast_image%255Fgallery/features');
		expect(twice.status).toBe(404);
		expect(twice.body).toMatchObject({ error: { details: { asset_id: 'ast_image%5Fgallery' } } });
		const unicode = await api('/v1/assets/%E6%9D%B1%E4%BA%AC%20x/features');
		expect(unicode.body).toMatchObject({ error: { details: { asset_id: '東京 x' } } });
	});

	it.each(['%', '%zz', '%E0%A4%A', 'ast_%C0%AF', '%00', 'constructor', '__proto__'])(
		'malformed id %s answers a 4xx envelope',
		async (id) => {
			const { status, body, response } = await api(`/v1/assets/${id}/features`);
			expect(status).toBeGreaterThanOrEqual(400);
			expect(status).toBeLessThan(500);
			expect(response.headers.get('content-type')).toBe('application/json');
			expect(body).toMatchObject({ success: false, error: { type: 'NotFoundError' } });
		}
	);

	it('huge headers get a 431 envelope and the server survives', async () => {
		const status = await new Promise<number>((resolve, reject) => {
			const req = request(`${base}/v1/namespaces`, {
				headers: { 'x-padding': 'a'.repeat(40_000) }
			});
			req.on('response', (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			});
			req.on('error', reject);
			req.end();
		});
		expect(status).toBe(431);
		expect((await fetch(`${base}/healthcheck`)).status).toBe(200);
	});

	it('unknown routes and methods answer envelopes', async () => {
		expect((await api('/v1/assets/ast_empty/features/extra')).status).toBe(404);
		const wrong = await fetch(`${base}/v1/assets/ast_empty`, {
			method: 'POST',
			headers: { authorization: `Bearer ${DEMO_KEY}` }
		});
		expect(wrong.status).toBe(405);
		expect(wrong.headers.get('allow')).toBe('GET');
		expect(await wrong.json()).toMatchObject({ success: false, status: 405 });
	});
});
