/**
 * Identical upstream reads in flight at once share one call: measured from the stand-in's own
 * request log, with the first upstream answer held back so the ten requests surely overlap.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PROD_ONLY_KEY } from '../../standin/keys';
import { E2E, STANDIN_URL, appUrl } from './env';

const APP = appUrl(E2E.appPort);
const PATH = '/v1/assets/ast_image_gallery/features';

async function upstreamCalls(request: APIRequestContext): Promise<number> {
	const log: { path: string }[] = await (await request.get(`${STANDIN_URL}/__standin/log`)).json();
	return log.filter((entry) => entry.path === PATH).length;
}

/** Delays the next `count` upstream answers, so that requests sent together surely overlap. */
async function holdAnswers(request: APIRequestContext, count: number): Promise<void> {
	await request.delete(`${STANDIN_URL}/__standin/log`);
	await request.post(`${STANDIN_URL}/__standin/faults`, {
		data: { fault: 'slow', assetId: 'ast_image_gallery', delayMs: 400, count }
	});
}

test.afterEach(async ({ request }) => {
	await request.delete(`${STANDIN_URL}/__standin/faults`);
});

const get = (cookie?: string) =>
	fetch(`${APP}/api/assets/ast_image_gallery/features?namespace=demo_prod`, {
		headers: cookie ? { cookie } : {}
	}).then(async (r) => ({ status: r.status, id: (await r.json()).data?.asset?.asset_id }));

test('ten identical concurrent requests cost Mixpeek one request', async ({ request }) => {
	await holdAnswers(request, 1);
	const answers = await Promise.all(Array.from({ length: 10 }, () => get()));
	expect(answers).toEqual(Array(10).fill({ status: 200, id: 'ast_image_gallery' }));
	const calls = await upstreamCalls(request);
	console.log(
		`[measure] 10 identical concurrent requests -> ${calls} upstream (${10 - calls} saved)`
	);
	expect(calls).toBe(1);
	// Nothing is kept: the next request asks Mixpeek again.
	await get();
	expect(await upstreamCalls(request)).toBe(2);
});

test('requests with different keys never share a call', async ({ request }) => {
	const saved = await request.post(`${APP}/settings?/save`, {
		headers: { origin: APP },
		form: { apiKey: PROD_ONLY_KEY, defaultNamespace: '' },
		maxRedirects: 0
	});
	const cookie = /inspector_session=[^;]+/.exec(saved.headers()['set-cookie'] ?? '')?.[0];
	expect(cookie).toBeTruthy();
	await holdAnswers(request, 10);
	const answers = await Promise.all([
		...Array.from({ length: 5 }, () => get()),
		...Array.from({ length: 5 }, () => get(cookie))
	]);
	expect(answers.every((a) => a.status === 200)).toBe(true);
	expect(await upstreamCalls(request)).toBe(2);
});
