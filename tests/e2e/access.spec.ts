/**
 * Who may use the app: "Forget key" that sticks across a restart and across instances, the start-up
 * refusal of a shared key off loopback, and the auth proxy's identity header. Each test starts its
 * own app processes (ports E2E.appPort + 16, 19, 20, 21) and, for the shared store, a real redis-server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startRedis, type RedisServer } from '../../scripts/redis';
import { spawnApp, startApp, type AppOptions, type Proc } from '../../scripts/stack';
import { DEMO_KEY } from '../../standin/keys';
import { E2E, STANDIN_URL } from './env';

const started: Proc[] = [];
const base = { standinUrl: STANDIN_URL, sessionSecret: E2E.sessionSecret };

async function app(options: Omit<AppOptions, 'standinUrl' | 'sessionSecret'>): Promise<Proc> {
	const proc = await startApp({ ...base, ...options });
	started.push(proc);
	return proc;
}

test.afterEach(async () => {
	for (const proc of started.splice(0)) await proc.stop();
});

async function saveKey(url: string): Promise<string> {
	const response = await fetch(`${url}/settings?/save`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ apiKey: DEMO_KEY, defaultNamespace: '' })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('inspector_session='));
	if (!cookie) throw new Error(`no session cookie from ${url}: ${response.status}`);
	return cookie;
}

async function forget(url: string, cookie: string): Promise<void> {
	const response = await fetch(`${url}/settings?/forget`, {
		method: 'POST',
		headers: { origin: url, cookie, 'content-type': 'application/x-www-form-urlencoded' },
		body: ''
	});
	expect(response.status).toBe(200);
}

const assetStatus = async (url: string, cookie: string) =>
	(await fetch(`${url}/api/assets/ast_image_gallery/features`, { headers: { cookie } })).status;

test.describe('"Forget key" sticks', () => {
	test('after a restart of the same instance (file store, no extra service)', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'inspector-data-'));
		try {
			const port = E2E.appPort + 16;
			const first = await app({ port, env: { DATA_DIR: dataDir } });
			const cookie = await saveKey(first.url);
			expect(await assetStatus(first.url, cookie)).toBe(200);
			await forget(first.url, cookie);
			expect(await assetStatus(first.url, cookie)).toBe(401);
			await first.stop();

			const second = await app({ port, env: { DATA_DIR: dataDir } });
			expect(await assetStatus(second.url, cookie)).toBe(401);
			// A cookie saved and not forgotten still works after the restart.
			const kept = await saveKey(second.url);
			await second.stop();
			const third = await app({ port, env: { DATA_DIR: dataDir } });
			expect(await assetStatus(third.url, kept)).toBe(200);
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});

	// FIXME: in a fresh clone these two time out at 30 s inside the harness (they passed in the
	// branch's gate). The behaviour itself was checked by hand on main: two instances on one
	// redis-server, forget on one, the cookie answers 401 on the other. Re-enable once the hang is found.
	test.describe('across instances sharing Redis', () => {
		// Two app processes and a Redis start here: room for a loaded CI machine. (These once used
		// appPort + 17 = 4190, which is on the Fetch standard's blocked-port list: Node's fetch
		// refuses it, so the app "never came up".)
		test.describe.configure({ timeout: 90_000 });
		let redis: RedisServer;
		test.beforeAll(async () => {
			redis = await startRedis(E2E.appPort + 2100);
		});
		test.afterAll(async () => redis?.stop());

		test('a cookie forgotten on one instance is refused on the other', async () => {
			const env = { REDIS_URL: redis.url };
			const [a, b] = await Promise.all([
				app({ port: E2E.appPort + 20, env }),
				app({ port: E2E.appPort + 21, env })
			]);
			const cookie = await saveKey(a.url);
			expect(await assetStatus(b.url, cookie)).toBe(200);
			await forget(a.url, cookie);
			expect(await assetStatus(b.url, cookie)).toBe(401);
			expect(await assetStatus(a.url, cookie)).toBe(401);
		});

		test('when Redis stops answering, sessions fail closed with a clear 503', async () => {
			const spare = await startRedis(E2E.appPort + 2102);
			try {
				const a = await app({ port: E2E.appPort + 20, env: { REDIS_URL: spare.url } });
				const cookie = await saveKey(a.url);
				expect(await assetStatus(a.url, cookie)).toBe(200);
				await spare.stop();
				const response = await fetch(`${a.url}/api/assets/ast_image_gallery/features`, {
					headers: { cookie }
				});
				expect(response.status).toBe(503);
				expect(await response.text()).toContain('session store is not answering');
			} finally {
				await spare.stop();
			}
		});
	});
});

test.describe('a server-held key', () => {
	test('off loopback, without a way users are let in, the app refuses to start', async () => {
		const proc = spawnApp({ ...base, port: E2E.appPort + 19, host: '0.0.0.0', apiKey: DEMO_KEY });
		started.push(proc);
		expect(await proc.exited).not.toBe(0);
		expect(proc.output()).toContain('MIXPEEK_API_KEY is set and HOST is 0.0.0.0, not loopback');
		expect(proc.output()).toContain('AUTH_PROXY_HEADER');
		expect(proc.output()).not.toContain(DEMO_KEY);
	});

	test('behind an auth proxy: no identity header, 401; with one, the identity is logged per call', async () => {
		const proc = await app({
			port: E2E.appPort + 19,
			apiKey: DEMO_KEY,
			env: { AUTH_PROXY_HEADER: 'X-Forwarded-Email' }
		});
		const anonymous = await fetch(`${proc.url}/api/assets/ast_image_gallery/features`);
		expect(anonymous.status).toBe(401);
		expect(await anonymous.text()).toMatch(/x-forwarded-email/i);
		expect((await fetch(`${proc.url}/assets/ast_image_gallery`)).status).toBe(401);
		// The load balancer's health check needs no identity.
		expect((await fetch(`${proc.url}/healthz`)).status).toBe(200);

		const signedIn = await fetch(
			`${proc.url}/api/assets/ast_image_gallery/features?namespace=demo_prod`,
			{ headers: { 'x-forwarded-email': 'ada@example.com' } }
		);
		expect(signedIn.status).toBe(200);
		await expect
			.poll(() =>
				proc
					.output()
					.split('\n')
					.filter((line) => line.includes('"event":"upstream"'))
					.map((line) => JSON.parse(line).user)
			)
			.toContain('ada@example.com');
		expect(proc.output()).not.toContain(DEMO_KEY);
	});
});
