/**
 * The segment timeline at scale: Debian Chromium (via Playwright) opens a 10-segment and a
 * 3,600-segment video asset (`ast_gen_video_10`, `ast_gen_video_3600`: one-second segments),
 * alternating, each in a fresh context. Per load: the timeline's first paint with every block
 * drawn, a redraw (zoom in), a seek by clicking the timeline, and a seek by moving the media's
 * playhead (as the native scrubber does), each until the frame after the timeline showed it.
 * Reported as medians and ratios big/small.
 */
import type { Browser, Page } from '@playwright/test';
import { alternatingLoads, medianOf } from './lib/chromium-loads';
import { check, type Check, type Section } from './lib/report';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtInt, fmtMs, fmtRatio, ratio } from './lib/stats';

const SMALL = { id: 'ast_gen_video_10', blocks: 10 };
const BIG = { id: 'ast_gen_video_3600', blocks: 3600 };
const ROUNDS = Number(process.env.BENCH_TIMELINE_ROUNDS ?? 5);
const MAX_RATIO = 1.5;
const TRACK = '[data-track="video"] [role="listbox"]';

interface Load {
	asset: string;
	firstPaint: number;
	redraw: number;
	seekClick: number;
	/** A click at 90 % of the track: past the media's end in the 3,600-segment asset. */
	seekClickFar: number;
	seekScrub: number;
	inspectorNodes: number;
	longestTask: number;
	/** When the last features JSON arrived (0 when the HTML held them all). */
	dataComplete: number;
}

/** Runs in the page before its scripts: notes the frame after every block of the track is drawn. */
function instrument(args: { selector: string; blocks: number }): void {
	type Bench = { painted: number | null; longTasks: number[] };
	const bench: Bench = { painted: null, longTasks: [] };
	(window as unknown as { __timeline: Bench }).__timeline = bench;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.longTasks.push(e.duration);
	}).observe({ type: 'longtask', buffered: true });
	const done = () => {
		const el = document.querySelector(args.selector);
		if (bench.painted !== null || el?.getAttribute('data-painted-blocks') !== String(args.blocks))
			return false;
		requestAnimationFrame(() => (bench.painted = performance.now()));
		return true;
	};
	const observer = new MutationObserver(() => done() && observer.disconnect());
	observer.observe(document, { childList: true, subtree: true, attributes: true });
}

type Action = { kind: 'zoom' } | { kind: 'click'; at: number } | { kind: 'scrub'; to: number };

/** In the page: does the action, then waits until `attr` changes and one more frame has painted. */
function timeUntil(args: { action: Action; selector: string; attr: string }): Promise<number> {
	const el = document.querySelector<HTMLElement>(args.selector)!;
	const before = el.getAttribute(args.attr);
	return new Promise((resolve, reject) => {
		// Never hang the run: a change that does not come is an error with what was seen.
		const timer = setTimeout(() => {
			mo.disconnect();
			reject(new Error(`${args.action.kind}: ${args.attr} stayed ${before}`));
		}, 15_000);
		const mo = new MutationObserver(() => {
			if (el.getAttribute(args.attr) === before) return;
			mo.disconnect();
			clearTimeout(timer);
			requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
		});
		mo.observe(el, { attributes: true });
		const started = performance.now();
		const a = args.action;
		if (a.kind === 'zoom') {
			document.querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
		} else if (a.kind === 'click') {
			const track = document.querySelector<HTMLElement>('[data-track="video"] [role="listbox"]')!;
			const r = track.getBoundingClientRect();
			const at = { bubbles: true, clientX: r.left + r.width * a.at, clientY: r.top + r.height / 2 };
			track.dispatchEvent(new MouseEvent('click', at));
		} else {
			const m = document.querySelector<HTMLMediaElement>('[data-testid="asset-player"]')!;
			m.pause();
			m.currentTime = a.to;
		}
	});
}

const progress = (what: string) => process.env.BENCH_VERBOSE && console.log(`timeline: ${what}`);

async function settle(page: Page) {
	await page.waitForTimeout(250);
}

async function measure(browser: Browser, appUrl: string, asset: typeof SMALL): Promise<Load> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
		const page = await context.newPage();
		await page.addInitScript(instrument, { selector: TRACK, blocks: asset.blocks });
		await page.goto(`${appUrl}/assets/${asset.id}`, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForFunction(
			() => (window as unknown as { __timeline: { painted: number | null } }).__timeline.painted,
			undefined,
			{ timeout: 60_000 }
		);
		await page.waitForFunction(
			() =>
				(document.querySelector('[data-testid="asset-player"]') as HTMLMediaElement)?.readyState >=
				1
		);
		progress(`${asset.id} painted`);
		await settle(page);
		// Redraw: the zoom button repaints every track; the view label changes with it.
		const redraw = await page.evaluate(timeUntil, {
			action: { kind: 'zoom' } as Action,
			selector: '[data-testid="timeline-view"]',
			attr: 'data-view'
		});
		await page.evaluate(() =>
			(document.querySelector('[aria-label="Zoom out"]') as HTMLButtonElement).click()
		);
		progress(`${asset.id} redrawn`);
		await settle(page);
		// A seek by clicking the track at 0:06 (60 % along the 10-second asset): the block there
		// becomes current. The same media position in both, as for the scrub below: 60 % of the
		// 3,600-second asset is past the end of its 2:30 media, where the media seeks to its end
		// instead, which is a different job for the media and says nothing about the blocks.
		const seekClick = await page.evaluate(timeUntil, {
			action: { kind: 'click', at: 6 / asset.blocks } as Action,
			selector: TRACK,
			attr: 'data-current'
		});
		await settle(page);
		// A click far along (90 %): in the 3,600-segment asset past the media's end, as the 60 %
		// click of earlier runs was; no target.
		const seekClickFar = await page.evaluate(timeUntil, {
			action: { kind: 'click', at: 0.9 } as Action,
			selector: TRACK,
			attr: 'data-current'
		});
		await settle(page);
		// A seek from the media's side (the native scrubber): 30 % into what the media holds.
		// The same media position in both (the media is the same file), so only the page differs.
		const seekScrub = await page.evaluate(timeUntil, {
			action: { kind: 'scrub', to: 2.5 } as Action,
			selector: TRACK,
			attr: 'data-current'
		});
		const m = await page.evaluate(() => {
			const b = (window as unknown as { __timeline: { painted: number; longTasks: number[] } })
				.__timeline;
			return {
				firstPaint: b.painted,
				longestTask: Math.max(0, ...b.longTasks),
				dataComplete: Math.max(
					0,
					...performance
						.getEntriesByType('resource')
						.filter((e) => e.name.includes('/features'))
						.map((e) => (e as PerformanceResourceTiming).responseEnd)
				),
				inspectorNodes:
					document.querySelector('[data-testid="media-inspector"]')?.querySelectorAll('*').length ??
					0
			};
		});
		return { asset: asset.id, redraw, seekClick, seekClickFar, seekScrub, ...m };
	} finally {
		await context.close();
	}
}

const METRICS: { key: keyof Load; label: string; fmt: (n: number) => string; target: boolean }[] = [
	{ key: 'firstPaint', label: 'timeline first paint (all blocks)', fmt: fmtMs, target: true },
	{ key: 'seekClick', label: 'seek by clicking the timeline', fmt: fmtMs, target: true },
	{
		key: 'seekClickFar',
		label: 'seek by click at 90 % (3,600: past media end)',
		fmt: fmtMs,
		target: false
	},
	{ key: 'seekScrub', label: 'seek from the media (scrubber)', fmt: fmtMs, target: true },
	{ key: 'dataComplete', label: 'rest of the features fetched at', fmt: fmtMs, target: false },
	{ key: 'redraw', label: 'redraw (zoom in)', fmt: fmtMs, target: false },
	{ key: 'inspectorNodes', label: 'DOM nodes in the inspector', fmt: fmtInt, target: false },
	{ key: 'longestTask', label: 'longest task', fmt: fmtMs, target: false }
];

export async function runTimeline(stack: Stack): Promise<Section> {
	const started = performance.now();
	const loads = await alternatingLoads([SMALL, BIG], ROUNDS, (browser, asset) =>
		measure(browser, stack.app.url, asset)
	);
	const of = (asset: string, key: keyof Load) => medianOf(loads, asset, key);
	const table = [['metric (median)', SMALL.id, BIG.id, 'big/small']];
	const checks: Check[] = [];
	const ratios: Record<string, number> = {};
	for (const m of METRICS) {
		const s = of(SMALL.id, m.key);
		const b = of(BIG.id, m.key);
		const r = ratio(b, s);
		ratios[m.key] = r;
		table.push([m.label, m.fmt(s), m.fmt(b), fmtRatio(r)]);
		if (m.target)
			checks.push(
				check(
					`timeline ${m.label} big/small`,
					fmtRatio(r),
					`≤ ${MAX_RATIO.toFixed(1)}×`,
					r <= MAX_RATIO
				)
			);
	}
	return {
		name: 'Segment timeline at 3,600 blocks',
		table,
		checks,
		summary: [
			`timeline paint ${fmtRatio(ratios.firstPaint)} seek ${fmtRatio(Math.max(ratios.seekClick, ratios.seekScrub))}`
		],
		notes: [
			`${ROUNDS} alternating rounds, fresh browser context per load, viewport 1280×900; first paint from navigation start until the frame after the video track drew every block (the 3,600-segment asset first paints a window of its features and fetches the rest)`,
			'seeks and redraw: from the action until the frame after the track showed the new current block (or the new view)'
		],
		raw: { loads, ratios },
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('timeline', runTimeline);
