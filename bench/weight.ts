/**
 * Bytes to the browser, counted in Chromium (deterministic: no timing involved):
 *
 * - the asset page's client JS at first load, gzipped at level 9 per file and summed, exactly as
 *   `tests/e2e/budgets.spec.ts` counts it (every same-origin `/_app/` script after network idle
 *   and a scroll);
 * - a refresh of the 10,000-feature asset: the same request LiveAsset makes, sent from the page
 *   so the browser's own Accept-Encoding applies, measured with Resource Timing (transferSize is
 *   headers + body as they crossed the wire; decodedBodySize is the JSON the page parses).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { check, type Section } from './lib/report';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtBytes } from './lib/stats';

const JS_PAGE = '/assets/ast_image_gallery';
const BIG = 'ast_gen_image_10000';
const MAX_JS_GZIP = 45 * 1024;
const MAX_REFRESH_BYTES = 1.5 * 1024 * 1024;

interface Script {
	path: string;
	raw: number;
	gzip: number;
}

async function firstLoadJs(page: Page, appUrl: string): Promise<Script[]> {
	const origin = new URL(appUrl).origin;
	const bodies = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		const isJs = url.pathname.endsWith('.js') || response.request().resourceType() === 'script';
		if (url.origin === origin && url.pathname.startsWith('/_app/') && isJs && !bodies.has(url.href))
			bodies.set(url.href, response.body());
	});
	await page.goto(`${appUrl}${JS_PAGE}`, { waitUntil: 'load', timeout: 60_000 });
	await page.waitForSelector('[role="tabpanel"]', { timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	return Promise.all(
		[...bodies].map(async ([url, body]) => {
			const raw = await body;
			return {
				path: new URL(url).pathname,
				raw: raw.length,
				gzip: gzipSync(raw, { level: 9 }).length
			};
		})
	);
}

interface Refresh {
	status: number;
	transferSize: number;
	encodedBodySize: number;
	decodedBodySize: number;
	contentEncoding: string | null;
}

async function refreshBytes(page: Page, appUrl: string): Promise<Refresh> {
	await page.goto(`${appUrl}/assets/${BIG}`, { waitUntil: 'load', timeout: 60_000 });
	await page.waitForLoadState('networkidle', { timeout: 60_000 });
	return page.evaluate(async (asset) => {
		// A query string no other request on the page uses, so the entry found is this one.
		const url = `/api/assets/${asset}/features?bench=${Date.now()}`;
		const response = await fetch(url, { headers: { accept: 'application/json' } });
		await response.arrayBuffer();
		const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(url)) as
			PerformanceResourceTiming | undefined;
		return {
			status: response.status,
			transferSize: entry?.transferSize ?? NaN,
			encodedBodySize: entry?.encodedBodySize ?? NaN,
			decodedBodySize: entry?.decodedBodySize ?? NaN,
			contentEncoding: response.headers.get('content-encoding')
		};
	}, BIG);
}

export async function runWeight(stack: Stack): Promise<Section> {
	const started = performance.now();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS
	});
	let scripts: Script[];
	let refresh: Refresh;
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		scripts = await firstLoadJs(await context.newPage(), stack.app.url);
		await context.close();
		const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		refresh = await refreshBytes(await second.newPage(), stack.app.url);
		await second.close();
	} finally {
		await browser.close();
	}
	const jsGzip = scripts.reduce((n, s) => n + s.gzip, 0);
	const jsRaw = scripts.reduce((n, s) => n + s.raw, 0);
	const top = [...scripts].sort((a, b) => b.gzip - a.gzip);
	return {
		name: 'Bytes to the browser',
		table: [
			['figure', 'value', 'detail'],
			[
				`client JS at first load, gzip (${JS_PAGE})`,
				fmtBytes(jsGzip),
				`${scripts.length} files, ${fmtBytes(jsRaw)} raw`
			],
			[
				`refresh of ${BIG}, transferred`,
				fmtBytes(refresh.transferSize),
				`HTTP ${refresh.status}, content-encoding ${refresh.contentEncoding ?? 'none'}, JSON ${fmtBytes(refresh.decodedBodySize)}`
			]
		],
		checks: [
			check(
				'client JS at first load, gzip',
				`${(jsGzip / 1024).toFixed(1)} KiB`,
				`≤ ${MAX_JS_GZIP / 1024} KiB`,
				jsGzip <= MAX_JS_GZIP
			),
			check(
				`refresh of ${BIG}, bytes to the browser`,
				fmtBytes(refresh.transferSize),
				`≤ ${fmtBytes(MAX_REFRESH_BYTES)}`,
				refresh.status === 200 && refresh.transferSize <= MAX_REFRESH_BYTES
			)
		],
		summary: [
			`JS ${(jsGzip / 1024).toFixed(1)} KiB gzip, refresh ${fmtBytes(refresh.transferSize)}`
		],
		notes: [
			`largest scripts (gzip): ${top
				.slice(0, 8)
				.map((s) => `${s.path.replace(/^\/_app\/immutable\//, '')} ${fmtBytes(s.gzip)}`)
				.join(', ')}`,
			'JS counted as tests/e2e/budgets.spec.ts does; refresh bytes from Resource Timing (transferSize: headers + body on the wire)'
		],
		raw: { scripts, jsGzip, jsRaw, refresh },
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('weight', runWeight);
