/**
 * Server render: the full HTML of a deep link to a 100-feature asset, against the
 * stand-in call the page makes (the floor: the page cannot answer before its data arrives).
 * Sequential requests, alternating in rounds, median per round, median over rounds. The
 * 10,000-feature page is timed the same way, fewer requests a round (reported, no target: the gap
 * between its first paint and a small asset's is mostly this server time).
 */
import { check, type Section } from './lib/report';
import { timedGet, type Timed } from './lib/http';
import { DEMO_KEY } from '../standin/keys';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtBytes, fmtMs, fmtRatio, median, percentile, ratio, rotate } from './lib/stats';

const ASSET = 'ast_gen_image_100';
const BIG_ASSET = 'ast_gen_image_10000';
const ROUNDS = Number(process.env.BENCH_SSR_ROUNDS ?? 7);
const PER_ROUND = Number(process.env.BENCH_SSR_REQUESTS ?? 15);
const BIG_PER_ROUND = Number(process.env.BENCH_SSR_BIG_REQUESTS ?? 3);
const MAX_RATIO = 2;

type Target = 'upstream' | 'ssr';

interface Timing {
	/** Medians of round medians, ms. */
	median: Record<Target, number>;
	p90: Record<Target, number>;
	bytes: Record<Target, number>;
	perRound: Record<Target, number[]>;
	non200: number;
}

/** The page of `asset` and its upstream call, alternating round by round. */
async function time(stack: Stack, asset: string, perRound: number): Promise<Timing> {
	const get: Record<Target, () => Promise<Timed>> = {
		upstream: () =>
			timedGet(`${stack.standin.url}/v1/assets/${asset}/features?return_url=true`, {
				authorization: `Bearer ${DEMO_KEY}`,
				accept: 'application/json'
			}),
		ssr: () => timedGet(`${stack.app.url}/assets/${asset}`, { accept: 'text/html' })
	};
	const warm = Math.min(5, perRound);
	for (const t of ['upstream', 'ssr'] as Target[]) for (let i = 0; i < warm; i++) await get[t]();

	const rounds: Record<Target, number[]> = { upstream: [], ssr: [] };
	const all: Record<Target, number[]> = { upstream: [], ssr: [] };
	const bytes: Record<Target, number> = { upstream: 0, ssr: 0 };
	let non200 = 0;
	for (let round = 0; round < ROUNDS; round++) {
		for (const t of rotate<Target>(['upstream', 'ssr'], round)) {
			const times: number[] = [];
			for (let i = 0; i < perRound; i++) {
				const r = await get[t]();
				if (r.status !== 200) non200++;
				bytes[t] = r.bytes;
				times.push(r.ms);
			}
			rounds[t].push(median(times));
			all[t].push(...times);
		}
	}
	return {
		median: { upstream: median(rounds.upstream), ssr: median(rounds.ssr) },
		p90: { upstream: percentile(all.upstream, 90), ssr: percentile(all.ssr, 90) },
		bytes,
		perRound: rounds,
		non200
	};
}

function rows(asset: string, t: Timing): string[][] {
	return [
		[
			`stand-in GET features (${asset})`,
			fmtMs(t.median.upstream),
			fmtMs(t.p90.upstream),
			fmtBytes(t.bytes.upstream)
		],
		[`app SSR /assets/${asset}`, fmtMs(t.median.ssr), fmtMs(t.p90.ssr), fmtBytes(t.bytes.ssr)],
		[
			'ratio SSR / stand-in',
			fmtRatio(ratio(t.median.ssr, t.median.upstream)),
			fmtRatio(ratio(t.p90.ssr, t.p90.upstream)),
			''
		]
	];
}

export async function runSsr(stack: Stack): Promise<Section> {
	const started = performance.now();
	const small = await time(stack, ASSET, PER_ROUND);
	const big = await time(stack, BIG_ASSET, BIG_PER_ROUND);
	const r = ratio(small.median.ssr, small.median.upstream);
	const rBig = ratio(big.median.ssr, big.median.upstream);
	const bad = small.non200 + big.non200;
	return {
		name: 'Server render',
		table: [['request', 'median', 'p90', 'body'], ...rows(ASSET, small), ...rows(BIG_ASSET, big)],
		checks: [
			check('SSR answers', `${bad} non-200`, '0', bad === 0),
			check(
				`SSR ${ASSET} / the upstream call alone`,
				fmtRatio(r),
				`≤ ${MAX_RATIO.toFixed(1)}×`,
				r <= MAX_RATIO
			)
		],
		summary: [`SSR ${fmtRatio(r)}`, `SSR 10k ${fmtRatio(rBig)}`],
		notes: [
			`${ROUNDS} rounds × ${PER_ROUND} sequential requests each (${BIG_ASSET}: × ${BIG_PER_ROUND}), alternating; medians of round medians`
		],
		raw: {
			asset: ASSET,
			rounds: ROUNDS,
			perRound: small.perRound,
			upstreamMs: small.median.upstream,
			ssrMs: small.median.ssr,
			ratio: r,
			bytes: small.bytes,
			non200: bad,
			big: {
				asset: BIG_ASSET,
				perRound: big.perRound,
				upstreamMs: big.median.upstream,
				ssrMs: big.median.ssr,
				ratio: rBig,
				bytes: big.bytes
			}
		},
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('ssr', runSsr);
