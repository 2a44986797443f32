import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { STANDIN_URL } from './env';

interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string>;
}

const IDS = [
	'../../v1/namespaces',
	'..%2F..%2Fv1%2Fnamespaces',
	'%2e%2e',
	'a%00b',
	'a\r\nX-Injected: 1',
	'%0d%0aX-Injected:%201',
	'col_1?page=2&page_size=1000',
	'tsk_1#fragment',
	'ftr_1/../../assets',
	'\u202eevil',
	'x'.repeat(10_240),
	'<script>alert(1)</script>',
	'%',
	'%%32%65'
];
const NAMESPACES = ['prod\r\nX-Injected: 1', '../admin', 'n'.repeat(10_240), 'рrod', ''];

/** Every new route with one hostile value in its ID (and optionally its namespace). */
function urls(id: string, namespace: string | null): string[] {
	const e = encodeURIComponent(id);
	const ns = namespace === null ? '' : `namespace=${encodeURIComponent(namespace)}`;
	const q = ns ? `?${ns}` : '';
	return [
		`/collections/${e}${q}`,
		`/collections/${e}?status=FAILED&page=2${ns ? `&${ns}` : ''}`,
		`/api/tasks/${e}${q}`,
		`/api/features/${e}${q}`,
		`/compare?a=${e}&b=ast_image_gallery${ns ? `&${ns}` : ''}`,
		`/compare?a=ast_image_gallery&b=${e}&na=${encodeURIComponent(namespace ?? '')}`,
		`/collections${q}`
	];
}

async function probe(request: APIRequestContext, id: string, namespace: string | null) {
	for (const url of urls(id, namespace)) {
		const response = await request.get(url, { maxRedirects: 0 });
		expect(response.status(), `${url.slice(0, 120)} → ${response.status()}`).toBeLessThan(500);
		expect(Object.keys(response.headers())).not.toContain('x-injected');
		expect(await response.text()).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
	}
}

/** Each app route reaches exactly one upstream path shape, with an ID as one segment. */
const SHAPES: { method: string; path: RegExp; query: (q: LoggedRequest['query']) => boolean }[] = [
	{
		method: 'GET',
		path: /^\/v1\/assets\/[^/?#]+\/features$/,
		query: (q) => JSON.stringify(q) === '{"return_url":"true"}'
	},
	{ method: 'GET', path: /^\/v1\/tasks\/[^/?#]+$/, query: (q) => Object.keys(q).length === 0 },
	{
		method: 'GET',
		path: /^\/v1\/features\/[^/?#]+$/,
		query: (q) => JSON.stringify(q) === '{"return_vectors":"true"}'
	},
	{
		method: 'POST',
		path: /^\/v1\/assets$/,
		query: (q) =>
			Object.keys(q).join() === 'page,page_size' &&
			/^\d+$/.test(String(q.page)) &&
			/^(25|50|100)$/.test(String(q.page_size))
	},
	{
		method: 'GET',
		path: /^\/v1\/collections$/,
		query: (q) => /^\d+$/.test(String(q.page)) && q.page_size === '100'
	}
];

async function assertShapes(request: APIRequestContext): Promise<number> {
	const log: LoggedRequest[] = await (await request.get(`${STANDIN_URL}/__standin/log`)).json();
	const api = log.filter((entry) => !entry.path.startsWith('/objects/'));
	for (const entry of api) {
		const shape = SHAPES.find((s) => s.method === entry.method && s.path.test(entry.path));
		expect(shape, `${entry.method} ${entry.path}`).toBeTruthy();
		expect(shape!.query(entry.query), `${entry.path} ${JSON.stringify(entry.query)}`).toBe(true);
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

test('hostile IDs and namespaces on the new routes stay inside their one upstream shape', async ({
	request
}) => {
	test.setTimeout(120_000);
	for (const id of IDS) await probe(request, id, null);
	for (const namespace of NAMESPACES) await probe(request, 'col_demo_images', namespace);
	expect(await assertShapes(request)).toBeGreaterThan(0);
});

test('random IDs (fast-check) on the new routes never escape, inject or crash', async ({
	request
}) => {
	test.setTimeout(180_000);
	const nasty = fc.constantFrom(
		'/',
		'\\',
		'..',
		'%2F',
		'%00',
		'\r\n',
		'?',
		'#',
		'&',
		'%',
		'\uFF0F'
	);
	const idArb = fc.oneof(
		fc.string({ unit: 'grapheme', maxLength: 30 }),
		fc.array(fc.oneof(nasty, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((p) => p.join(''))
	);
	const nsArb = fc.option(fc.string({ maxLength: 12 }), { nil: null });
	await fc.assert(
		fc.asyncProperty(idArb, nsArb, (id, namespace) => probe(request, id, namespace)),
		{ numRuns: 40 }
	);
	await assertShapes(request);
});
