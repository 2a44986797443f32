/**
 * Proxy overhead: the same asset fetched (a) straight from the stand-in, (b) through
 * the bare forwarder, (c) through the app's /api/assets/<id>/features. Concurrency 1 and 16,
 * rounds alternating a/b/c (rotated each round), medians over rounds; ratios c/b.
 */
import { cannon, medianOf, type CannonRun } from './lib/cannon';
import { cpuMs } from './lib/procfs';
import { check, type Check, type Section } from './lib/report';
import { DEMO_KEY } from '../standin/keys';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtInt, fmtMs, fmtRatio, median, ratio, rotate } from './lib/stats';

const ASSET = 'ast_gen_image_10';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = [1, 16];
const MAX_LATENCY_RATIO = 1.3;
const MIN_THROUGHPUT_RATIO = 0.75;

type Target = 'a' | 'b' | 'c';
const NAMES: Record<Target | 'c+cookie', string> = {
	a: '(a) stand-in direct',
	b: '(b) bare forwarder',
	c: '(c) app proxy',
	'c+cookie': '(c) app proxy, saved-key cookie'
};

/** Saves the demo key through the settings form, as a browser without JS would, and returns the cookie. */
export async function savedKeyCookie(appUrl: string): Promise<string> {
	const res = await fetch(`${appUrl}/settings?/save`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: appUrl,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		body: new URLSearchParams({ apiKey: DEMO_KEY, defaultNamespace: '', next: '' }).toString()
	});
	await res.arrayBuffer();
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('inspector_session='));
	if (!cookie) throw new Error(`saving the key set no session cookie (HTTP ${res.status})`);
	return cookie;
}

export async function runProxy(stack: Stack): Promise<Section> {
	const started = performance.now();
	if (!stack.forwarder) throw new Error('the proxy benchmark needs the bare forwarder');
	const urls: Record<Target, string> = {
		a: `${stack.standin.url}/v1/assets/${ASSET}/features?return_url=true`,
		b: `${stack.forwarder.url}/api/assets/${ASSET}/features`,
		c: `${stack.app.url}/api/assets/${ASSET}/features`
	};
	const headers: Record<Target, Record<string, string>> = {
		a: { authorization: `Bearer ${DEMO_KEY}`, accept: 'application/json' },
		b: { accept: 'application/json' },
		c: { accept: 'application/json' }
	};
	const cookie = await savedKeyCookie(stack.app.url);
	// The process each path adds in front of the stand-in (CPU per answer is the noise-proof figure).
	const front: Record<Target, number> = {
		a: stack.standin.pid,
		b: stack.forwarder.pid,
		c: stack.app.pid
	};

	// Warm-up: JIT, keep-alive pools, the app's lazy route modules.
	for (const t of ['a', 'b', 'c'] as Target[]) {
		await cannon(`warm ${t}`, { url: urls[t], headers: headers[t], connections: 16, duration: 1 });
	}

	const runs: Record<number, Record<Target, CannonRun[]>> = {};
	/** CPU ms per 2xx answer: the front process, and the stand-in behind it. */
	const cpu: Record<number, Record<Target, { front: number; standin: number }[]>> = {};
	const cookieRuns: Record<number, CannonRun> = {};
	for (const connections of CONCURRENCY) {
		runs[connections] = { a: [], b: [], c: [] };
		cpu[connections] = { a: [], b: [], c: [] };
		for (let round = 0; round < ROUNDS; round++) {
			for (const t of rotate<Target>(['a', 'b', 'c'], round)) {
				const frontBefore = cpuMs(front[t]);
				const standinBefore = cpuMs(stack.standin.pid);
				const run = await cannon(NAMES[t], {
					url: urls[t],
					headers: headers[t],
					connections,
					duration: SECONDS
				});
				runs[connections][t].push(run);
				cpu[connections][t].push({
					front: (cpuMs(front[t]) - frontBefore) / run.ok,
					standin: t === 'a' ? 0 : (cpuMs(stack.standin.pid) - standinBefore) / run.ok
				});
			}
		}
		cookieRuns[connections] = await cannon(NAMES['c+cookie'], {
			url: urls.c,
			headers: { ...headers.c, cookie },
			connections,
			duration: SECONDS
		});
	}

	const table: string[][] = [
		[
			'path',
			'conc',
			'p50',
			'p99',
			'req/s',
			'p50 ×b',
			'p99 ×b',
			'req/s ×b',
			'CPU/answer',
			'CPU ×b',
			'non-2xx+err'
		]
	];
	const checks: Check[] = [];
	const summary: string[] = [];
	const figures: Record<string, unknown> = {};
	for (const connections of CONCURRENCY) {
		const med = {
			a: medianOf(runs[connections].a),
			b: medianOf(runs[connections].b),
			c: medianOf(runs[connections].c),
			'c+cookie': medianOf([cookieRuns[connections]])
		};
		const b = med.b;
		const cpuOf = (t: Target) => median(cpu[connections][t].map((x) => x.front));
		for (const key of ['a', 'b', 'c', 'c+cookie'] as const) {
			const m = med[key];
			const cpuFront = key === 'c+cookie' ? Number.NaN : cpuOf(key);
			const all = key === 'c+cookie' ? [cookieRuns[connections]] : runs[connections][key];
			const bad = all.reduce((n, r) => n + r.non2xx + r.errors, 0);
			table.push([
				NAMES[key],
				String(connections),
				fmtMs(m.p50),
				fmtMs(m.p99),
				fmtInt(m.rps),
				fmtRatio(ratio(m.p50, b.p50)),
				fmtRatio(ratio(m.p99, b.p99)),
				fmtRatio(ratio(m.rps, b.rps)),
				Number.isFinite(cpuFront) ? fmtMs(cpuFront) : '',
				Number.isFinite(cpuFront) ? fmtRatio(ratio(cpuFront, cpuOf('b'))) : '',
				String(bad)
			]);
		}
		const lat = ratio(med.c.p50, b.p50);
		const thr = ratio(med.c.rps, b.rps);
		const latCookie = ratio(med['c+cookie'].p50, b.p50);
		checks.push(
			check(
				`proxy c${connections}: app p50 latency / bare forwarder`,
				fmtRatio(lat),
				`≤ ${MAX_LATENCY_RATIO.toFixed(2)}×`,
				lat <= MAX_LATENCY_RATIO
			),
			check(
				`proxy c${connections}: app throughput / bare forwarder`,
				fmtRatio(thr),
				`≥ ${MIN_THROUGHPUT_RATIO.toFixed(2)}×`,
				thr >= MIN_THROUGHPUT_RATIO
			)
		);
		const cpuRatio = ratio(cpuOf('c'), cpuOf('b'));
		summary.push(
			`proxy c${connections} ${fmtRatio(lat)} lat/${fmtRatio(thr)} thr/${fmtRatio(cpuRatio)} CPU`
		);
		figures[`c${connections}`] = {
			medians: med,
			cpuPerAnswerMs: { a: cpuOf('a'), b: cpuOf('b'), c: cpuOf('c') },
			ratios: {
				p50: lat,
				p99: ratio(med.c.p99, b.p99),
				rps: thr,
				cookieP50: latCookie,
				cpuPerAnswer: cpuRatio,
				forwarderOverDirectP50: ratio(b.p50, med.a.p50)
			}
		};
	}
	const failures = Object.values(runs)
		.flatMap((r) => [...r.a, ...r.b, ...r.c])
		.concat(Object.values(cookieRuns))
		.filter((r) => r.non2xx + r.errors > 0);
	const notes = [
		'CPU/answer: user+system CPU of the process in front (the stand-in itself for a, the forwarder for b, the app for c) per 2xx answer, from /proc; it does not depend on how busy the machine is, unlike latency',
		`${ROUNDS} rounds × ${SECONDS} s per path and concurrency; asset ${ASSET}; p50/p99 exact per round, then median over rounds`
	];
	if (failures.length) {
		notes.push(
			`non-2xx or errors in ${failures.length} runs: ${failures.map((f) => `${f.label} c${f.connections} ${JSON.stringify(f.statusCodes)} err=${f.errors}`).join('; ')}`
		);
	}
	return {
		name: 'Proxy overhead',
		table,
		checks,
		summary,
		notes,
		raw: { asset: ASSET, rounds: ROUNDS, secondsPerRun: SECONDS, figures, runs, cpu, cookieRuns },
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('proxy', runProxy, { forwarder: true });
