/**
 * Where the browser's time goes on an asset page: a Chromium performance trace (devtools.timeline)
 * of one cold load plus a tab switch, summarised as top-level main-thread time by event type and
 * the longest tasks with what ran inside them. `npx tsx bench/trace.ts [asset_id]` (default: the
 * 10,000-feature asset). Not part of `npm run bench`; the raw trace is kept for DevTools.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { analyse, type CpuProfile } from './lib/cpuprofile';
import { renderTable } from './lib/report';
import { isMain, resultsDir, startStack, ensureBuild } from './lib/stack';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tid: number;
	pid: number;
	args?: { data?: { url?: string; frame?: string; functionName?: string } };
}

export function summarise(events: TraceEvent[]): string {
	// The page's main thread: the one that spent longest parsing HTML (about:blank's is elsewhere).
	const parsing = new Map<string, number>();
	for (const e of events) {
		if (e.name !== 'ParseHTML' || e.ph !== 'X') continue;
		const k = `${e.pid}:${e.tid}`;
		parsing.set(k, (parsing.get(k) ?? 0) + (e.dur ?? 0));
	}
	const thread = [...parsing].sort((a, b) => b[1] - a[1])[0]?.[0];
	const parse = events.find((e) => e.name === 'ParseHTML' && `${e.pid}:${e.tid}` === thread);
	if (!parse) return 'no ParseHTML event in the trace';
	const main = events
		.filter(
			(e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined
		)
		.sort((a, b) => a.ts - b.ts);
	const tasks = main.filter(
		(e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
	);
	// Self time per event name, children subtracted (events nest by time on one thread).
	const self = new Map<string, number>();
	const stack: { e: TraceEvent; end: number; child: number }[] = [];
	const close = (upTo: number) => {
		while (stack.length && stack[stack.length - 1].end <= upTo) {
			const top = stack.pop()!;
			const own = top.e.dur! - top.child;
			self.set(top.e.name, (self.get(top.e.name) ?? 0) + own);
			if (stack.length) stack[stack.length - 1].child += top.e.dur!;
		}
	};
	for (const e of main) {
		close(e.ts);
		stack.push({ e, end: e.ts + e.dur!, child: 0 });
	}
	close(Number.POSITIVE_INFINITY);
	const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
	const byName = [...self]
		.filter(([n]) => n !== 'RunTask' && n !== 'ThreadControllerImpl::RunTask')
		.sort((a, b) => b[1] - a[1])
		.slice(0, 15)
		.map(([n, us]) => [n, ms(us)]);
	const longest = [...tasks]
		.sort((a, b) => b.dur! - a.dur!)
		.slice(0, 5)
		.map((t) => {
			const inside = new Map<string, number>();
			for (const e of main) {
				if (e === t || e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
				if (
					[
						'ParseHTML',
						'EvaluateScript',
						'v8.compile',
						'FunctionCall',
						'Layout',
						'UpdateLayoutTree',
						'Paint',
						'MajorGC',
						'MinorGC',
						'v8.evaluateModule',
						'TimerFire',
						'EventDispatch',
						'RunMicrotasks'
					].includes(e.name)
				) {
					inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur!);
				}
			}
			const parts = [...inside]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 7)
				.map(([n, us]) => `${n} ${ms(us)}`)
				.join(', ');
			return [ms(t.dur!), `at ${ms(t.ts - parse.ts)} after ParseHTML start`, parts];
		});
	return [
		renderTable([['main-thread self time by event', 'self'], ...byName]),
		'',
		renderTable([
			['longest tasks', 'when', 'inclusive time of events inside (nested events overlap)'],
			...longest
		])
	].join('\n');
}

if (isMain(import.meta.url)) {
	const asset = process.argv[2] ?? 'ast_gen_image_10000';
	ensureBuild();
	const stack = await startStack();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	const out = join(resultsDir(), `trace-${asset}.json`);
	let jsProfile: CpuProfile | undefined;
	try {
		// A second cold load with the JS sampling profiler: which scripts the long tasks run.
		const profiled = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await profiled.goto(`${stack.app.url}/healthz`); // same site: the renderer is kept
		const cdp = await profiled.context().newCDPSession(profiled);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		await profiled.goto(`${stack.app.url}/assets/${asset}`, { waitUntil: 'load', timeout: 60_000 });
		await profiled.waitForTimeout(1500);
		jsProfile = ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
		await profiled.close();

		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto('about:blank');
		await browser.startTracing(page, {
			path: out,
			categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline']
		});
		await page.goto(`${stack.app.url}/assets/${asset}`, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForTimeout(1500);
		await page.locator('[role="tab"][aria-selected="false"]').first().click();
		await page.waitForTimeout(500);
		await page.locator('[role="tab"]').filter({ hasText: 'Image' }).click();
		await page.waitForTimeout(500);
		await browser.stopTracing();
	} finally {
		await browser.close();
		await stack.stop();
	}
	const trace = JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: TraceEvent[] };
	console.log(`trace: ${out} (open in Chrome DevTools › Performance)\n`);
	console.log(summarise(trace.traceEvents));
	if (jsProfile)
		console.log(`\nJavaScript during the load (CDP profiler):\n${analyse(jsProfile, 1, 20)}`);
}
