import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_KEY } from '../../standin/keys';

test.describe('collection triage list', () => {
	test('filtered to FAILED, it pages through and links to the inspector', async ({ page }) => {
		await page.goto(
			'/collections/col_nightly_ingest?namespace=demo_prod&status=FAILED&page_size=25'
		);
		await expect(page.getByTestId('triage-total')).toContainText('40 assets (failed)');
		const rows = page.getByTestId('triage-row');
		await expect(rows).toHaveCount(25);
		await expect(page.getByTestId('triage-page')).toHaveText('Page 1 of 2');
		for (const status of await page.getByTestId('asset-status').allTextContents()) {
			expect(status).toBe('FAILED');
		}
		await expect(page.getByTestId('triage-error').first()).toContainText(/[A-Z_]+: /);
		const firstOnPageOne = await rows.first().getByRole('link').textContent();

		await page.getByRole('link', { name: 'Next' }).click();
		await expect(page).toHaveURL(/page=2/);
		await expect(page).toHaveURL(/status=FAILED/);
		await expect(rows).toHaveCount(15);
		await expect(page.getByTestId('triage-page')).toHaveText('Page 2 of 2');
		await expect(page.getByRole('link', { name: 'Next' })).toHaveCount(0);
		const id = (await rows.first().getByRole('link').textContent())!.trim();
		expect(id).not.toBe(firstOnPageOne?.trim());

		await rows.first().getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/assets/${id}\\?namespace=demo_prod`));
		await expect(page.getByTestId('asset-status').first()).toHaveText('FAILED');
	});

	test('the picker lists the collections; a status chip filters; a past-the-end page says so', async ({
		page
	}) => {
		await page.goto('/collections?namespace=demo_prod');
		await page.getByRole('link', { name: 'backfill-2024' }).click();
		await expect(page).toHaveURL(/\/collections\/col_backfill_2024\?namespace=demo_prod$/);
		await expect(page.getByTestId('triage-total')).toContainText('2,600 assets (all)');
		await expect(page.getByTestId('triage-page')).toHaveText('Page 1 of 52');
		await page.getByRole('link', { name: 'In progress' }).click();
		await expect(page).toHaveURL(/status=IN_PROGRESS/);
		for (const kind of await page
			.getByTestId('asset-status')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-status-kind')))) {
			expect(kind).toBe('busy');
		}
		await page.goto('/collections/col_backfill_2024?namespace=demo_prod&status=FAILED&page=999');
		await expect(page.getByTestId('triage-empty')).toContainText('past the end');
	});

	test('bad query values are refused before anything goes upstream', async ({ page }) => {
		for (const query of ['status=BROKEN', 'page=0', 'page=abc', 'page_size=7']) {
			const response = await page.goto(`/collections/col_demo_images?${query}`);
			expect(response?.status(), query).toBe(400);
			await expect(page.getByTestId('error-page')).toHaveAttribute('data-kind', 'bad_input');
		}
	});
});

test.describe('compare', () => {
	test('the duplicate sample against its original shows the diff', async ({ page }) => {
		await page.goto('/compare?a=ast_duplicate&b=ast_image_gallery&namespace=demo_prod');
		await expect(page.getByTestId('hash-equality')).toHaveAttribute('data-equal', 'true');
		await expect(page.getByTestId('diff-metadata-counts')).toHaveText(
			'1 changed · 0 only in A · 4 only in B · 0 same'
		);
		const title = page.getByTestId('diff-metadata').getByTestId('diff-row').first();
		await expect(title).toHaveAttribute('data-kind', 'changed');
		await expect(title).toContainText('Re-upload of the gallery');
		await expect(title).toContainText('Test pattern gallery');
		await expect(page.getByTestId('diff-file-data')).toContainText('No differences.');
		await expect(page.getByTestId('feature-counts').locator('tr[data-kind="image"]')).toContainText(
			'66'
		);
		await expect(page.getByTestId('aligned-image').getByText('same id')).toHaveCount(6);
		await page.getByTestId('diff-metadata').getByLabel('Show unchanged fields').check();
		await page.getByRole('link', { name: 'ast_image_gallery' }).click();
		await expect(page).toHaveURL(/\/assets\/ast_image_gallery\?namespace=demo_prod/);
	});

	test('two namespaces with na= and nb=; a form when B is missing', async ({ page }) => {
		await page.goto('/compare?a=ast_shared_id&b=ast_shared_id&na=demo_prod&nb=demo_staging');
		await expect(page.getByTestId('diff-metadata')).toContainText('Shared id, staging copy');
		await expect(page.getByTestId('hash-equality')).toBeVisible();
		await page.goto('/compare?a=ast_duplicate&namespace=demo_prod');
		await page.getByLabel('Asset B').fill('ast_image_gallery');
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page).toHaveURL(/a=ast_duplicate&b=ast_image_gallery&namespace=demo_prod/);
		await expect(page.getByTestId('hash-equality')).toBeVisible();
	});
});

async function expectPageError(page: Page, url: string, status: number, kind: string) {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(status);
	await expect(page.getByTestId('error-page')).toHaveAttribute('data-kind', kind);
	expect(await page.content()).not.toContain(DEMO_KEY);
}

test.describe('upstream errors on the new routes', () => {
	const pages = [
		['/compare?a=ast_duplicate&b=ast_image_gallery&namespace=demo_prod', 'features', 2],
		['/collections/col_nightly_ingest?namespace=demo_prod&status=FAILED', 'assets_list', 1],
		['/collections?namespace=demo_prod', 'collections', 1]
	] as const;
	for (const [url, path, requests] of pages) {
		test(`${url.split('?')[0]}: 401, 429 and 5xx each show their state`, async ({
			page,
			standin
		}) => {
			await standin.fault({ path, fault: '401', count: requests });
			await expectPageError(page, url, 401, 'unauthorized');
			await standin.fault({ path, fault: '429', count: requests });
			await expectPageError(page, url, 429, 'rate_limited');
			await standin.fault({ path, fault: '500', count: requests });
			await expectPageError(page, url, 502, 'upstream_error');
			await standin.clearFaults();
		});
	}

	test('404s say what is missing', async ({ page }) => {
		await expectPageError(
			page,
			'/compare?a=ast_duplicate&b=ast_nope&namespace=demo_prod',
			404,
			'asset_not_found'
		);
		await expect(page.getByTestId('error-page')).toContainText('ast_nope');
		await expectPageError(
			page,
			'/collections/col_nope?namespace=demo_prod',
			404,
			'collection_not_found'
		);
		await expect(page.getByTestId('error-page')).toContainText('col_nope');
	});

	for (const [api, path] of [
		['/api/tasks/tsk_image_gallery?namespace=demo_prod', 'task'],
		['/api/features/ftr_image_gallery_0001?namespace=demo_prod', 'feature']
	] as const) {
		test(`${api.split('?')[0]}: 200, 401, 404, 429, 5xx as the app's JSON`, async ({
			request,
			standin
		}) => {
			const ok = await request.get(api);
			expect(ok.status()).toBe(200);
			expect((await ok.json()).data).toBeTruthy();
			for (const [kind, status, appKind] of [
				['401', 401, 'unauthorized'],
				['404', 404, `${path}_not_found`],
				['429', 429, 'rate_limited'],
				['500', 502, 'upstream_error']
			] as const) {
				await standin.fault({ path, fault: kind });
				const response = await request.get(api);
				expect(response.status(), kind).toBe(status);
				const body = await response.json();
				expect(body.error.kind).toBe(appKind);
				expect(JSON.stringify(body)).not.toContain(DEMO_KEY);
			}
		});
	}
});
