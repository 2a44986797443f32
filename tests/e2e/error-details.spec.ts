import { expect, test, type Page } from '@playwright/test';
import { STANDIN_URL, hydrated } from './env';

/** Error pages carry what a support ticket needs, and point where the asset really is. */

const errorPage = (page: Page) => page.getByTestId('error-page');
const heading = (page: Page) => errorPage(page).getByRole('heading', { level: 1 });
const MIXPEEK_ID = /^[0-9a-f]{24}$/;
const OUR_ID = /^[0-9a-f-]{36}$/;

async function expectTicketDetails(page: Page, upstreamStatus: string) {
	const details = errorPage(page).getByTestId('upstream-details');
	await expect(details.getByTestId('error-upstream-status')).toHaveText(upstreamStatus);
	await expect(details.getByTestId('upstream-request-id')).toHaveText(MIXPEEK_ID);
	await expect(details.getByTestId('error-latency')).toHaveText(/^\d[\d,]* ms/);
	await expect(errorPage(page).getByTestId('error-id')).toHaveText(OUR_ID);
	const theirs = await details.getByTestId('upstream-request-id').textContent();
	const ours = await errorPage(page).getByTestId('error-id').textContent();
	expect(theirs).not.toBe(ours);
}

test.describe('upstream details', () => {
	test('a 500 says "Mixpeek answered 500" with its status, request id and latency', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const response = await page.goto('/assets/fault_500?namespace=demo_prod');
		expect(response?.status()).toBe(502);
		await expect(heading(page)).toHaveText('Mixpeek answered 500');
		await expect(errorPage(page)).not.toContainText('not answering');
		await expectTicketDetails(page, '500');
		await expect(errorPage(page).getByTestId('error-timeout')).toHaveCount(0);

		await errorPage(page).getByRole('button', { name: 'Copy Mixpeek request ID' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(MIXPEEK_ID);
		await expect(errorPage(page).getByTestId('upstream-request-id')).toHaveText(copied);
	});

	test('a 503 says "Mixpeek answered 503" and how many attempts were made', async ({ page }) => {
		await page.goto('/assets/fault_503?namespace=demo_prod');
		await expect(heading(page)).toHaveText('Mixpeek answered 503');
		await expectTicketDetails(page, '503');
		await expect(errorPage(page).getByTestId('upstream-details')).toContainText('3 attempts');
	});

	test('a 403 shows the status and Mixpeek’s request id beside the next step', async ({
		page,
		request
	}) => {
		const fault = await request.post(`${STANDIN_URL}/__standin/faults`, {
			data: { fault: '403', assetId: 'ast_audio_clip', path: 'features', count: 1 }
		});
		expect(fault.ok()).toBe(true);
		const response = await page.goto('/assets/ast_audio_clip?namespace=demo_prod');
		expect(response?.status()).toBe(403);
		await expect(heading(page)).toHaveText('This key may not read assets');
		await expectTicketDetails(page, '403');
	});

	test('an unreachable Mixpeek is "not answering" and has no upstream status', async ({ page }) => {
		await page.goto('/assets/fault_drop?namespace=demo_prod');
		await expect(heading(page)).toHaveText('Mixpeek is not answering');
		const details = errorPage(page).getByTestId('upstream-details');
		await expect(details.getByTestId('error-upstream-status')).toHaveText(/no answer/i);
		await expect(details.getByTestId('upstream-request-id')).toHaveCount(0);
	});
});

test.describe('asset not found', () => {
	test('names the other namespace that has the asset, and links there', async ({ page }) => {
		const response = await page.goto('/assets/ast_image_gallery?namespace=demo_staging&tab=image');
		expect(response?.status()).toBe(404);
		await expect(heading(page)).toHaveText('Asset not found');
		const found = errorPage(page).getByTestId('found-elsewhere');
		const link = found.getByRole('link', { name: /Found in demo_prod/ });
		await expect(link).toHaveAttribute(
			'href',
			'/assets/ast_image_gallery?namespace=demo_prod&tab=image'
		);
		await expect(found).toContainText('DONE');
		await link.click();
		await expect(page.getByTestId('asset-id')).toHaveText('ast_image_gallery');
		await expect(page.getByRole('banner').getByTestId('namespace-badge')).toHaveAttribute(
			'data-namespace',
			'demo_prod'
		);
	});

	test('says plainly when no other namespace has it', async ({ page }) => {
		await page.goto('/assets/ast_nowhere_at_all?namespace=demo_staging');
		await expect(errorPage(page).getByTestId('found-elsewhere')).toHaveCount(0);
		await expect(errorPage(page).getByTestId('elsewhere-none')).toContainText(
			'not in demo_prod either'
		);
	});
});

test.describe('other error states', () => {
	test('422 lists the field errors and offers a way back, not Retry', async ({ page }) => {
		await page.goto('/');
		await page.goto('/assets/fault_422?namespace=demo_prod');
		await expect(heading(page)).toHaveText('Mixpeek found the request invalid');
		await expect(page.getByTestId('error-details').getByRole('listitem').first()).not.toBeEmpty();
		await expect(errorPage(page).getByRole('button', { name: /Retry/ })).toHaveCount(0);
		await errorPage(page).getByRole('link', { name: 'Go back' }).click();
		await expect(page).toHaveURL('/');
	});

	test('a FAILED asset explains why it has no features and what to do next', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/assets/ast_failed?namespace=demo_prod');
		const empty = page.getByTestId('empty-state');
		await expect(empty).toContainText('processing failed');
		await expect(empty).not.toContainText('not an error');
		await empty.getByRole('button', { name: 'Copy task ID' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^tsk_/);
		await expect(empty).toContainText('DECODE_ERROR');
	});
});

test('an encoded slash in the path is refused like a slash in the lookup box', async ({ page }) => {
	const response = await page.goto('/assets/a%2Fb');
	expect(response?.status()).toBe(400);
	await expect(errorPage(page)).toHaveAttribute('data-kind', 'bad_input');
	await expect(errorPage(page)).toContainText('The asset ID contains a slash.');
	const box = errorPage(page).getByRole('textbox', { name: 'Open an asset' });
	// Before hydration, Enter would submit the bare form (a reload) instead of checking the text.
	await hydrated(page);
	// The same ID, pasted as this app's link, is refused by the same rule.
	await box.fill('/assets/a%2Fb');
	await box.press('Enter');
	await expect(errorPage(page).getByTestId('lookup-reason')).toHaveText(
		'The asset ID contains a slash.'
	);
});
