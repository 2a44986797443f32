/**
 * Stateless sessions across instances, replay after "Forget key", and graceful shutdown. These
 * start their own extra app processes beside the ones playwright.config.ts starts.
 */
import type { APIRequestContext } from '@playwright/test';
import { spawnApp, startApp, type Proc } from '../../scripts/stack';
import { DEMO_KEY } from '../../standin/keys';
import { E2E, KEYLESS_URL, STANDIN_URL } from './env';
import { expect, test } from './fixtures';

const started: Proc[] = [];

/** One more keyless instance against the suite's stand-in. */
async function extraApp(port: number, sessionSecret: string): Promise<Proc> {
	const app = await startApp({ port, standinUrl: STANDIN_URL, sessionSecret });
	started.push(app);
	return app;
}

test.afterAll(async () => {
	for (const app of started) await app.stop();
});

async function saveKeyCookie(request: APIRequestContext, base: string): Promise<string> {
	const response = await request.post(`${base}/settings?/save`, {
		headers: { origin: base },
		form: { apiKey: DEMO_KEY, defaultNamespace: '' },
		maxRedirects: 0
	});
	const setCookie = response.headers()['set-cookie'] ?? '';
	const match = /inspector_session=([^;]+)/.exec(setCookie);
	if (!match) throw new Error(`no session cookie from ${base}: ${response.status()}`);
	return match[1];
}

async function assetStatus(request: APIRequestContext, base: string, cookie: string) {
	const response = await request.get(`${base}/api/assets/ast_image_gallery/features`, {
		headers: { cookie: `inspector_session=${cookie}` }
	});
	return response.status();
}

test('a key saved on one instance works on another with the same secret, not with another secret', async ({
	request
}) => {
	const other = await extraApp(E2E.appPort + 10, 'a-completely-different-secret-0123456789abcdef');
	const cookie = await saveKeyCookie(request, KEYLESS_URL);
	// Same SESSION_SECRET, different process (the main instance; its server key is not used
	// because the cookie wins, which the settings page shows).
	const settings = await request.get('/settings', {
		headers: { cookie: `inspector_session=${cookie}` }
	});
	expect(await settings.text()).toContain('Saved: sk_…cdef');
	expect(await assetStatus(request, KEYLESS_URL, cookie)).toBe(200);
	// Another secret: read as "no key".
	expect(await assetStatus(request, other.url, cookie)).toBe(401);
	const page = await request.get(`${other.url}/assets/ast_image_gallery`, {
		headers: { cookie: `inspector_session=${cookie}` },
		maxRedirects: 0
	});
	expect(page.status()).toBe(303);
	const location = new URL(page.headers().location, `${other.url}/assets/ast_image_gallery`);
	expect(location.pathname + location.search).toBe('/settings?next=%2Fassets%2Fast_image_gallery');
});

test('truncated or altered cookies read as no key; a forgotten cookie replayed is refused', async ({
	request
}) => {
	const cookie = await saveKeyCookie(request, KEYLESS_URL);
	expect(await assetStatus(request, KEYLESS_URL, cookie.slice(0, -10))).toBe(401);
	expect(await assetStatus(request, KEYLESS_URL, cookie + 'x')).toBe(401);

	expect(await assetStatus(request, KEYLESS_URL, cookie)).toBe(200);
	const forget = await request.post(`${KEYLESS_URL}/settings?/forget`, {
		headers: { origin: KEYLESS_URL, cookie: `inspector_session=${cookie}` },
		form: {}
	});
	expect(forget.status()).toBe(200);
	expect(await assetStatus(request, KEYLESS_URL, cookie)).toBe(401);
});

test('a SESSION_SECRET shorter than 32 characters is refused at start with a clear message', async () => {
	const app = spawnApp({ port: E2E.appPort + 11, standinUrl: STANDIN_URL, sessionSecret: 'short' });
	started.push(app);
	expect(await app.exited).not.toBe(0);
	expect(app.output()).toContain('SESSION_SECRET is 5 characters long; it must be at least 32');
});

test('SIGTERM lets in-flight requests finish', async ({ request, standin }) => {
	await standin.config({ slowMs: 1500 });
	const app = await extraApp(E2E.appPort + 12, E2E.sessionSecret);
	const cookie = await saveKeyCookie(request, app.url);
	const inFlight = fetch(`${app.url}/api/assets/fault_slow/features`, {
		headers: { cookie: `inspector_session=${cookie}` }
	});
	await new Promise((r) => setTimeout(r, 300));
	app.child.kill('SIGTERM');
	const response = await inFlight;
	expect(response.status).toBe(200);
	expect((await response.json()).data.asset.asset_id).toBe('fault_slow');
	expect(await app.exited).toBe(0);
	// Once closed it takes no new work.
	await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
});
