import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { DEMO_KEY } from '../../standin/keys';
import { hydrated } from './env';

test.describe('task panel', () => {
	test('the processing sample’s task progresses to DONE, then polling stops', async ({ page }) => {
		test.setTimeout(60_000);
		const panel = page.getByTestId('task-panel');
		await page.goto('/assets/ast_processing?namespace=demo_prod');
		await hydrated(page);
		await expect(panel).toHaveAttribute('data-state', 'ready');
		const first = await panel.getAttribute('data-task-status');
		expect(['QUEUED', 'DOWNLOADING', 'PROCESSING', 'UPLOADING']).toContain(first);
		await expect(page.getByTestId('task-elapsed')).toContainText('since created');
		await expect(panel.getByTestId('task-stages').locator('li').first()).toHaveAttribute(
			'data-stage',
			'download'
		);
		await expect(panel).toHaveAttribute('data-task-status', 'DONE', { timeout: 30_000 });
		await expect(panel.locator('li[data-stage="upload"]')).toHaveAttribute('data-status', 'DONE');
		await expect(page.getByTestId('asset-status').first()).toHaveText('DONE');

		const calls: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/api/')) calls.push(r.url());
		});
		await page.waitForTimeout(8_000);
		expect(calls, 'no polling once asset and task are final').toEqual([]);
	});

	test('a FAILED asset shows its task’s story', async ({ page }) => {
		await page.goto('/assets/ast_failed?namespace=demo_prod');
		const panel = page.getByTestId('task-panel');
		await expect(panel).toHaveAttribute('data-task-status', 'FAILED');
		await expect(panel.getByTestId('task-error')).toContainText(
			'DECODE_ERROR: ffprobe could not read the stream'
		);
		await expect(panel.locator('li[data-stage="download"]')).toHaveAttribute(
			'data-status',
			'FAILED'
		);
		await expect(page.getByTestId('task-elapsed')).toContainText('created');
	});

	test('a task that is gone says so; other task errors leave the page working', async ({
		page,
		standin
	}) => {
		await standin.fault({ path: 'task', fault: '404' });
		await page.goto('/assets/ast_image_gallery?namespace=demo_prod');
		await hydrated(page);
		// A finished asset fetches its task only when asked.
		await page.getByTestId('show-task').click();
		await expect(page.getByTestId('task-gone')).toContainText(
			'Mixpeek has no task “tsk_image_gallery” any more'
		);
		for (const [kind, text] of [
			['401', 'rejected this API key'],
			['429', 'rate limiting'],
			['500', 'Mixpeek answered 500']
		] as const) {
			await standin.fault({ path: 'task', fault: kind, count: 3 });
			await page.goto('/assets/ast_image_gallery?namespace=demo_prod');
			await hydrated(page);
			await page.getByTestId('show-task').click();
			await expect(page.getByTestId('task-failure')).toContainText(text);
			await expect(page.getByRole('tablist').first()).toBeVisible();
			await standin.clearFaults();
		}
	});
});

test.describe('feature detail in the viewer', () => {
	const open = (item: string) => `/assets/ast_vector_health?namespace=demo_prod&item=${item}`;

	test('NaN/Inf, all-zero and wrong-dimension vectors are flagged; a healthy one is not', async ({
		page
	}) => {
		const detail = page.getByTestId('feature-detail');
		const image = detail.locator('[data-testid="embedding"][data-vector="image_vector"]');
		const warning = (kind: string) =>
			image.locator(`[data-testid="vector-warning"][data-kind="${kind}"]`);

		await page.goto(open('ftr_vector_health_0002'));
		await expect(detail).toHaveAttribute('data-state', 'ready');
		await expect(warning('non_finite')).toContainText('4 NaNs, 1 +Inf, 1 −Inf');
		await expect(image).toHaveAttribute('data-healthy', 'false');

		await page.goto(open('ftr_vector_health_0003'));
		await expect(warning('all_zero')).toBeVisible();

		await page.goto(open('ftr_vector_health_0004'));
		await expect(warning('dimension')).toContainText('384 dimensions where its siblings have 512');

		await page.goto(open('ftr_vector_health_0001'));
		await expect(image).toHaveAttribute('data-healthy', 'true');
		await expect(
			detail.locator('[data-testid="embedding"][data-vector="multimodal_vector"]')
		).toBeVisible();
		await expect(detail.getByTestId('vector-histogram').first().locator('path')).toHaveCount(1);
	});

	test('vectors never reach the DOM in full; the download and the cURL have them', async ({
		page,
		context,
		request
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const api = await request.get('/api/features/ftr_vector_health_0001?namespace=demo_prod');
		const vector = (await api.json()).data.vectors.image_vector as number[];
		await page.goto(open('ftr_vector_health_0001'));
		await hydrated(page);
		const detail = page.getByTestId('feature-detail');
		await expect(detail).toHaveAttribute('data-state', 'ready');
		const html = await page.content();
		const shown = vector.slice(0, 40).filter((x) => html.includes(String(x)));
		expect(shown.length, 'vector values in the page').toBeLessThan(3);

		const downloading = page.waitForEvent('download');
		await detail
			.locator('[data-vector="image_vector"]')
			.getByRole('button', { name: 'Download vector (JSON)' })
			.click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('ftr_vector_health_0001.image_vector.json');
		expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(vector);

		await detail.getByRole('button', { name: 'Copy as cURL' }).click();
		const curl = await page.evaluate(() => navigator.clipboard.readText());
		expect(curl).toContain('$MIXPEEK_API_KEY');
		expect(curl).toContain('/v1/features/ftr_vector_health_0001?return_vectors=true');
		expect(curl).toContain('X-Namespace: demo_prod');
		expect(curl).not.toContain(DEMO_KEY);
	});

	test('each upstream error of the feature shows its state', async ({ page, standin }) => {
		for (const [kind, text] of [
			['404', 'Mixpeek has no feature'],
			['401', 'rejected the API key'],
			['429', 'rate limiting'],
			['500', 'Mixpeek answered 500']
		] as const) {
			await standin.clearFaults();
			await standin.fault({ path: 'feature', fault: kind, count: 8 });
			await page.goto(open('ftr_vector_health_0002'));
			await expect(page.getByTestId('feature-error')).toContainText(text);
			await expect(page.getByTestId('viewer')).toBeVisible();
		}
	});
});

test.describe('links around the asset', () => {
	test('the duplicate leads to compare; the collection leads to its triage list', async ({
		page
	}) => {
		await page.goto('/assets/ast_duplicate?namespace=demo_prod');
		await page.getByTestId('compare-duplicate').click();
		await expect(page).toHaveURL(
			/\/compare\?a=ast_duplicate&b=ast_image_gallery&namespace=demo_prod/
		);
		await expect(page.getByTestId('hash-equality')).toHaveAttribute('data-equal', 'true');
		await page.goto('/assets/ast_failed?namespace=demo_prod');
		await page.getByTestId('collection-link').click();
		await expect(page).toHaveURL(/\/collections\/col_demo_videos\?namespace=demo_prod/);
		await expect(page.getByTestId('triage-table')).toContainText('ast_failed');
	});

	test('the lookup offers compare with…', async ({ page }) => {
		await page.goto('/?namespace=demo_prod');
		await page.getByTestId('compare-with').locator('summary').click();
		await page.getByLabel('Asset A').fill('ast_duplicate');
		await page.getByLabel('Asset B').fill('ast_image_gallery');
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page.getByTestId('diff-metadata')).toBeVisible();
	});
});
