/**
 * Load (loopback only, bounded in time): 200 connections for 30 s on the proxy route
 * with the app's RSS sampled every second; then a slow upstream (5 s per answer, the stand-in's
 * fault_slow) under 20 concurrent requests must not hold up other users' requests.
 */
import { cannon, type CannonRun } from './lib/cannon';
import { postJson } from './lib/http';
import { acceptQueue, rssBytes } from './lib/procfs';
import { check, type Section } from './lib/report';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtInt, fmtMs, fmtRatio, mean, ratio } from './lib/stats';

const ROUTE = '/api/assets/ast_gen_image_10/features';
const SLOW_ROUTE = '/api/assets/fault_slow/features';
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
/**
 * The same load before the measured window: a fresh heap grows for ~20 s under 200 connections
 * (to ~200 MiB) and then stays flat, for the app and the bare forwarder alike; growth after that
 * is what a leak looks like.
 */
const WARMUP_S = Number(process.env.BENCH_LOAD_WARMUP ?? 10);
const WINDOW_S = 10;
const MAX_RSS_GROWTH = 0.1;
const SLOW_MS = 5000;
const SLOW_CONNECTIONS = 20;
const MAX_FAST_RATIO = 1.5;

// autocannon counts a timeout as an error too.
const bad = (r: CannonRun) => r.errors + r.non2xx;

export async function runLoad(stack: Stack): Promise<Section> {
	const started = performance.now();
	const url = `${stack.app.url}${ROUTE}`;
	const pid = stack.app.pid;

	// 1. Sustained load with RSS sampled once a second, after a warm-up at the same load.
	const rssBeforeWarmup = rssBytes(pid);
	const warmup =
		WARMUP_S > 0
			? await cannon('warm-up', { url, connections: CONNECTIONS, duration: WARMUP_S, timeout: 20 })
			: null;
	const samples: { t: number; rss: number; acceptQueue: number }[] = [];
	const port = Number(new URL(stack.app.url).port);
	const t0 = performance.now();
	const sampler = setInterval(
		() =>
			samples.push({
				t: (performance.now() - t0) / 1000,
				rss: rssBytes(pid),
				acceptQueue: acceptQueue(port)
			}),
		1000
	);
	let load: CannonRun;
	try {
		load = await cannon('load', { url, connections: CONNECTIONS, duration: SECONDS, timeout: 20 });
	} finally {
		clearInterval(sampler);
	}
	const first = samples.filter((s) => s.t <= WINDOW_S).map((s) => s.rss);
	const last = samples.filter((s) => s.t > SECONDS - WINDOW_S).map((s) => s.rss);
	const growth = mean(last) / mean(first) - 1;

	// 2. A slow upstream must not serialise other users' requests.
	const standinConfig = (await (await fetch(`${stack.standin.url}/__standin/config`)).json()) as {
		slowMs: number;
	};
	const fast = () => cannon('fast', { url, connections: 4, duration: 5 });
	const baseline = await fast();
	let withSlow: CannonRun;
	let slow: CannonRun;
	await postJson(`${stack.standin.url}/__standin/config`, { slowMs: SLOW_MS });
	try {
		const slowRun = cannon('slow', {
			url: `${stack.app.url}${SLOW_ROUTE}`,
			connections: SLOW_CONNECTIONS,
			duration: 11,
			timeout: 30
		});
		await new Promise((r) => setTimeout(r, 1000));
		withSlow = await fast();
		slow = await slowRun;
	} finally {
		await postJson(`${stack.standin.url}/__standin/config`, { slowMs: standinConfig.slowMs });
	}
	const fastRatio = ratio(withSlow.p50, baseline.p50);
	// 20 connections × 5 s answers in 11 s: about 40 answers when served concurrently, 2 when not.
	const slowConcurrent = slow.ok >= SLOW_CONNECTIONS && slow.p50 < SLOW_MS * 1.5;

	const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
	return {
		name: 'Load',
		table: [
			['measure', 'value'],
			[`${CONNECTIONS} connections × ${SECONDS} s, ${ROUTE}`, `${fmtInt(load.ok)} × 2xx`],
			['  req/s', fmtInt(load.rps)],
			['  latency p50 / p99', `${fmtMs(load.p50)} / ${fmtMs(load.p99)}`],
			['  errors / timeouts / non-2xx', `${load.errors} / ${load.timeouts} / ${load.non2xx}`],
			[
				`  app RSS mean first ${WINDOW_S} s → last ${WINDOW_S} s`,
				`${mib(mean(first))} → ${mib(mean(last))}`
			],
			['  app RSS growth', `${(growth * 100).toFixed(1)}%`],
			[
				`  app RSS before the ${WARMUP_S} s warm-up at the same load`,
				`${mib(rssBeforeWarmup)}${warmup ? ` (warm-up: ${fmtInt(warmup.ok)} × 2xx, ${bad(warmup)} errors)` : ''}`
			],
			['fast asset p50, alone (4 connections)', fmtMs(baseline.p50)],
			[
				`fast asset p50, with ${SLOW_CONNECTIONS} slow (5 s) requests in flight`,
				fmtMs(withSlow.p50)
			],
			['  ratio with / without', fmtRatio(fastRatio)],
			[`slow answers (20 connections, 11 s)`, `${slow.ok}, p50 ${fmtMs(slow.p50)}`]
		],
		checks: [
			check(
				'load: errors + timeouts + non-2xx (incl. warm-up)',
				String(bad(load) + (warmup ? bad(warmup) : 0)),
				'0',
				bad(load) + (warmup ? bad(warmup) : 0) === 0
			),
			check(
				'load: app RSS growth first→last 10 s (after warm-up)',
				`${(growth * 100).toFixed(1)}%`,
				`< ${MAX_RSS_GROWTH * 100}%`,
				growth < MAX_RSS_GROWTH
			),
			check(
				'slow upstream: fast p50 with / without slow load',
				fmtRatio(fastRatio),
				`≤ ${MAX_FAST_RATIO}×`,
				fastRatio <= MAX_FAST_RATIO && bad(withSlow) === 0
			),
			check(
				'slow upstream: slow requests served concurrently',
				`${slow.ok} answers, p50 ${fmtMs(slow.p50)}`,
				`≥ ${SLOW_CONNECTIONS} answers, p50 ≈ ${SLOW_MS} ms`,
				slowConcurrent
			)
		],
		summary: [
			`load ${fmtInt(load.rps)} req/s ${bad(load)} err RSS ${(growth * 100).toFixed(1)}%, slow-upstream ${fmtRatio(fastRatio)}`
		],
		notes: [
			`RSS samples (MiB): ${samples.map((s) => (s.rss / 1024 / 1024).toFixed(0)).join(' ')}`,
			`connections waiting in the app's accept queue, per second: ${samples.map((s) => s.acceptQueue).join(' ')}`,
			`a timeout is an answer slower than 20 s (autocannon's timeout), above the app's own 15 s upstream timeout`
		],
		raw: { warmup, rssBeforeWarmup, load, samples, growth, baseline, withSlow, slow, fastRatio },
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('load', runLoad);
