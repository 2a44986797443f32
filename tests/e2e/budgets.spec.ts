/**
 * Deterministic budgets: page weight, hosts contacted, and the DOM bound of a huge
 * gallery. Timings live in `npm run bench`; these only count things, so they hold on any machine.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E, STANDIN_URL, appUrl, hydrated } from './env';

const APP_ORIGIN = new URL(appUrl(E2E.appPort)).origin;
/** Presigned media URLs point at the stand-in (Mixpeek's object storage in production). */
const PRESIGNED_ORIGIN = new URL(STANDIN_URL).origin;

/**
 * Gzip of all JavaScript the asset page loads at page load. Issue 7 aims at 45 KiB; Svelte's
 * runtime and SvelteKit's client alone are ≈35.8 KiB, and the fully hydrated page measured
 * 67.1 KiB (68,755 B) after code-splitting the viewer, JSON tree, shortcuts and pickers. This
 * budget is that measurement plus a small margin, so any growth turns CI red; see bench/README.md.
 */
// Raised from 70 KiB to the 72.8 KiB measured after this round's error-page details and
// navigation progress, then to 75 KiB: the task panel and today's objects added 3.3 KiB, and
// moving the full error page out of the root error page (which SvelteKit loads with every page)
// gave back 4.4 KiB, less the pin button and `?` sheet on every page: 74.3 KiB measured.
// Then 80 KiB with the search box, filters, go-to and feature IDs on every tile (79.4 KiB
// measured; the search engine, export and filters themselves load on first use). The windowed
// gallery's state adds 0.6 KiB (80.0 KiB measured); its engine loads only for long pages.
// With the timeline's lazy slot and the preview's loaded state: 80.7 KiB measured, budget 81.
// Then back down: the route table resolved by the server (router.resolution), the navigation
// progress bar loaded with the first navigation, no Svelte version marker, less the media slot's
// server-rendered poster: 78.4 KiB measured, budget 79. 45 KiB needs partial hydration.
const JS_BUDGET_GZIP_BYTES = 79 * 1024;
/**
 * The gallery mounts only the rows near the viewport (a few rows of a page of PAGE_SIZE 120), so a
 * full page of 120 tiles fails this; 1280×800 mounts 10 (439 elements in all, the 10-feature
 * page has 411).
 */
const MAX_GALLERY_ELEMENTS = 40;
const MAX_DOM_ELEMENTS = 1000;
/** A refresh of the 10,000-feature asset on the wire (its JSON is ~10 MB before compression). */
const MAX_REFRESH_BYTES = 1.5 * 1024 * 1024;

/** Waits until nothing is in flight, after scrolling the whole page so lazy images load too. */
async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
}

test('the asset page loads at most 79 KiB of gzipped JavaScript', async ({ page }) => {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		const type = response.request().resourceType();
		const isJs = url.pathname.endsWith('.js') || type === 'script';
		if (url.origin === APP_ORIGIN && url.pathname.startsWith('/_app/') && isJs) {
			// Playwright hands back the decoded body: gzip it ourselves, the same way for every chunk.
			if (!scripts.has(url.href)) scripts.set(url.href, response.body());
		}
	});
	await page.goto('/assets/ast_image_gallery');
	await expect(page.locator('[role="tabpanel"]')).toBeVisible();
	await settle(page);

	const sizes = await Promise.all(
		[...scripts].map(async ([url, body]) => {
			const raw = await body;
			return {
				url: new URL(url).pathname,
				raw: raw.length,
				gzip: gzipSync(raw, { level: 9 }).length
			};
		})
	);
	const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
	const detail = sizes
		.sort((a, b) => b.gzip - a.gzip)
		.map((s) => `${s.url} ${s.gzip} B gzip (${s.raw} B raw)`)
		.join('\n');
	expect(sizes.length, 'the page loaded no /_app/ JavaScript at all').toBeGreaterThan(0);
	expect(
		total,
		`client JS is ${total} B gzip (${(total / 1024).toFixed(1)} KiB) in ${sizes.length} files, budget ${JS_BUDGET_GZIP_BYTES} B:\n${detail}`
	).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
});

test('asset pages contact no host but the app and the presigned-URL host', async ({ page }) => {
	const foreign = new Set<string>();
	const seen = new Set<string>();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		seen.add(url.origin);
		if (url.origin !== APP_ORIGIN && url.origin !== PRESIGNED_ORIGIN) foreign.add(url.href);
	});
	for (const path of [
		'/assets/ast_image_gallery',
		'/assets/ast_video_tour',
		'/assets/ast_gen_image_10',
		'/assets/ast_image_gallery?namespace=demo_prod'
	]) {
		await page.goto(path);
		await expect(page.locator('[role="tabpanel"]')).toBeVisible();
		await settle(page);
	}
	// Opening an item loads the full-size media as well.
	await page.goto('/assets/ast_video_tour');
	await hydrated(page);
	const tile = page.locator('[role="tabpanel"] [data-item-id]').first();
	await tile.click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await settle(page);
	expect(seen.has(PRESIGNED_ORIGIN), 'no presigned media was requested at all').toBe(true);
	expect([...foreign], `requests to other hosts: ${[...foreign].join(', ')}`).toEqual([]);
});

test('a 10,000-feature asset keeps the gallery DOM bounded', async ({ page }) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/assets/ast_gen_image_10000', { timeout: 45_000 });
	const panel = page.locator('[role="tabpanel"]');
	await expect(panel).toBeVisible();
	await expect(panel.locator('[data-tile]').first()).toBeVisible();
	const counts = await page.evaluate(() => {
		const panel = document.querySelector('[role="tabpanel"]')!;
		return {
			tiles: panel.querySelectorAll('[data-tile]').length,
			imgs: panel.querySelectorAll('img').length,
			all: document.querySelectorAll('*').length
		};
	});
	expect(counts.tiles, `gallery tiles: ${JSON.stringify(counts)}`).toBeLessThan(
		MAX_GALLERY_ELEMENTS
	);
	expect(counts.imgs, `gallery images: ${JSON.stringify(counts)}`).toBeLessThan(
		MAX_GALLERY_ELEMENTS
	);
	expect(counts.all, `DOM elements: ${JSON.stringify(counts)}`).toBeLessThan(MAX_DOM_ELEMENTS);
});

test('a refresh of the 10,000-feature asset crosses the wire compressed', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/assets/ast_gen_image_10000', { timeout: 45_000 });
	await expect(page.locator('[role="tabpanel"]')).toBeVisible();
	// The request LiveAsset makes, from the page, so Chromium's own Accept-Encoding applies.
	const wire = await page.evaluate(async () => {
		const url = `/api/assets/ast_gen_image_10000/features?budget=${Date.now()}`;
		const response = await fetch(url, { headers: { accept: 'application/json' } });
		const body = await response.json();
		const entry = performance
			.getEntriesByType('resource')
			.find((e) => e.name.endsWith(url)) as PerformanceResourceTiming;
		return {
			status: response.status,
			encoding: response.headers.get('content-encoding'),
			features: body.data.features.image.length,
			transferSize: entry.transferSize,
			decodedBodySize: entry.decodedBodySize
		};
	});
	expect(wire.status).toBe(200);
	expect(wire.features).toBe(10_000);
	expect(wire.encoding, JSON.stringify(wire)).toBe('br');
	expect(wire.decodedBodySize, JSON.stringify(wire)).toBeGreaterThan(MAX_REFRESH_BYTES);
	expect(wire.transferSize, JSON.stringify(wire)).toBeLessThanOrEqual(MAX_REFRESH_BYTES);
});
