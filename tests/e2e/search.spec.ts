/**
 * Find inside one asset, on the stand-in's 10,000-feature search sample: search with highlights
 * and per-tab counts, filters, jumping by position and page, and exporting what is shown.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import Papa from 'papaparse';
import { SEARCH_ASSET_ID, plantedCount } from '../../standin/catalog-search';
import { hydrated } from './env';

const ASSET = `/assets/${SEARCH_ASSET_ID}`;
const tiles = (page: Page) => page.locator('[data-gallery] > [data-tile]');
const tab = (page: Page, name: string) =>
	page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: /search this asset/i });
const fmt = (n: number) => n.toLocaleString('en-US');

async function ready(page: Page) {
	await hydrated(page);
	await expect(searchBox(page)).toHaveAttribute('data-search-ready', 'true', { timeout: 20_000 });
}

test.describe('search inside an asset', () => {
	// A 10,000-feature asset: each load fetches and indexes 10 MB (slow on a loaded 2-core machine).
	test.describe.configure({ timeout: 120_000 });

	test('a q= deep link shows only the matching items, highlighted, with counts per tab', async ({
		page
	}) => {
		await page.goto(`${ASSET}?q=zurich`);
		await ready(page);
		const video = plantedCount('zurich', 'video');
		await expect(tab(page, 'Video')).toContainText(`${video} of 4,000`);
		await expect(tab(page, 'Text')).toContainText(`${plantedCount('zurich', 'text')} of 3,000`);
		await expect(tab(page, 'Audio')).toContainText(`${plantedCount('zurich', 'audio')} of 1,000`);
		await expect(tab(page, 'Image')).toContainText('0 of 2,000');
		await expect(searchBox(page)).toHaveValue('zurich');
		await expect(
			page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ video features$/ })
		).toHaveText(`Showing ${video} of ${video} video features`);
		// Only the rows near the viewport are mounted: the first ones, then the last ones.
		for (const scroll of [0, 100_000]) {
			if (scroll) await page.mouse.wheel(0, scroll);
			if (scroll) await expect(tiles(page).last()).toBeInViewport();
			for (const tile of await tiles(page).all()) {
				await expect(tile.locator('mark').first()).toHaveText('Zürich');
			}
		}
		await expect(page.getByRole('status').filter({ hasText: 'features match' })).toHaveText(
			`80 of ${fmt(10_000)} features match “zurich”`
		);
	});

	test('typing updates the counts, the highlights and the URL', async ({ page }) => {
		await page.goto(ASSET);
		await hydrated(page);
		await searchBox(page).click();
		await ready(page);
		await searchBox(page).pressSequentially('CAFE');
		const cafe = plantedCount('cafe', 'video');
		await expect(tab(page, 'Video')).toContainText(`${cafe} of 4,000`);
		await expect(tab(page, 'Image')).toContainText(`${plantedCount('cafe', 'image')} of 2,000`);
		await expect(tiles(page)).toHaveCount(cafe);
		await expect(tiles(page).first().locator('mark')).toHaveText('Café');
		await expect(page).toHaveURL(/[?&]q=CAFE(&|$)/);
		await searchBox(page).fill('');
		await expect(tab(page, 'Video')).toContainText('4,000');
		await expect(tab(page, 'Video')).not.toContainText(' of ');
		await expect(page).not.toHaveURL(/[?&]q=/);
	});

	test('a filter narrows a query further, and says what was searched when nothing is left', async ({
		page
	}) => {
		await page.goto(`${ASSET}?q=zurich`);
		await ready(page);
		await page.getByRole('button', { name: /^Filters/ }).click();
		await page.getByLabel('To (time)').fill('5:00');
		await page.getByLabel('To (time)').press('Enter');
		// Segments start every 3 s and audio clips every 12 s; text chunks have no time.
		await expect(tab(page, 'Video')).toContainText('1 of 4,000');
		await expect(tab(page, 'Audio')).toContainText('1 of 1,000');
		await expect(tab(page, 'Text')).toContainText('0 of 3,000');
		await expect(page).toHaveURL(/[?&]to=300(&|$)/);
		await tab(page, 'Text').click();
		const empty = page.getByTestId('empty-state');
		await expect(empty).toContainText('No text features match “zurich”');
		await expect(empty).toContainText('transcription');
		await expect(empty).toContainText('feature ID');
		await expect(empty).toContainText('time up to 5:00');
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(tab(page, 'Text')).toContainText(`${plantedCount('zurich', 'text')} of 3,000`);
	});

	test('duplicates and preview filters come from the URL too', async ({ page }) => {
		await page.goto(`${ASSET}?dup=yes`);
		await ready(page);
		await expect(tab(page, 'Video')).toContainText('100 of 4,000');
		await page.goto(`${ASSET}?preview=missing&tab=video`);
		await ready(page);
		await expect(tab(page, 'Video')).toContainText('80 of 4,000');
	});

	test('item= takes a 1-based position and opens that item', async ({ page }) => {
		await page.goto(`${ASSET}?tab=text&item=2500`);
		await hydrated(page);
		const viewer = page.getByTestId('viewer');
		await expect(viewer).toBeVisible({ timeout: 20_000 });
		await expect(viewer).toContainText('ftr_search_transcripts_8500');
	});

	test('the gallery page is in the URL and survives a reload; go to #N and Last', async ({
		page
	}) => {
		await page.goto(ASSET);
		await hydrated(page);
		const pager = page.getByRole('navigation', { name: 'Gallery pages' }).first();
		await pager.getByRole('button', { name: /^Next/ }).click();
		await pager.getByRole('button', { name: /^Next/ }).click();
		await expect(page).toHaveURL(/[?&]page=3(&|$)/);
		await page.reload();
		await hydrated(page);
		// "Go to #N" below needs the whole asset, which arrives as JSON after the first paint.
		await expect(
			page.getByRole('status').filter({ hasText: /^Showing \d+ of [\d,]+ video features$/ })
		).toHaveText('Showing 120 of 4,000 video features', { timeout: 30_000 });
		await expect(pager.getByTestId('pager-range')).toContainText('page 3 of 34');
		await expect(tiles(page).first()).toContainText('Segment 241');
		await pager.getByRole('button', { name: 'Last' }).click();
		await expect(pager.getByTestId('pager-range')).toContainText('page 34 of 34');
		await pager.getByLabel('Go to #').fill('1234');
		await pager.getByLabel('Go to #').press('Enter');
		await expect(pager.getByTestId('pager-range')).toContainText('page 11 of 34');
		await expect(page.locator('[data-tile]', { hasText: 'Segment 1234' })).toBeVisible();
	});

	test('each tile shows its feature ID, with a copy button', async ({ page }) => {
		await page.goto(`${ASSET}?tab=image`);
		await hydrated(page);
		const first = tiles(page).first();
		await expect(first.getByTestId('feature-id')).toHaveText('ftr_search_transcripts_4001');
		await expect(first.getByRole('button', { name: /copy feature id/i })).toBeVisible();
	});

	test('the CSV export has one row per visible feature and no signatures unless asked', async ({
		page
	}) => {
		await page.goto(`${ASSET}?q=zurich`);
		await ready(page);
		await page.getByRole('button', { name: 'Export…' }).click();
		const csv = async () => {
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Download CSV' }).click();
			const download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^ast_search_transcripts-.+\.csv$/);
			const text = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
			return { text, rows: Papa.parse<Record<string, string>>(text, { header: true }).data };
		};
		const tabOnly = await csv();
		expect(tabOnly.rows).toHaveLength(plantedCount('zurich', 'video'));
		expect(tabOnly.rows.every((r) => r.modality === 'video')).toBe(true);
		expect(tabOnly.rows[0].transcription).toContain('Zürich');
		expect(tabOnly.rows[0].url).toMatch(/^http/);
		expect(tabOnly.text).not.toContain('X-Amz-Signature');
		await page.getByLabel('All tabs', { exact: false }).check();
		expect((await csv()).rows).toHaveLength(80);
		await page.getByLabel(/Include signed links \(expire \d\d:\d\d UTC\)/).check();
		expect((await csv()).text).toContain('X-Amz-Signature');
	});

	test('show the request: the tab as cURL with the key left to the shell', async ({ page }) => {
		await page.goto(`${ASSET}?tab=audio`);
		await hydrated(page);
		await page.getByText('Show the request').click();
		const command = page.getByTestId('tab-request-command');
		await expect(command).toContainText('$MIXPEEK_API_KEY');
		await expect(command).toContainText(`/v1/assets/${SEARCH_ASSET_ID}/features`);
		await expect(command).toContainText(`jq '.features.audio'`);
		await expect(command).not.toContainText('sk_');
	});

	test('f focuses the search box, and the shortcuts sheet lists it', async ({ page }) => {
		await page.goto('/assets/ast_video_tour');
		await hydrated(page);
		await page.locator('body').press('f');
		await expect(searchBox(page)).toBeFocused();
		await searchBox(page).press('Tab');
		await page.locator('body').press('?');
		const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(sheet).toContainText('Search this asset');
	});

	test('the viewer highlights the query too', async ({ page }) => {
		await page.goto('/assets/ast_video_tour?q=colour');
		await ready(page);
		await tiles(page).first().getByRole('button').first().click();
		await expect(page.getByTestId('viewer').locator('mark').first()).toHaveText(/colour/i);
	});
});
