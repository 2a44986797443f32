import { expect, test, type Page } from '@playwright/test';
import { E2E, hydrated } from './env';
import { lookup, paste } from './lookup-box';

/** The user's place survives Back, Forward, reload, a pasted link and a namespace switch. */

const tiles = (page: Page) => page.locator('[data-gallery] > [data-tile]');
const viewer = (page: Page) => page.getByTestId('viewer');
const viewerTitle = (page: Page) => viewer(page).locator('#viewer-title');
const selectedTab = (page: Page) => page.getByRole('tab', { selected: true });

const GALLERY = '/assets/ast_image_gallery?namespace=demo_prod';

test.describe('history', () => {
	test('Back closes the viewer and stays on the asset; Forward and reload reopen it', async ({
		page
	}) => {
		await page.goto('/');
		await page.goto(GALLERY);
		await hydrated(page);
		await tiles(page).nth(2).locator('button').first().click();
		await expect(viewerTitle(page)).toHaveText('Image 3 of 6');
		await expect(page).toHaveURL(`${GALLERY}&tab=image&item=ftr_image_gallery_0003`);

		await page.goBack();
		await expect(viewer(page)).toBeHidden();
		await expect(page).toHaveURL(`${GALLERY}&tab=image`);
		await expect(page.getByTestId('asset-id')).toHaveText('ast_image_gallery');
		// Focus goes back to the tile the viewer was opened from.
		await expect(tiles(page).nth(2).locator('button').first()).toBeFocused();

		await page.goForward();
		await expect(viewerTitle(page)).toHaveText('Image 3 of 6');

		// Moving inside the viewer replaces its entry: one Back still closes it.
		await page.keyboard.press('ArrowRight');
		await expect(viewerTitle(page)).toHaveText('Image 4 of 6');
		await page.reload();
		await expect(viewerTitle(page)).toHaveText('Image 4 of 6');
		await page.goBack();
		await expect(viewer(page)).toBeHidden();
		await expect(page.getByTestId('asset-id')).toHaveText('ast_image_gallery');
		await page.goBack();
		await expect(page).toHaveURL('/');
	});

	test('closing the viewer with Esc leaves no extra entry behind', async ({ page }) => {
		await page.goto('/');
		await page.goto(GALLERY);
		await hydrated(page);
		await tiles(page).nth(1).locator('button').first().click();
		await expect(viewerTitle(page)).toHaveText('Image 2 of 6');
		await page.keyboard.press('Escape');
		await expect(viewer(page)).toBeHidden();
		await expect(page).toHaveURL(`${GALLERY}&tab=image`);
		// The open and the close cancel out: Back leaves the asset, as it would have before.
		await page.goBack();
		await expect(page).toHaveURL('/');
	});

	test('the gallery page is a history entry and survives reload', async ({ page }) => {
		// 5,000 features: each load is heavy on a shared 2-core machine.
		test.setTimeout(90_000);
		await page.goto('/assets/ast_big_gallery?namespace=demo_prod');
		await hydrated(page);
		const range = page.getByTestId('pager-range').first();
		await expect(range).toContainText('1–120 of 5,000');
		const pager = page.getByRole('navigation', { name: 'Gallery pages' }).first();
		await pager.getByRole('button', { name: /^Next/ }).click();
		await expect(range).toContainText('121–240 of 5,000');
		await expect(page).toHaveURL(/[?&]page=2(&|$)/);
		await page.reload();
		await expect(range).toContainText('121–240 of 5,000');
		await page.goBack();
		await expect(range).toContainText('1–120 of 5,000');
		await expect(page).not.toHaveURL(/[?&]page=/);
		await page.goForward();
		await expect(range).toContainText('121–240 of 5,000');
	});

	test('a time in the link is kept through the viewer and restored by Back', async ({ page }) => {
		await page.goto('/assets/ast_video_tour?namespace=demo_prod&tab=video&t=5');
		await hydrated(page);
		await tiles(page).first().locator('button').first().click();
		await expect(viewer(page)).toBeVisible();
		await expect(page).toHaveURL(/[?&]item=/);
		await page.goBack();
		await expect(viewer(page)).toBeHidden();
		await expect(page).toHaveURL('/assets/ast_video_tour?namespace=demo_prod&tab=video&t=5');
	});

	test('the viewer closes on a click on its backdrop', async ({ page }) => {
		await page.goto(GALLERY);
		await hydrated(page);
		await tiles(page).first().locator('button').first().click();
		await expect(viewer(page)).toBeVisible();
		const box = await viewer(page).boundingBox();
		// Just outside the dialog's box, on the ::backdrop.
		await page.mouse.click(box!.x + box!.width / 2, Math.max(2, box!.y - 8));
		await expect(viewer(page)).toBeHidden();
		await expect(page.getByTestId('asset-id')).toHaveText('ast_image_gallery');
	});
});

test.describe('links', () => {
	test('a pasted link of this app keeps its tab, item, q, t and page', async ({ page }) => {
		await page.goto('/');
		const link =
			`http://127.0.0.1:${E2E.appPort}/assets/ast_image_gallery?namespace=demo_prod` +
			'&tab=image&item=ftr_image_gallery_0003&t=7&page=1&q=gradient';
		await paste(page, link);
		await expect(viewerTitle(page)).toHaveText('Image 3 of 6');
		const url = new URL(page.url());
		expect(url.pathname).toBe('/assets/ast_image_gallery');
		for (const [name, value] of [
			['namespace', 'demo_prod'],
			['tab', 'image'],
			['item', 'ftr_image_gallery_0003'],
			['t', '7'],
			['q', 'gradient']
		]) {
			expect(url.searchParams.get(name), name).toBe(value);
		}
	});

	test('a Mixpeek API URL still opens just the asset (its query is the API’s, not ours)', async ({
		page
	}) => {
		await page.goto('/');
		await lookup(page).fill(
			'https://api.mixpeek.com/v1/assets/ast_video_tour/features?return_url=true'
		);
		await lookup(page).press('Enter');
		await expect(page).toHaveURL('/assets/ast_video_tour');
	});

	test('"Copy link to this item" in the viewer copies the item’s deep link', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(GALLERY);
		await hydrated(page);
		await tiles(page).nth(4).locator('button').first().click();
		await expect(viewerTitle(page)).toHaveText('Image 5 of 6');
		await viewer(page).getByRole('button', { name: 'Copy link to this item' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			`http://127.0.0.1:${E2E.appPort}${GALLERY}&tab=image&item=ftr_image_gallery_0005`
		);
		await expect(viewer(page)).toContainText('Copied');
	});

	test('switching namespace resets a tab that would be empty there', async ({ page }) => {
		// The same ID is an image asset in demo_prod and a text asset in demo_staging.
		await page.goto('/assets/ast_shared_id?namespace=demo_prod&tab=image');
		await expect(selectedTab(page)).toHaveText(/^Image/);
		await page.getByRole('banner').getByTestId('namespace-switcher').click();
		const picker = page.getByRole('banner').getByTestId('namespace-picker');
		await picker.getByRole('link', { name: /demo_staging/ }).click();
		await expect(page.getByRole('banner').getByTestId('namespace-badge')).toHaveAttribute(
			'data-namespace',
			'demo_staging'
		);
		await expect(selectedTab(page)).toHaveText(/^Text/);
		await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_staging&tab=text');
	});
});

test.describe('feedback while waiting', () => {
	test('a slow navigation shows progress at once, and Cancel keeps the page', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		// Hold the data request, so the assertions run while the navigation is still pending.
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/assets/ast_video_tour/__data.json*', async (route) => {
			await held;
			await route.continue().catch(() => {});
		});
		await lookup(page).fill('ast_video_tour');
		await lookup(page).press('Enter');
		const progress = page.getByTestId('nav-progress');
		await expect(progress).toBeVisible();
		await expect(progress).toContainText('Loading asset ast_video_tour…');
		await expect(page.getByRole('progressbar')).toBeVisible();
		await progress.getByRole('button', { name: 'Cancel' }).click();
		await expect(progress).toBeHidden();
		await expect(page).toHaveURL(/\/(\?.*)?$/);
		release();
		// The cancelled navigation never lands later.
		await page.waitForTimeout(500);
		await expect(page).toHaveURL(/\/(\?.*)?$/);
		await expect(lookup(page)).toBeVisible();
	});

	test('a slow upstream shows progress until its error page, which names the timeout', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.goto('/');
		await hydrated(page);
		await lookup(page).fill('fault_slow');
		await lookup(page).press('Enter');
		const progress = page.getByTestId('nav-progress');
		await expect(progress).toContainText('Loading asset fault_slow…');
		const errorPage = page.getByTestId('error-page');
		await expect(errorPage).toHaveAttribute('data-kind', 'timeout', { timeout: 20_000 });
		await expect(progress).toBeHidden();
		await expect(errorPage.getByTestId('error-timeout')).toContainText('MIXPEEK_TIMEOUT_MS');
		await expect(errorPage.getByTestId('error-timeout')).toContainText('3 s');
	});
});
