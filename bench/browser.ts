/**
 * A big asset in a real browser: Debian Chromium (via Playwright) opens a 10-feature
 * and a 10,000-feature asset, alternating, each in a fresh context (cold cache). Per load: time to
 * first gallery paint, time until the page is hydrated, tab switch time (away and back), long
 * tasks over 50 ms, DOM node count. Reported as medians and ratios big/small.
 */
import type { Browser } from '@playwright/test';
import { alternatingLoads, medianOf } from './lib/chromium-loads';
import { check, type Check, type Section } from './lib/report';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtBytes, fmtInt, fmtMs, fmtRatio, ratio } from './lib/stats';

const SMALL = 'ast_gen_image_10';
const BIG = 'ast_gen_image_10000';
const ROUNDS = Number(process.env.BENCH_BROWSER_ROUNDS ?? 5);
const MAX_RATIO = 1.5;
const MAX_LONG_TASK_MS = 50;
/** One page of the gallery (PAGE_SIZE is 120): shows whether the DOM stops growing past it. */
const FULL_PAGE = 'ast_gen_image_200';
/** A gallery tile inside the features tab panel (FeatureGallery/ImageTile mark them data-tile). */
const TILE = '[role="tabpanel"] [data-tile], [role="tabpanel"] img';

interface Load {
	asset: string;
	firstGalleryPaint: number;
	fcp: number;
	lcp: number;
	hydrated: number;
	loadEvent: number;
	tabSwitch: number;
	tabBack: number;
	longTasks: number;
	longestTask: number;
	domNodes: number;
	tiles: number;
	imgs: number;
	htmlBytes: number;
}

/** Runs in the page before any of its scripts (addInitScript). */
function instrument(tileSelector: string): void {
	type Bench = {
		longTasks: number[];
		lcp: number;
		tileSeen: number | null;
		tilePaint: number | null;
		hydrated: number | null;
	};
	const bench: Bench = { longTasks: [], lcp: 0, tileSeen: null, tilePaint: null, hydrated: null };
	(window as unknown as { __bench: Bench }).__bench = bench;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.longTasks.push(e.duration);
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.lcp = Math.max(bench.lcp, e.startTime);
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const seen = () => {
		if (bench.tileSeen !== null || !document.querySelector(tileSelector)) return false;
		bench.tileSeen = performance.now();
		// The frame that follows is the one that paints it.
		requestAnimationFrame(() => (bench.tilePaint = performance.now()));
		return true;
	};
	const observer = new MutationObserver(() => seen() && observer.disconnect());
	observer.observe(document, { childList: true, subtree: true });
	// Svelte 5 keeps delegated handlers under a symbol on the element: once the first tab has
	// one, hydration has run.
	const poll = () => {
		const tab = document.querySelector('[role="tab"]');
		if (tab && Object.getOwnPropertySymbols(tab).length > 0) bench.hydrated = performance.now();
		else requestAnimationFrame(poll);
	};
	requestAnimationFrame(poll);
}

/** Clicks a tab and resolves with the time until the frame after the panel changed. */
async function switchTab(selector: string): Promise<number> {
	const tab = document.querySelector<HTMLElement>(selector);
	if (!tab) throw new Error(`no tab ${selector}`);
	const started = performance.now();
	tab.click();
	await new Promise<void>((resolve) => {
		const painted = () => requestAnimationFrame(() => setTimeout(resolve, 0));
		if (tab.getAttribute('aria-selected') === 'true') return painted();
		const mo = new MutationObserver(() => {
			if (tab.getAttribute('aria-selected') !== 'true') return;
			mo.disconnect();
			painted();
		});
		mo.observe(tab, { attributes: true });
	});
	return performance.now() - started;
}

async function measure(browser: Browser, appUrl: string, asset: string): Promise<Load> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		// tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it.
		await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
		const page = await context.newPage();
		await page.addInitScript(instrument, TILE);
		await page.goto(`${appUrl}/assets/${asset}`, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForFunction(
			() =>
				(window as unknown as { __bench: { hydrated: number | null } }).__bench.hydrated !== null,
			undefined,
			{ timeout: 60_000 }
		);
		await page.waitForFunction(
			() =>
				(window as unknown as { __bench: { tilePaint: number | null } }).__bench.tilePaint !== null
		);
		await page.waitForTimeout(300);
		const other = await page.evaluate(() => {
			const t = document.querySelector('[role="tab"][aria-selected="false"]');
			return t ? `#${CSS.escape(t.id)}` : null;
		});
		const home = await page.evaluate(() => {
			const t = document.querySelector('[role="tab"][aria-selected="true"]');
			return t ? `#${CSS.escape(t.id)}` : null;
		});
		if (!other || !home) throw new Error(`${asset}: no tabs to switch between`);
		const tabSwitch = await page.evaluate(switchTab, other);
		await page.waitForTimeout(200);
		const tabBack = await page.evaluate(switchTab, home);
		await page.waitForTimeout(200);
		const m = await page.evaluate(() => {
			const b = (
				window as unknown as {
					__bench: {
						longTasks: number[];
						lcp: number;
						tilePaint: number;
						hydrated: number;
					};
				}
			).__bench;
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return {
				firstGalleryPaint: b.tilePaint,
				fcp: fcp ? fcp.startTime : NaN,
				lcp: b.lcp,
				hydrated: b.hydrated,
				loadEvent: nav.loadEventEnd,
				longTasks: b.longTasks.length,
				longestTask: Math.max(0, ...b.longTasks),
				domNodes: document.getElementsByTagName('*').length,
				tiles: document.querySelectorAll('[role="tabpanel"] [data-tile]').length,
				imgs: document.querySelectorAll('[role="tabpanel"] img').length,
				htmlBytes: nav.decodedBodySize
			};
		});
		return { asset, tabSwitch, tabBack, ...m };
	} finally {
		await context.close();
	}
}

const METRICS: { key: keyof Load; label: string; fmt: (n: number) => string; target: boolean }[] = [
	{ key: 'firstGalleryPaint', label: 'first gallery paint', fmt: fmtMs, target: true },
	{ key: 'fcp', label: 'first contentful paint', fmt: fmtMs, target: false },
	{ key: 'hydrated', label: 'hydrated (interactive)', fmt: fmtMs, target: false },
	{ key: 'loadEvent', label: 'load event end', fmt: fmtMs, target: false },
	{ key: 'tabSwitch', label: 'tab switch (away)', fmt: fmtMs, target: true },
	{ key: 'tabBack', label: 'tab switch (back to gallery)', fmt: fmtMs, target: true },
	{ key: 'domNodes', label: 'DOM nodes', fmt: fmtInt, target: true },
	{ key: 'tiles', label: 'gallery tiles', fmt: fmtInt, target: false },
	{ key: 'imgs', label: 'gallery <img>', fmt: fmtInt, target: false },
	{ key: 'longTasks', label: 'long tasks > 50 ms', fmt: fmtInt, target: false },
	{ key: 'longestTask', label: 'longest task', fmt: fmtMs, target: false },
	{ key: 'htmlBytes', label: 'HTML size', fmt: fmtBytes, target: false }
];

export async function runBrowser(stack: Stack): Promise<Section> {
	const started = performance.now();
	const loads = await alternatingLoads([SMALL, FULL_PAGE, BIG], ROUNDS, (browser, asset) =>
		measure(browser, stack.app.url, asset)
	);
	const of = (asset: string, key: keyof Load) => medianOf(loads, asset, key);
	const table = [['metric (median)', `${SMALL}`, `${FULL_PAGE}`, `${BIG}`, 'big/small', 'big/200']];
	const checks: Check[] = [];
	const ratios: Record<string, number> = {};
	for (const m of METRICS) {
		const s = of(SMALL, m.key);
		const b = of(BIG, m.key);
		const f = of(FULL_PAGE, m.key);
		const r = ratio(b, s);
		ratios[m.key] = r;
		ratios[`${m.key}VsFullPage`] = ratio(b, f);
		table.push([m.label, m.fmt(s), m.fmt(f), m.fmt(b), fmtRatio(r), fmtRatio(ratio(b, f))]);
		if (m.target) {
			checks.push(
				check(
					`browser ${m.label} big/small`,
					fmtRatio(r),
					`≤ ${MAX_RATIO.toFixed(1)}×`,
					r <= MAX_RATIO
				)
			);
		}
	}
	const longest = Math.max(...loads.map((l) => l.longestTask));
	const longestAsset = loads.find((l) => l.longestTask === longest)?.asset ?? '';
	checks.push(
		check(
			'browser longest task (any load)',
			`${fmtMs(longest)}${longestAsset ? ` (${longestAsset})` : ''}`,
			`≤ ${MAX_LONG_TASK_MS} ms`,
			longest <= MAX_LONG_TASK_MS
		)
	);
	return {
		name: 'Big asset in Chromium',
		table,
		checks,
		summary: [
			`browser paint ${fmtRatio(ratios.firstGalleryPaint)} tab ${fmtRatio(Math.max(ratios.tabSwitch, ratios.tabBack))} longest task ${fmtMs(longest)}`
		],
		notes: [
			`big/200 compares with ${FULL_PAGE} (one full gallery page and a pager): no target, it shows what grows with the feature count once the page is full`,
			`${ROUNDS} alternating rounds, fresh browser context (cold cache) per load, viewport 1280×800; times from navigation start`
		],
		raw: { loads, ratios, longestTaskMs: longest },
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('browser', runBrowser);
