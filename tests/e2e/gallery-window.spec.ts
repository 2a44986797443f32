import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './env';

/**
 * The gallery mounts only the rows near the viewport: far items are still reached by a deep link,
 * "go to #N", arrow keys and scrolling, and the DOM stays small.
 */

const BIG = '/assets/ast_gen_image_10000';
/** A window is a few rows of five (1280 px wide); a full page would be 120 tiles. */
const MAX_MOUNTED = 40;

const tiles = (page: Page) => page.locator('[data-gallery] > [data-tile]');
const tile = (page: Page, n: number) =>
	page.locator(
		`[data-gallery] [data-item-id]:is([aria-label^="Open Image ${n}:"], [aria-label="Open Image ${n}"])`
	);
const pagerRange = (page: Page) => page.getByTestId('pager-range').first();

async function mounted(page: Page): Promise<number> {
	return tiles(page).count();
}

test.use({ viewport: { width: 1280, height: 800 } });
test.setTimeout(90_000);

async function open(page: Page, url: string) {
	await page.goto(url, { timeout: 60_000 });
	await hydrated(page);
	// The first paint carries a screenful; the rest of the asset arrives as JSON after hydration.
	await expect(page.getByRole('tab', { name: /Image/ })).toContainText('10,000');
	await expect(
		page
			.locator('[role="status"][data-complete="true"]')
			.filter({ hasText: /^Showing \d+ of 10,000 image features$/ })
	).toBeAttached({ timeout: 30_000 });
}

test('item=4321 opens the far item; closing the viewer focuses its mounted tile', async ({
	page
}) => {
	await open(page, `${BIG}?item=4321`);
	await expect(page.getByTestId('viewer')).toBeVisible();
	await expect(page.locator('#viewer-title')).toHaveText('Image 4321 of 10000');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('viewer')).toBeHidden();
	await expect(tile(page, 4321)).toBeFocused();
	await expect(tile(page, 4321)).toBeInViewport();
	await expect(pagerRange(page)).toContainText('4,321–4,440 of 10,000');
	expect(await mounted(page)).toBeLessThan(MAX_MOUNTED);
});

test('a deep link to an item deep inside its page scrolls it into view', async ({ page }) => {
	await open(page, `${BIG}?item=4400`);
	await expect(page.locator('#viewer-title')).toHaveText('Image 4400 of 10000');
	await page.keyboard.press('Escape');
	await expect(tile(page, 4400)).toBeFocused();
	await expect(tile(page, 4400)).toBeInViewport();
	expect(await mounted(page)).toBeLessThan(MAX_MOUNTED);
});

test('arrow keys, Home and End move between tiles, across the window and the page', async ({
	page
}) => {
	await open(page, BIG);
	expect(await mounted(page)).toBeLessThan(MAX_MOUNTED);
	await tile(page, 1).focus();
	await page.keyboard.press('ArrowRight');
	await expect(tile(page, 2)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(tile(page, 7)).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(tile(page, 6)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(tile(page, 1)).toBeFocused();
	// The page's last tile is far outside the first window: it is mounted, scrolled to, focused.
	await page.keyboard.press('End');
	await expect(tile(page, 120)).toBeFocused();
	await expect(tile(page, 120)).toBeInViewport();
	await expect(tile(page, 1)).toHaveCount(0);
	expect(await mounted(page)).toBeLessThan(MAX_MOUNTED);
	// Past the page's end, Right turns the page.
	await page.keyboard.press('ArrowRight');
	await expect(pagerRange(page)).toContainText('121–240 of 10,000');
	await expect(tile(page, 121)).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(pagerRange(page)).toContainText('1–120 of 10,000');
	await expect(tile(page, 120)).toBeFocused();
	await page.keyboard.press('Home');
	await expect(tile(page, 1)).toBeFocused();
	await expect(tile(page, 1)).toBeInViewport();
});

test('scrolling mounts the rows that come into view; go to #N reaches any item', async ({
	page
}) => {
	await open(page, BIG);
	const gallery = page.locator('[data-gallery]');
	// The list keeps the whole page's height, so the scrollbar means what it says.
	expect((await gallery.boundingBox())!.height).toBeGreaterThan(24 * 200);
	await page.mouse.wheel(0, 100_000);
	await expect(tile(page, 120)).toBeInViewport();
	expect(await mounted(page)).toBeLessThan(MAX_MOUNTED);
	const pager = page.getByRole('navigation', { name: 'Gallery pages' }).first();
	await pager.getByLabel('Go to #').fill('9999');
	await pager.getByLabel('Go to #').press('Enter');
	await expect(pagerRange(page)).toContainText('9,961–10,000 of 10,000');
	await expect(tile(page, 9999)).toBeFocused();
	await expect(tile(page, 9999)).toBeInViewport();
});

test('before the rest of a windowed asset is here, its status counts the whole asset', async ({
	browser
}) => {
	// Without scripts the page stays as the server rendered it: the first screenful only.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/assets/ast_gen_image_100');
	await expect(tiles(page)).toHaveCount(20);
	await expect(page.locator('[role="status"][data-complete="false"]')).toHaveText(
		'Showing 20 of 100 image features'
	);
	await context.close();
});
