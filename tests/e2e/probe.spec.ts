/**
 * The diagnose route's probe is no open proxy: it fetches the object's URL from the fresh upstream
 * answer (never the browser's copy), only on the API's own host or a public address, and at most
 * a handful per call.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { MAX_PROBED_URLS } from '../../src/lib/api';
import { E2E, STANDIN_URL } from './env';

const OTHER_HOST = `http://127.0.0.2:${E2E.standinPort}`;

const diagnose = (request: APIRequestContext, asset: string, urls: string[]) =>
	request.post(`/api/assets/${asset}/diagnose?namespace=demo_prod`, { data: { urls } });

test.beforeEach(async ({ request }) => {
	await request.delete(`${STANDIN_URL}/__standin/log`);
	await request.delete(`${OTHER_HOST}/__other-host/log`);
});

test('an object URL on a non-public address is refused, not fetched', async ({ request }) => {
	const response = await diagnose(request, 'ast_private_urls', [
		`${OTHER_HOST}/objects/private.png?X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600`
	]);
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.diagnoses).toEqual([expect.objectContaining({ verdict: 'refused', status: 0 })]);
	expect(await (await request.get(`${OTHER_HOST}/__other-host/log`)).json()).toEqual([]);
});

test('the probe fetches the fresh URL from upstream, not the query string the browser sent', async ({
	request
}) => {
	const asset = await (
		await request.get('/api/assets/ast_image_gallery/features?namespace=demo_prod')
	).json();
	const url = new URL(asset.data.features.image[0].url);
	url.searchParams.set('X-Amz-Signature', 'chosen-by-the-browser');
	url.searchParams.set('extra', 'injected');
	const response = await diagnose(request, 'ast_image_gallery', [url.href]);
	const body = await response.json();
	expect(body.diagnoses[0]).toMatchObject({ verdict: 'unsupported' });
	const log: { path: string; query: Record<string, string> }[] = await (
		await request.get(`${STANDIN_URL}/__standin/log`)
	).json();
	const probes = log.filter((entry) => entry.path === url.pathname);
	expect(probes).toHaveLength(1);
	expect(probes[0].query['X-Amz-Signature']).not.toBe('chosen-by-the-browser');
	expect(probes[0].query.extra).toBeUndefined();
});

test(`one call probes at most ${MAX_PROBED_URLS} objects`, async ({ request }) => {
	const urls = Array.from({ length: MAX_PROBED_URLS + 1 }, (_, i) => `${STANDIN_URL}/objects/${i}`);
	const response = await diagnose(request, 'ast_image_gallery', urls);
	expect(response.status()).toBe(400);
	expect((await response.json()).error.message).toContain(`at most ${MAX_PROBED_URLS} URLs`);
	expect((await diagnose(request, 'ast_image_gallery', urls.slice(1))).status()).toBe(200);
});
