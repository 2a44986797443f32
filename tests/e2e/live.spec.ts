/**
 * A page left open: presigned URLs re-minted in place, failed previews explained, and a
 * processing asset followed to DONE by polling that backs off, pauses when hidden and honours 429.
 */
import type { Page } from '@playwright/test';
import { hydrated } from './env';
import { expect, test } from './fixtures';

async function setHidden(page: Page, hidden: boolean) {
	await page.evaluate((value) => {
		Object.defineProperty(document, 'hidden', { value, configurable: true });
		Object.defineProperty(document, 'visibilityState', {
			value: value ? 'hidden' : 'visible',
			configurable: true
		});
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);
}

// These wait for links to expire and polls to back off: tens of seconds each.
test.describe.configure({ timeout: 60_000 });

/** Opens a page and waits until it has hydrated (polling and re-minting run in the browser). */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

// Each test starts from a clean request log and fresh processing clocks.
test.beforeEach(async ({ standin }) => {
	await standin.reset();
});

test('previews keep loading after their URLs expire, and the open item and tab survive the swap', async ({
	page,
	standin
}) => {
	await standin.config({ urlTtlSeconds: 5 });
	await open(page, '/assets/ast_image_gallery?tab=image&item=ftr_image_gallery_0002');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	const viewerImg = dialog.locator('img').first();
	await expect(viewerImg).toHaveAttribute('src', /X-Amz-Signature/);
	// Viewer and grid read in one go, so a re-mint cannot land between the two reads.
	const snapshot = () =>
		page.evaluate(() => ({
			viewer: document.querySelector('dialog img')?.getAttribute('src') ?? null,
			grid: [...document.querySelectorAll('[role="tabpanel"] img')].map((i) =>
				i.getAttribute('src')
			)
		}));
	const { viewer: before, grid: gridBefore } = await snapshot();
	await expect(page.getByTestId('url-expiry')).toContainText('Previews valid until');

	// The page re-mints about a second before the 5 s lifetime ends: new signatures swap in.
	await expect.poll(async () => (await snapshot()).viewer, { timeout: 15_000 }).not.toBe(before);
	await expect(dialog).toBeVisible();
	await expect(page).toHaveURL(/[?&]tab=image&item=ftr_image_gallery_0002$/);
	await expect
		.poll(() => viewerImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
		.toBe(true);
	const { grid: gridAfter } = await snapshot();
	expect(gridAfter).toHaveLength(gridBefore.length);
	expect(gridAfter.filter((src, i) => src !== gridBefore[i]).length).toBe(gridAfter.length);

	// Well past the first expiry, every preview still loads, without a page reload.
	await page.waitForTimeout(6_000);
	await page.keyboard.press('Escape');
	for (const img of await page.locator('[role="tabpanel"] img').all()) {
		await expect
			.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0))
			.toBe(true);
	}
	expect((await standin.featureCalls('ast_image_gallery')).length).toBeGreaterThanOrEqual(3);
});

// The player would ask the store first: its media meets the expired link (and, reported,
// re-mints every link before the Image tab asks), and its poster is the Image tab's preview, which
// the document then reuses from memory without asking the store (a disabled HTTP cache does not
// change that). So here the media's request stays pending and the poster is refused until the
// tab is opened: the preview is the first request after the links expired.
test('a preview that fails on an expired link says so and loads with a fresh one', async ({
	page,
	standin
}) => {
	let tabOpened = false;
	await page.route(/\/objects\/.*video-tour\.webm/, () => {});
	await page.route(/\/objects\/.*video-thumb\.jpg/, (route) =>
		tabOpened ? route.fallback() : route.abort()
	);
	await standin.config({ urlTtlSeconds: 3 });
	// The Image tab is not rendered at first, so its preview is first requested after expiry.
	await open(page, '/assets/ast_video_tour');
	// After the first re-mint the next one waits out the 10 s cool-down: the links expire meanwhile.
	await expect(page.getByTestId('url-expiry')).toContainText('Preview links expired', {
		timeout: 15_000
	});
	tabOpened = true;
	await page.getByRole('tab', { name: /Image/ }).click();
	const panel = page.getByRole('tabpanel');
	await expect(panel.getByTestId('preview-reason')).toHaveText('Link expired — refreshed', {
		timeout: 20_000
	});
	await expect
		.poll(() =>
			panel
				.locator('img')
				.first()
				.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)
		)
		.toBe(true);
});

test("the page's player reports media that fails to load: the page finds out why and re-mints", async ({
	page
}) => {
	// The store refuses the player's first request as it refuses an expired link.
	let refused = 0;
	await page.route(/\/objects\/.*video-long\.webm/, async (route) => {
		if (refused++ > 0) return route.fallback();
		await route.fulfill({
			status: 403,
			contentType: 'application/xml',
			body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>'
		});
	});
	const diagnosed = page.waitForRequest(
		(r) => r.method() === 'POST' && r.url().includes('/api/assets/ast_video_long/diagnose')
	);
	await open(page, '/assets/ast_video_long');
	const player = page.getByTestId('asset-player');
	const first = await player.getAttribute('src');
	const body = (await diagnosed).postDataJSON() as { urls: string[] };
	expect(body.urls).toContain(first);
	// A fresh link for the same media, which then loads.
	await expect(player).not.toHaveAttribute('src', first!, { timeout: 10_000 });
	await expect
		.poll(() => player.evaluate((m: HTMLMediaElement) => m.readyState), { timeout: 10_000 })
		.toBeGreaterThanOrEqual(1);
});

test('a missing object shows as missing (404), not as expired', async ({ page }) => {
	await open(page, '/assets/ast_missing_object');
	await expect(
		page.getByTestId('preview-reason').filter({ hasText: 'Object missing (404)' })
	).toHaveCount(1, {
		timeout: 20_000
	});
	await expect(page.getByText('Link expired')).toHaveCount(0);
});

test('the processing sample reaches DONE on screen without a reload, then polling stops', async ({
	page,
	standin
}) => {
	await standin.config({ processingMs: 4_000 });
	await open(page, '/assets/ast_processing');
	await expect(page.getByTestId('polling')).toBeVisible();
	await expect(page).toHaveTitle(/^(PENDING|PROCESSING) · ast_processing/);
	await expect(page.getByTestId('finished-notice')).toContainText('Processing finished: DONE', {
		timeout: 20_000
	});
	await expect(page).toHaveTitle(/^✓ DONE · ast_processing/);
	await expect(page.getByRole('tab', { name: /Image/ })).toContainText('2');
	const atDone = (await standin.featureCalls('ast_processing')).length;
	await page.waitForTimeout(12_000);
	expect((await standin.featureCalls('ast_processing')).length).toBe(atDone);
	await expect(page.getByTestId('polling')).toHaveCount(0);
});

test('polling pauses while the page is hidden and resumes when it shows', async ({
	page,
	standin
}) => {
	await standin.config({ processingMs: 600_000 });
	await open(page, '/assets/ast_processing');
	await setHidden(page, true);
	const hiddenAt = (await standin.featureCalls('ast_processing')).length;
	await page.waitForTimeout(7_000);
	expect((await standin.featureCalls('ast_processing')).length).toBe(hiddenAt);
	await setHidden(page, false);
	await expect
		.poll(async () => (await standin.featureCalls('ast_processing')).length, { timeout: 10_000 })
		.toBeGreaterThan(hiddenAt);
});

test('a 429 while polling keeps the last good data and waits the Retry-After', async ({
	page,
	standin
}) => {
	await standin.config({ processingMs: 600_000 });
	await open(page, '/assets/ast_processing');
	// Longer than the server waits out itself, so the browser sees it.
	await standin.fault({
		assetId: 'ast_processing',
		fault: '429',
		retryAfter: 6,
		count: 1
	});
	await expect(page.getByTestId('live-failure')).toContainText('rate limiting', {
		timeout: 10_000
	});
	await expect(page.getByTestId('live-failure')).toContainText('Next try in');
	await expect(page.getByRole('heading', { name: 'ast_processing' })).toBeVisible();
	await expect(page.getByTestId('live-failure')).toHaveCount(0, { timeout: 15_000 });
	const calls = await standin.featureCalls('ast_processing');
	const times = calls.map((c) => Date.parse(c.time));
	const gaps = times.slice(1).map((t, i) => t - times[i]);
	expect(Math.max(...gaps)).toBeGreaterThanOrEqual(5_900);
});

test('the Refresh button fetches fresh data and shows the diagnostics', async ({
	page,
	standin
}) => {
	await open(page, '/assets/ast_text_notes?namespace=demo_prod');
	const before = (await standin.featureCalls('ast_text_notes')).length;
	await page.getByRole('button', { name: 'Refresh' }).click();
	await expect
		.poll(async () => (await standin.featureCalls('ast_text_notes')).length)
		.toBe(before + 1);
	const strip = page.getByTestId('diagnostics');
	await expect(strip).toContainText('HTTP 200');
	await expect(strip).toContainText('demo_prod');
	await expect(page.getByTestId('data-age')).toContainText(/fetched \d+ s ago/);
});
