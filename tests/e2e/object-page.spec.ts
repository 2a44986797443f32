/**
 * The object page of today's Mixpeek API against the stand-in: the asset page's galleries, viewer,
 * polling and re-minting on a bucket object and its documents, and its error states.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { STANDIN_URL, hydrated } from './env';

const MEDIA = '/buckets/bkt_demo_media/objects';
const tiles = (page: import('@playwright/test').Page) =>
	page.locator('[data-gallery] > [data-tile]');
const tab = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });

async function standin(request: APIRequestContext, path: string, data?: unknown) {
	const response = await request.post(`${STANDIN_URL}/__standin/${path}`, { data });
	expect(response.ok()).toBe(true);
}

test.beforeEach(async ({ request }) => {
	await standin(request, 'reset');
});
test.afterAll(async ({ request }) => {
	await standin(request, 'reset');
});

test('video object: segment documents in the video tab, tier-2 transcripts, collections, files', async ({
	page
}) => {
	await page.goto(`${MEDIA}/obj_video_tour?namespace=demo_prod`);
	await expect(page.getByTestId('asset-id')).toHaveText('obj_video_tour');
	await expect(page.getByText('Object · bucket bkt_demo_media')).toBeVisible();
	await expect(page.getByTestId('asset-status')).toHaveText('COMPLETED');
	await expect(tab(page, 'Video')).toHaveAttribute('aria-selected', 'true');
	await expect(tiles(page)).toHaveCount(3);
	await expect(page.getByTestId('time-range').nth(1)).toHaveText('0:04–0:08');
	await expect(tab(page, 'Text')).toContainText('3');
	await expect(page.getByTestId('api-generation')).toHaveText("today's (objects)");
	await expect(page.getByTestId('object-file')).toHaveCount(2);
	await expect(page.getByTestId('object-files')).toContainText('s3://mixpeek-standin/');

	// The collection picker narrows every tab to one collection's documents.
	const picker = page.getByTestId('collection-picker');
	await hydrated(page);
	await picker.getByRole('button', { name: /segment-transcripts \(3\)/ }).click();
	await expect(tab(page, 'Video')).toContainText('0');
	await expect(tab(page, 'Text')).toContainText('3');
	await picker.getByRole('button', { name: /All \(6\)/ }).click();
	await expect(tab(page, 'Video')).toContainText('3');
});

test('image object: six image documents with presigned thumbnails', async ({ page }) => {
	await page.goto(`${MEDIA}/obj_image_gallery`);
	await expect(tab(page, 'Image')).toHaveAttribute('aria-selected', 'true');
	await expect(tiles(page)).toHaveCount(6);
	const img = tiles(page).first().locator('img');
	await expect(img).toHaveAttribute('src', /X-Amz-Signature/);
	await expect
		.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0))
		.toBe(true);
	await expect(page.getByTestId('asset-metadata')).toContainText('Test pattern gallery');
});

test('a document opens in the viewer with its fields and blobs, and deep-links by item=', async ({
	page
}) => {
	await page.goto(`${MEDIA}/obj_video_tour`);
	await hydrated(page);
	await page
		.getByRole('button', { name: /Segment 2/ })
		.first()
		.click();
	const dialog = page.getByTestId('viewer');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('#viewer-title')).toHaveText(/2 of 3/);
	await expect(dialog).toContainText('document_blobs');
	await expect(dialog).toContainText('_internal');
	await expect(page).toHaveURL(/\/buckets\/bkt_demo_media\/objects\/obj_video_tour\?.*item=doc_/);
	const deepLink = page.url();
	await page.goto(deepLink);
	await expect(page.getByTestId('viewer').locator('#viewer-title')).toHaveText(/2 of 3/);
});

test('the processing object reaches COMPLETED on screen without a reload', async ({
	page,
	request
}) => {
	test.setTimeout(60_000);
	await standin(request, 'config', { processingMs: 4_000 });
	await page.goto(`${MEDIA}/obj_processing`);
	await hydrated(page);
	await expect(page.getByTestId('polling')).toBeVisible();
	await expect(page).toHaveTitle(/^(PENDING|PROCESSING) · obj_processing/);
	await expect(page.getByTestId('finished-notice')).toContainText('COMPLETED', { timeout: 25_000 });
	await expect(tab(page, 'Image')).toContainText('2');
	await expect(page.getByTestId('polling')).toHaveCount(0);
});

test('previews are re-minted before their URLs expire', async ({ page, request }) => {
	test.setTimeout(60_000);
	await standin(request, 'config', { urlTtlSeconds: 5 });
	await page.goto(`${MEDIA}/obj_image_gallery`);
	await hydrated(page);
	const first = tiles(page).first().locator('img');
	const before = await first.getAttribute('src');
	await expect.poll(() => first.getAttribute('src'), { timeout: 20_000 }).not.toBe(before);
	await expect
		.poll(() => first.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0))
		.toBe(true);
});

test('failed and draft objects explain themselves', async ({ page }) => {
	await page.goto(`${MEDIA}/obj_failed`);
	await expect(page.getByTestId('asset-status')).toHaveAttribute('data-status-kind', 'failed');
	await expect(
		page.getByText('DECODE_ERROR: ffprobe could not read the stream').first()
	).toBeVisible();
	await page.goto(`${MEDIA}/obj_draft`);
	await expect(page.getByTestId('object-draft')).toBeVisible();
});

test('a 404 object says so and offers the way out', async ({ page }) => {
	const response = await page.goto(`${MEDIA}/obj_nope?namespace=demo_prod`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Object not found' })).toBeVisible();
	await expect(page.locator('body')).toContainText('No such object in namespace');
});

test("a 401 from today's API sends the user to fix the key", async ({ page, request }) => {
	await standin(request, 'faults', { fault: '401', path: 'asset', assetId: 'obj_image_gallery' });
	const response = await page.goto(`${MEDIA}/obj_image_gallery`);
	expect(response?.status()).toBe(401);
	await expect(page.getByRole('heading', { name: 'Mixpeek rejected this key' })).toBeVisible();
});

test('the paste box opens objects by ID, API URL or document URL', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const box = page.getByRole('textbox', { name: 'Open an asset' }).last();
	await box.fill('https://api.mixpeek.com/v1/buckets/bkt_demo_media/objects/obj_video_tour');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/buckets\/bkt_demo_media\/objects\/obj_video_tour/);
	await expect(page.getByTestId('asset-id')).toHaveText('obj_video_tour');

	await page.goto('/');
	await hydrated(page);
	await page.getByRole('textbox', { name: 'Open an asset' }).last().fill('obj_image_gallery');
	await page.getByRole('textbox', { name: 'Open an asset' }).last().press('Enter');
	await expect(page).toHaveURL(/\/buckets\/bkt_demo_media\/objects\/obj_image_gallery/);
});

test('a video object has the player and timeline of its segment documents; t= seeks it', async ({
	page
}) => {
	await page.goto(`${MEDIA}/obj_video_tour?namespace=demo_prod&t=5`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	const player = page.getByTestId('asset-player');
	await expect
		.poll(() => player.evaluate((m: HTMLMediaElement) => m.currentTime), { timeout: 15_000 })
		.toBeGreaterThan(4.5);
	expect(await player.evaluate((m: HTMLMediaElement) => m.currentTime)).toBeLessThan(5.5);
	// The segment at 0:05 is the second document.
	await expect(page.getByTestId('readout')).toContainText('Segment 2');
});
