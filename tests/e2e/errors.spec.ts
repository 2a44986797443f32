import { readFile } from 'node:fs/promises';
import type { Page, Response } from '@playwright/test';
import { DEMO_KEY, NO_READ_KEY } from '../../standin/keys';
import { KEYLESS_URL } from './env';
import { expect, test } from './fixtures';

const errorPage = (page: Page) => page.getByTestId('error-page');
const heading = (page: Page) => errorPage(page).getByRole('heading', { level: 1 });

/** Every error state: its own status, a next step, an error ID, and no stack or key. */
async function expectErrorState(
	page: Page,
	response: Response | null,
	status: number,
	kind: string
) {
	expect(response?.status()).toBe(status);
	await expect(errorPage(page)).toHaveAttribute('data-kind', kind);
	const html = await page.content();
	expect(html).not.toContain(DEMO_KEY);
	expect(html).not.toMatch(/\bat .+\.(js|ts):\d+/);
	await expect(
		page.getByRole('banner').getByRole('link', { name: 'Asset Inspector' })
	).toBeVisible();
}

test.describe('upstream faults', () => {
	test('429: rate limited, counts down from Retry-After and retries by itself', async ({
		page
	}) => {
		const response = await page.goto('/assets/fault_429?namespace=demo_prod');
		await expectErrorState(page, response, 429, 'rate_limited');
		await expect(heading(page)).toHaveText(/Rate limited, retrying in [67] s/);
		await expect(page.getByRole('button', { name: 'Retry now' })).toBeVisible();
		await expect(heading(page)).toHaveText(/retrying in [45] s/, { timeout: 4_000 });
		// When the count reaches zero the page reloads its data without a navigation.
		const retried = await page.waitForRequest((r) => r.url().includes('__data.json'), {
			timeout: 10_000
		});
		expect(retried.url()).toContain('/assets/fault_429/__data.json');
		await expect(heading(page)).toHaveText(/retrying in [67] s/);
		await expect(page).toHaveURL('/assets/fault_429?namespace=demo_prod');
	});

	for (const [asset, status, kind, title] of [
		['fault_500', 502, 'upstream_error', 'Mixpeek answered 500'],
		['fault_502_html', 502, 'upstream_error', 'Mixpeek answered 502'],
		['fault_503', 502, 'upstream_error', 'Mixpeek answered 503'],
		['fault_drop', 502, 'unreachable', 'Mixpeek is not answering']
	] as const) {
		test(`${asset}: ${title}, with Retry`, async ({ page }) => {
			const response = await page.goto(`/assets/${asset}?namespace=demo_prod`);
			await expectErrorState(page, response, status, kind);
			await expect(heading(page)).toHaveText(title);
			await expect(errorPage(page)).not.toContainText('<html');
			await expect(page.getByTestId('error-id')).not.toBeEmpty();
			const retried = page.waitForRequest((r) => r.url().includes(`/assets/${asset}/__data.json`));
			await page.getByRole('button', { name: 'Retry' }).click();
			await retried;
			await expect(heading(page)).toHaveText(title);
		});
	}

	test('fault_slow: a timeout is "not answering" too', async ({ page }) => {
		test.setTimeout(60_000);
		const response = await page.goto('/assets/fault_slow?namespace=demo_prod', { timeout: 45_000 });
		await expectErrorState(page, response, 504, 'timeout');
		await expect(heading(page)).toHaveText('Mixpeek is not answering');
		await expect(errorPage(page)).toContainText('timed out');
	});

	for (const asset of ['fault_malformed_json', 'fault_schema_invalid']) {
		test(`${asset}: not understood, raw body downloadable`, async ({ page }) => {
			const response = await page.goto(`/assets/${asset}?namespace=demo_prod`);
			await expectErrorState(page, response, 502, 'invalid_response');
			await expect(heading(page)).toHaveText('Mixpeek sent something this app does not understand');
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Download raw response' }).click();
			const download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^mixpeek-response-.+\.txt$/);
			const body = await readFile((await download.path())!, 'utf8');
			expect(body.length).toBeGreaterThan(0);
			expect(body).not.toContain(DEMO_KEY);
			await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
		});
	}

	test('fault_422: lists what Mixpeek found invalid', async ({ page }) => {
		const response = await page.goto('/assets/fault_422?namespace=demo_prod');
		await expectErrorState(page, response, 422, 'validation');
		await expect(heading(page)).toHaveText('Mixpeek found the request invalid');
		await expect(page.getByTestId('error-details').getByRole('listitem').first()).not.toBeEmpty();
	});
});

test.describe('not found', () => {
	test('an unknown asset says which namespace was searched and offers to switch', async ({
		page
	}) => {
		const response = await page.goto('/assets/ast_does_not_exist?namespace=demo_staging&tab=raw');
		await expectErrorState(page, response, 404, 'asset_not_found');
		await expect(heading(page)).toHaveText('Asset not found');
		await expect(errorPage(page)).toContainText('“ast_does_not_exist” in namespace “demo_staging”');
		const picker = errorPage(page).getByTestId('namespace-picker');
		await picker.getByRole('link', { name: /demo_prod/ }).click();
		await expect(page).toHaveURL('/assets/ast_does_not_exist?namespace=demo_prod&tab=raw');
		await expect(errorPage(page)).toContainText('namespace “demo_prod”');
	});

	test('without a namespace it names the key default', async ({ page }) => {
		await page.goto('/assets/ast_does_not_exist');
		await expect(errorPage(page)).toContainText("the key's default namespace");
	});

	test('an unknown namespace says so and offers the switcher', async ({ page }) => {
		const response = await page.goto('/assets/ast_shared_id?namespace=nope');
		await expectErrorState(page, response, 404, 'namespace_not_found');
		await expect(heading(page)).toHaveText('Namespace unknown');
		await expect(errorPage(page)).toContainText('“nope”');
		await errorPage(page)
			.getByTestId('namespace-picker')
			.getByRole('link', { name: /demo_staging/ })
			.click();
		await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_staging');
		await expect(page.getByTestId('asset-id')).toHaveText('ast_shared_id');
	});

	test('an impossible asset ID is a 400 that says what is wrong', async ({ page }) => {
		const response = await page.goto(`/assets/${'a'.repeat(300)}`);
		await expectErrorState(page, response, 400, 'bad_input');
		await expect(errorPage(page)).toContainText('longer than 256');
		await expect(errorPage(page).getByRole('textbox', { name: 'Open an asset' })).toBeVisible();
	});

	test('an unknown route is a plain not-found page', async ({ page }) => {
		const response = await page.goto('/no/such/page');
		await expectErrorState(page, response, 404, 'not_found');
		await expect(heading(page)).toHaveText('Page not found');
		await expect(errorPage(page).getByRole('link', { name: 'Home' })).toBeVisible();
	});
});

test.describe('keys', () => {
	test('a key Mixpeek rejects (401) leads to settings', async ({ page, standin }) => {
		// The server key is fine at start; the stand-in now rejects it once, as after a revocation.
		await standin.fault({ fault: '401', assetId: 'ast_video_tour', path: 'features', count: 1 });
		const response = await page.goto('/assets/ast_video_tour?namespace=demo_prod');
		await expectErrorState(page, response, 401, 'unauthorized');
		await expect(heading(page)).toHaveText('Mixpeek rejected this key');
		await expect(errorPage(page).getByRole('link', { name: 'Open settings' })).toHaveAttribute(
			'href',
			`/settings?next=${encodeURIComponent('/assets/ast_video_tour?namespace=demo_prod')}`
		);
	});

	// The no-read key is accepted by settings (it authenticates) and the asset page says why not.
	test('a key without read access (403) is saved, and the asset page says so', async ({
		browser
	}) => {
		const context = await browser.newContext({ baseURL: KEYLESS_URL });
		const page = await context.newPage();
		await page.goto('/settings');
		await page.getByLabel('API key').fill(NO_READ_KEY);
		await page.getByRole('button', { name: 'Save key' }).click();
		await expect(page.getByText(/Key saved/)).toBeVisible();
		const response = await page.goto('/assets/ast_video_tour?namespace=demo_prod');
		expect(response?.status()).toBe(403);
		await expect(errorPage(page)).toHaveAttribute('data-kind', 'forbidden');
		await expect(heading(page)).toHaveText('This key may not read assets');
		expect(await page.content()).not.toContain(NO_READ_KEY);
		await context.close();
	});
});
