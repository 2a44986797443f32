import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { STANDIN_URL } from './env';

interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
}

const HOSTILE = [
	'../../v1/namespaces/list',
	'..%2F..%2Fv1%2Fhealth',
	'%2e%2e',
	'a%00b',
	'a\r\nX-Injected: 1',
	'%0d%0aX-Injected:%201',
	'obj_1?return_presigned_urls=false',
	'obj_1#fragment',
	'obj\u2215slash',
	'оbj_1', // Cyrillic о
	'x'.repeat(10_240),
	'<script>alert(1)</script>',
	'%',
	'documents/list'
];
const NAMESPACES = ['prod\r\nX-Injected: 1', '../admin', 'n'.repeat(10_240), 'рrod', ''];

/** The only shapes today's API may see from this app: one segment per identifier, fixed queries. */
const ALLOWED: [string, RegExp, Record<string, string>][] = [
	['GET', /^\/v1\/buckets\/[^/?#]+\/objects\/[^/?#]+$/, { return_presigned_urls: 'true' }],
	['GET', /^\/v1\/objects\/[^/?#]+\/documents$/, {}],
	[
		'POST',
		/^\/v1\/collections\/[^/?#]+\/documents\/list$/,
		{ limit: '200', include_total: 'true' }
	],
	['GET', /^\/v1\/collections\/[^/?#]+\/documents\/[^/?#]+$/, { return_presigned_urls: 'true' }],
	['GET', /^\/v1\/collections\/[^/?#]+$/, {}],
	['GET', /^\/v1\/buckets\/[^/?#]+$/, {}],
	['POST', /^\/v1\/namespaces\/list$/, { limit: '100' }],
	// The generation probe (`auto`), which never carries a key.
	['GET', /^\/v1\/health$/, {}],
	['GET', /^\/healthcheck$/, {}]
];

async function standinLog(request: APIRequestContext): Promise<LoggedRequest[]> {
	return (await request.get(`${STANDIN_URL}/__standin/log`)).json();
}

async function probe(
	request: APIRequestContext,
	bucket: string,
	object: string,
	namespace: string | null
) {
	const query = namespace === null ? '' : `?namespace=${encodeURIComponent(namespace)}`;
	const b = encodeURIComponent(bucket);
	const o = encodeURIComponent(object);
	for (const path of [
		`/buckets/${b}/objects/${o}${query}`,
		`/api/buckets/${b}/objects/${o}${query}`,
		`/objects/${o}${query}`
	]) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), `${path.slice(0, 120)} answered ${response.status()}`).toBeLessThan(
			500
		);
		expect(Object.keys(response.headers())).not.toContain('x-injected');
		const location = response.headers()['location'];
		// The bucket-less route may send the browser on to the object page, never anywhere else.
		if (location) {
			const target = new URL(location, `http://app.invalid${path}`);
			expect(target.origin).toBe('http://app.invalid');
			expect(target.pathname).toMatch(/^\/buckets\/[^/?#]+\/objects\/[^/?#]+$/);
		}
		expect(await response.text()).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
	}
}

function assertUpstreamStayedInside(log: LoggedRequest[]): number {
	const api = log.filter((e) => !e.path.startsWith('/objects/'));
	for (const entry of api) {
		const allowed = ALLOWED.find(
			([method, path]) => method === entry.method && path.test(entry.path)
		);
		expect(allowed, `${entry.method} ${entry.path.slice(0, 120)}`).toBeTruthy();
		expect(entry.query).toEqual(allowed![2]);
		if (/^\/(v1\/health|healthcheck)$/.test(entry.path))
			expect(entry.headers).not.toHaveProperty('authorization');
		for (const [name, value] of Object.entries(entry.headers)) {
			expect(name).not.toBe('x-injected');
			expect(String(value)).not.toMatch(/[\r\n]/);
		}
	}
	return api.length;
}

test.beforeEach(async ({ request }) => {
	await request.delete(`${STANDIN_URL}/__standin/log`);
});

test('hostile bucket and object IDs and namespaces stay one segment each upstream', async ({
	request
}) => {
	test.setTimeout(90_000);
	for (const id of HOSTILE) {
		await probe(request, id, 'obj_image_gallery', null);
		await probe(request, 'bkt_demo_media', id, null);
	}
	for (const namespace of NAMESPACES)
		await probe(request, 'bkt_demo_media', 'obj_image_gallery', namespace);
	expect(assertUpstreamStayedInside(await standinLog(request))).toBeGreaterThan(0);
});

test('random bucket/object IDs (fast-check) never escape, inject or crash', async ({ request }) => {
	test.setTimeout(120_000);
	const nasty = fc.constantFrom(
		'/',
		'\\',
		'..',
		'%2F',
		'%2e',
		'%00',
		'\r\n',
		'?',
		'#',
		'&',
		'%',
		' ',
		'\u2215'
	);
	const idArb = fc.oneof(
		fc.string({ unit: 'grapheme', maxLength: 30 }),
		fc.array(fc.oneof(nasty, fc.string({ maxLength: 5 })), { maxLength: 6 }).map((p) => p.join('')),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })
	);
	await fc.assert(
		fc.asyncProperty(idArb, idArb, async (bucket, object) => {
			await probe(request, bucket, `obj_${object}`, null);
		}),
		{ numRuns: 60 }
	);
	assertUpstreamStayedInside(await standinLog(request));
});

test('after the hostile runs the object API answers normally', async ({ request }) => {
	const response = await request.get('/api/buckets/bkt_demo_media/objects/obj_image_gallery');
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.object.object_id).toBe('obj_image_gallery');
});
