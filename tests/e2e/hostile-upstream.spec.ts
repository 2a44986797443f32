/**
 * An upstream that attacks its client: endless and huge bodies, a dripping body, redirects to
 * another path and to another host (a second stand-in listener on 127.0.0.2 with its own log).
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { rssBytes } from '../../bench/lib/procfs';
import { startApp, type Proc } from '../../scripts/stack';
import { DEMO_KEY } from '../../standin/keys';
import { E2E, STANDIN_URL } from './env';

const OTHER_HOST_LOG = `http://127.0.0.2:${E2E.standinPort}/__other-host/log`;
const STANDIN_HOST = new URL(STANDIN_URL).host;

interface LoggedRequest {
	path: string;
}

async function standinPaths(request: APIRequestContext): Promise<string[]> {
	const log: LoggedRequest[] = await (await request.get(`${STANDIN_URL}/__standin/log`)).json();
	return log.map((entry) => entry.path);
}

async function errorText(page: Page): Promise<string> {
	return (await page.getByTestId('error-page').textContent()) ?? '';
}

test.beforeEach(async ({ request }) => {
	await request.delete(`${STANDIN_URL}/__standin/log`);
	await request.delete(OTHER_HOST_LOG);
});

test('a 307 to another path is not followed, and the page says where it pointed', async ({
	page,
	request
}) => {
	const response = await page.goto('/assets/fault_redirect_path?namespace=demo_prod');
	expect(response?.status()).toBe(502);
	await expect(page.getByTestId('error-page')).toHaveAttribute('data-kind', 'upstream_error');
	expect(await errorText(page)).toContain(
		`Mixpeek redirected to ${STANDIN_HOST}/v1/assets/ast_image_gallery/features; not followed.`
	);
	await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
	expect(await standinPaths(request)).toEqual(['/v1/assets/fault_redirect_path/features']);
});

test('a 302 to another host is not followed: that host never sees the key or a request', async ({
	page,
	request
}) => {
	const response = await page.goto('/assets/fault_redirect_host?namespace=demo_prod');
	expect(response?.status()).toBe(502);
	expect(await errorText(page)).toContain(
		`Mixpeek redirected to 127.0.0.2:${E2E.standinPort}/v1/assets/ast_image_gallery/features; not followed.`
	);
	expect(await page.content()).not.toContain('Data from another host');
	const otherLog: { sawAuthorization: boolean }[] = await (
		await request.get(OTHER_HOST_LOG)
	).json();
	expect(otherLog.filter((entry) => entry.sawAuthorization)).toEqual([]);
	expect(otherLog).toEqual([]);
});

test('a body that drips a byte at a time fails at the deadline (MIXPEEK_TIMEOUT_MS)', async ({
	request
}) => {
	const started = Date.now();
	const response = await request.get('/api/assets/fault_drip/features?namespace=demo_prod');
	const seconds = (Date.now() - started) / 1000;
	expect(response.status()).toBe(504);
	expect((await response.json()).error.kind).toBe('timeout');
	// The drip lasts a minute; the answer comes at the 3 s deadline, plus scheduling on a busy machine.
	expect(seconds).toBeLessThan(20);
	console.log(`[measure] dripping body failed after ${seconds.toFixed(2)} s (deadline 3 s)`);
});

test('a Content-Length of 16 GiB is refused at once, without a retry', async ({ request }) => {
	const response = await request.get('/api/assets/fault_huge_length/features?namespace=demo_prod');
	expect(response.status()).toBe(502);
	expect((await response.json()).error.message).toBe(
		"Mixpeek's answer was too large (over 16 MiB)."
	);
	expect(await standinPaths(request)).toEqual(['/v1/assets/fault_huge_length/features']);
});

test.describe('memory', () => {
	let app: Proc;
	const rssMiB = () => rssBytes(app.pid) / 1024 / 1024;
	test.beforeAll(async () => {
		app = await startApp({
			port: E2E.appPort + 15,
			standinUrl: STANDIN_URL,
			sessionSecret: E2E.sessionSecret,
			apiKey: DEMO_KEY,
			env: { LOG_LEVEL: 'silent' }
		});
	});
	test.afterAll(async () => app?.stop());

	test('an endless body keeps the server within a few tens of MiB', async () => {
		test.setTimeout(60_000);
		const get = (id: string) =>
			fetch(`${app.url}/api/assets/${id}/features?namespace=demo_prod`).then(async (r) => ({
				status: r.status,
				body: await r.json()
			}));
		for (let i = 0; i < 5; i++) await get('ast_image_gallery');
		const baseline = rssMiB();
		let peak = baseline;
		const sampler = setInterval(() => (peak = Math.max(peak, rssMiB())), 20);
		let onePeak: number;
		try {
			for (let i = 0; i < 3; i++) {
				const answer = await get('fault_endless');
				expect(answer.status).toBe(502);
				expect(answer.body.error.message).toBe("Mixpeek's answer was too large (over 16 MiB).");
				if (i === 0) onePeak = Math.max(peak, rssMiB());
			}
			const together = await Promise.all([1, 2, 3, 4].map(() => get('fault_endless')));
			expect(together.map((a) => a.status)).toEqual([502, 502, 502, 502]);
		} finally {
			clearInterval(sampler);
		}
		peak = Math.max(peak, rssMiB());
		const mib = (n: number) => `${n.toFixed(1)} MiB`;
		console.log(
			`[measure] RSS around endless bodies: baseline ${mib(baseline)}; first request peak ` +
				`${mib(onePeak!)} (+${mib(onePeak! - baseline)}); after 3 in a row and 4 at once ${mib(peak)} (+${mib(peak - baseline)})`
		);
		// One request holds at most the 16 MiB cap; freed buffers leave RSS lazily, so several in a
		// row add some, but nothing near the gigabyte each would have been.
		expect(onePeak! - baseline).toBeLessThan(64);
		expect(peak - baseline).toBeLessThan(160);
	});
});
