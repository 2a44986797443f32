import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { hydrated } from './env';
import { expect, test } from './fixtures';

const tiles = (page: Page) => page.locator('[data-gallery] > [data-tile]');
const tab = (page: Page, name: string) =>
	page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

test.describe('sample assets', () => {
	test('image gallery: six lazy thumbnails in fixed boxes, image tab by default', async ({
		page
	}) => {
		await page.goto('/assets/ast_image_gallery');
		await expect(page.getByTestId('asset-id')).toHaveText('ast_image_gallery');
		await expect(page.getByTestId('asset-status')).toHaveText('DONE');
		await expect(tab(page, 'Image')).toHaveAttribute('aria-selected', 'true');
		await expect(tab(page, 'Image')).toContainText('6');
		await expect(tiles(page)).toHaveCount(6);
		const img = tiles(page).first().locator('img');
		await expect(img).toHaveAttribute('loading', 'lazy');
		await expect(img).toHaveAttribute('decoding', 'async');
		const box = await tiles(page).first().locator('button').first().boundingBox();
		expect(Math.abs(box!.width - box!.height)).toBeLessThan(2);
		await expect(page.getByTestId('file-size')).toHaveAttribute('title', /bytes$/);
		await expect(page.getByTestId('asset-metadata')).toContainText('Test pattern gallery');
	});

	test('video: a segment plays from its start_time and stops at its end_time', async ({ page }) => {
		await page.goto('/assets/ast_video_tour');
		await expect(tab(page, 'Video')).toHaveAttribute('aria-selected', 'true');
		await expect(tiles(page)).toHaveCount(3);
		await expect(page.getByTestId('time-range').nth(1)).toHaveText('0:04–0:08');
		await page.getByRole('button', { name: 'Play Segment 2 (0:04–0:08)' }).click();
		const dialog = page.getByTestId('viewer');
		await expect(dialog).toBeVisible();
		const video = dialog.locator('video');
		await expect
			.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime >= 4), {
				timeout: 10_000
			})
			.toBe(true);
		await expect
			.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused), { timeout: 10_000 })
			.toBe(true);
		const stoppedAt = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
		expect(stoppedAt).toBeGreaterThanOrEqual(7.5);
		expect(stoppedAt).toBeLessThan(9);
	});

	test('audio: a player per clip with its time range', async ({ page }) => {
		await page.goto('/assets/ast_audio_clip');
		await expect(tab(page, 'Audio')).toHaveAttribute('aria-selected', 'true');
		await expect(tiles(page)).toHaveCount(2);
		await expect(page.locator('[data-gallery] audio')).toHaveCount(2);
		await expect(tiles(page).nth(1)).toContainText('0:03–0:06');
	});

	test('text: readable cards, long ones folded', async ({ page }) => {
		await page.goto('/assets/ast_text_notes');
		await expect(tab(page, 'Text')).toHaveAttribute('aria-selected', 'true');
		await expect(tiles(page)).toHaveCount(4);
		const long = tiles(page).nth(1);
		const toggle = long.getByRole('button', { name: /Show all/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(long.getByRole('button', { name: 'Show less' })).toBeVisible();
	});

	test('failed: the error is shown prominently', async ({ page }) => {
		await page.goto('/assets/ast_failed');
		await expect(page.getByTestId('asset-status')).toHaveAttribute('data-status-kind', 'failed');
		const notice = page.getByTestId('status-failed');
		await expect(notice).toContainText('ffprobe could not read the stream');
		await expect(notice).toContainText('DECODE_ERROR');
		await expect(notice.getByRole('button', { name: 'Copy error' })).toBeVisible();
	});

	test('processing: looks busy, not broken', async ({ page, standin }) => {
		// A fresh processing clock, so the asset is still busy whatever ran before.
		await standin.reset();
		await page.goto('/assets/ast_processing');
		await expect(page.getByTestId('asset-status')).toHaveAttribute('data-status-kind', 'busy');
		await expect(page.getByTestId('status-busy')).toBeVisible();
		await expect(page.getByTestId('empty-state')).toBeVisible();
	});

	test('duplicate: SKIPPED is explained and links to the original', async ({ page }) => {
		await page.goto('/assets/ast_duplicate?namespace=demo_prod');
		const notice = page.getByTestId('status-skipped');
		await expect(notice).toContainText('duplicate');
		const link = notice.getByRole('link', { name: /Duplicate of ast_image_gallery/ });
		await expect(link).toHaveAttribute('href', '/assets/ast_image_gallery?namespace=demo_prod');
		await link.click();
		await expect(page).toHaveURL('/assets/ast_image_gallery?namespace=demo_prod');
		await expect(page.getByTestId('asset-id')).toHaveText('ast_image_gallery');
	});

	test('empty: a clear empty state, not an error', async ({ page }) => {
		await page.goto('/assets/ast_empty');
		await expect(page.getByTestId('empty-state')).toContainText('not an error');
		for (const name of ['Video', 'Image', 'Text', 'Audio'])
			await expect(tab(page, name)).toContainText('0');
	});

	test('5,000 features: exact count, bounded DOM, paging', async ({ page }) => {
		await page.goto('/assets/ast_big_gallery');
		await expect(tab(page, 'Image')).toContainText('5,000');
		// Only the rows near the viewport are mounted, never the page's 120.
		await expect(tiles(page).first()).toBeVisible();
		expect(await tiles(page).count()).toBeLessThan(40);
		await expect(page.getByTestId('pager-range').first()).toContainText('1–120 of 5,000');
		await page.getByRole('button', { name: 'Next 120' }).first().click();
		await expect(page.getByTestId('pager-range').first()).toContainText('121–240 of 5,000');
		await expect(tiles(page).first()).toContainText('#121');
		expect(await page.locator('[data-tile]').count()).toBeLessThan(40);
	});

	test('missing object: a readable placeholder where the preview failed', async ({ page }) => {
		await page.goto('/assets/ast_missing_object');
		// First "Preview failed to load", then, once the server has asked the store, the reason.
		await expect(tiles(page).nth(1).locator('[data-preview-state="failed"]')).toContainText(
			'Object missing (404)',
			{ timeout: 15_000 }
		);
		await expect(tiles(page).nth(0).locator('img')).toBeVisible();
		// Its viewer offers no link that would 404 again, and names the object key instead.
		await tiles(page).nth(1).locator('button').first().click();
		const viewer = page.getByTestId('viewer');
		await expect(viewer.getByTestId('missing-object')).toContainText('Object key:');
		await expect(viewer.getByRole('link', { name: 'Download' })).toHaveCount(0);
	});

	test('hostile: nothing executes, unsafe URLs stay text', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto('/assets/ast_hostile');
		await expect(page.getByTestId('asset-metadata')).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.getByText(/Feature group hologram/)).toBeVisible();
		const bad = await page
			.locator('[href^="javascript:" i], [src^="javascript:" i], [src^="data:" i]')
			.count();
		expect(bad).toBe(0);
		await tiles(page).first().locator('button').first().click();
		await expect(page.getByTestId('viewer')).toContainText('Not an http(s) URL');
		await expect(page.getByTestId('viewer').locator('a[href^="javascript:" i]')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await page.getByTestId('raw-json').locator('summary').first().click();
		expect(dialogs).toEqual([]);
	});
});

test.describe('interaction', () => {
	test('tabs: arrow keys, Home and End move the selection and the URL', async ({ page }) => {
		await page.goto('/assets/ast_video_tour?namespace=demo_prod');
		await hydrated(page);
		await tab(page, 'Video').focus();
		await page.keyboard.press('ArrowRight');
		await expect(tab(page, 'Image')).toBeFocused();
		await expect(tab(page, 'Image')).toHaveAttribute('aria-selected', 'true');
		await expect(tab(page, 'Image')).toHaveAttribute('tabindex', '0');
		await expect(tab(page, 'Video')).toHaveAttribute('tabindex', '-1');
		await expect(page).toHaveURL('/assets/ast_video_tour?namespace=demo_prod&tab=image');
		await page.keyboard.press('End');
		await expect(tab(page, 'Audio')).toBeFocused();
		await expect(page.getByTestId('empty-state')).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(tab(page, 'Video')).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowLeft');
		await expect(tab(page, 'Audio')).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Home');
		await expect(tab(page, 'Video')).toBeFocused();
		await page.reload();
		await expect(tab(page, 'Video')).toHaveAttribute('aria-selected', 'true');
		await page.goto('/assets/ast_video_tour?namespace=demo_prod&tab=text');
		await expect(tab(page, 'Text')).toHaveAttribute('aria-selected', 'true');
	});

	test('viewer: focus trap, arrows, Esc, focus return and deep link', async ({ page }) => {
		await page.goto('/assets/ast_image_gallery?namespace=demo_prod');
		const opener = tiles(page).nth(2).locator('button').first();
		await opener.click();
		const dialog = page.getByTestId('viewer');
		await expect(dialog).toBeVisible();
		await expect(page).toHaveURL(
			'/assets/ast_image_gallery?namespace=demo_prod&tab=image&item=ftr_image_gallery_0003'
		);
		await expect(dialog.locator('#viewer-title')).toHaveText('Image 3 of 6');
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
			expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		}
		await dialog.locator('#viewer-title').click();
		await page.keyboard.press('ArrowRight');
		await expect(dialog.locator('#viewer-title')).toHaveText('Image 4 of 6');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(dialog.locator('#viewer-title')).toHaveText('Image 2 of 6');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
		await expect(page).toHaveURL('/assets/ast_image_gallery?namespace=demo_prod&tab=image');

		await page.goto('/assets/ast_image_gallery?namespace=demo_prod&item=ftr_image_gallery_0005');
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('#viewer-title')).toHaveText('Image 5 of 6');
		await dialog.getByRole('button', { name: /Close/ }).click();
		await expect(tiles(page).nth(4).locator('button').first()).toBeFocused();
	});

	test('a deep-linked item on a later page opens and its page is shown', async ({ page }) => {
		await page.goto('/assets/ast_big_gallery?item=ftr_big_gallery_4321');
		// The viewer opens once the whole 5,000-feature asset has arrived: slow on a loaded machine.
		await expect(page.getByTestId('viewer').locator('#viewer-title')).toHaveText(
			'Image 4321 of 5000',
			{ timeout: 20_000 }
		);
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('pager-range').first()).toContainText('4,321–4,440 of 5,000');
		await expect(page.locator('[data-item-id="ftr_big_gallery_4321"]')).toBeFocused();
	});

	test('? opens the shortcuts sheet', async ({ page }) => {
		await page.goto('/assets/ast_video_tour');
		await hydrated(page);
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
	});

	test('raw JSON: collapsed, embeddings summarised, copy strips signatures, cURL', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/assets/ast_video_tour?namespace=demo_prod');
		const panel = page.getByTestId('raw-json');
		await expect(panel).not.toHaveAttribute('open');
		await panel.locator('summary').first().click();
		await panel.getByText(/^features:/).click();
		await panel.getByText(/^video:/).click();
		await panel.getByText(/^0:/).first().click();
		await expect(panel.getByText('float[1024]')).toBeVisible();
		await panel.getByRole('button', { name: 'Copy JSON' }).click();
		const json = await page.evaluate(() => navigator.clipboard.readText());
		expect(json).toContain('"asset_id": "ast_video_tour"');
		expect(json).not.toContain('X-Amz-');
		await panel.getByRole('button', { name: 'Copy as cURL' }).click();
		const curl = await page.evaluate(() => navigator.clipboard.readText());
		expect(curl).toMatch(
			/^curl -H "Authorization: Bearer \$MIXPEEK_API_KEY" -H "X-Namespace: demo_prod" 'http.+\/v1\/assets\/ast_video_tour\/features\?return_url=true'$/
		);
		await expect(panel).toContainText('credentials');
	});

	test('copy falls back to a selectable field without the Clipboard API', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
		});
		await page.goto('/assets/ast_video_tour?namespace=demo_prod');
		// Exact: the player's "Copy link at this time" may be on the page too.
		await page.getByRole('button', { name: 'Copy link', exact: true }).click();
		await expect(page.getByRole('textbox').last()).toHaveValue(
			/\/assets\/ast_video_tour\?namespace=demo_prod&tab=video$/
		);
	});
});

test.describe('accessibility', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe: 0 violations in ${colorScheme}`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme });
			for (const id of ['ast_video_tour', 'ast_image_gallery', 'ast_failed', 'ast_duplicate']) {
				await page.goto(`/assets/${id}`);
				await page.waitForLoadState('networkidle');
				await expectNoAxeViolations(page);
			}
			await page.goto('/assets/ast_video_tour?tab=video');
			await tiles(page).first().locator('button').first().click();
			await expect(page.getByTestId('viewer')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});
