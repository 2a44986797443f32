/**
 * Headers and methods on every kind of response: static files (and route-resolution scripts) get
 * the pages' security headers and refuse methods other than GET/HEAD, HSTS follows an https
 * ORIGIN, the settings page is never cached, and a malformed form post is the sender's 400.
 */
import { expect, test } from '@playwright/test';
import { spawnApp, waitForUrl, type Proc } from '../../scripts/stack';
import { E2E, STANDIN_URL, appUrl } from './env';

const APP = appUrl(E2E.appPort);

async function staticFiles(): Promise<string[]> {
	const html = await (await fetch(`${APP}/`)).text();
	const script = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
	expect(script, 'a hashed script on the home page').toBeTruthy();
	// SvelteKit answers route resolution (router.resolution: 'server') before any hook runs.
	return ['/favicon.svg', '/robots.txt', script!, '/assets/ast_video_tour/__route.js'];
}

test('static files carry nosniff and frame options like pages do', async () => {
	for (const path of await staticFiles()) {
		const response = await fetch(`${APP}${path}`);
		expect(response.status, path).toBe(200);
		expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(response.headers.get('x-frame-options'), path).toBe('DENY');
		expect(response.headers.get('strict-transport-security'), path).toBeNull();
	}
});

test('methods other than GET and HEAD on static files answer 405', async () => {
	for (const path of await staticFiles()) {
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
			const response = await fetch(`${APP}${path}`, { method, body: 'x' });
			expect(response.status, `${method} ${path}`).toBe(405);
			expect(response.headers.get('allow')).toBe('GET, HEAD');
		}
		expect((await fetch(`${APP}${path}`, { method: 'HEAD' })).status).toBe(200);
	}
});

test('the settings page is never cached', async () => {
	const response = await fetch(`${APP}/settings`);
	expect(response.headers.get('cache-control')).toBe('no-store');
});

test('a malformed same-origin form post answers 400, not 500', async () => {
	const response = await fetch(`${APP}/settings?/save`, {
		method: 'POST',
		headers: {
			origin: APP,
			accept: 'text/html',
			'content-type': 'multipart/form-data; boundary=nothing-like-this'
		},
		body: 'garbage that is not multipart'
	});
	expect(response.status).toBe(400);
});

test.describe('behind https', () => {
	let app: Proc;
	const url = appUrl(E2E.appPort + 13);
	test.beforeAll(async () => {
		app = spawnApp({
			port: E2E.appPort + 13,
			standinUrl: STANDIN_URL,
			sessionSecret: E2E.sessionSecret,
			env: { ORIGIN: 'https://inspector.example' }
		});
		await waitForUrl(`${url}/healthz`, 30_000, app);
	});
	test.afterAll(async () => app?.stop());

	test('HSTS on pages and static files when ORIGIN is https', async () => {
		for (const path of ['/', '/settings', '/healthz', '/favicon.svg']) {
			const response = await fetch(`${url}${path}`);
			expect(response.headers.get('strict-transport-security'), path).toBe(
				'max-age=63072000; includeSubDomains'
			);
		}
	});
});
