/**
 * Server render: the full HTML of a deep link to a 100-feature asset, against the
 * stand-in call the page makes (the floor: the page cannot answer before its data arrives).
 * Sequential requests, alternating in rounds, median per round, median over rounds.
 */
import { check, type Section } from './lib/report';
import { timedGet, type Timed } from './lib/http';
import { DEMO_KEY } from '../standin/keys';
import { isMain, runAlone, type Stack } from './lib/stack';
import { fmtBytes, fmtMs, fmtRatio, median, percentile, ratio, rotate } from './lib/stats';

const ASSET = 'ast_gen_image_100';
const ROUNDS = Number(process.env.BENCH_SSR_ROUNDS ?? 7);
const PER_ROUND = Number(process.env.BENCH_SSR_REQUESTS ?? 15);
const MAX_RATIO = 2;

type Target = 'upstream' | 'ssr';

export async function runSsr(stack: Stack): Promise<Section> {
	const started = performance.now();
	const get: Record<Target, () => Promise<Timed>> = {
		upstream: () =>
			timedGet(`${stack.standin.url}/v1/assets/${ASSET}/features?return_url=true`, {
				authorization: `Bearer ${DEMO_KEY}`,
				accept: 'application/json'
			}),
		ssr: () => timedGet(`${stack.app.url}/assets/${ASSET}`, { accept: 'text/html' })
	};
	for (const t of ['upstream', 'ssr'] as Target[]) for (let i = 0; i < 5; i++) await get[t]();

	const perRound: Record<Target, number[]> = { upstream: [], ssr: [] };
	const all: Record<Target, number[]> = { upstream: [], ssr: [] };
	const bytes: Record<Target, number> = { upstream: 0, ssr: 0 };
	let bad = 0;
	for (let round = 0; round < ROUNDS; round++) {
		for (const t of rotate<Target>(['upstream', 'ssr'], round)) {
			const times: number[] = [];
			for (let i = 0; i < PER_ROUND; i++) {
				const r = await get[t]();
				if (r.status !== 200) bad++;
				bytes[t] = r.bytes;
				times.push(r.ms);
			}
			perRound[t].push(median(times));
			all[t].push(...times);
		}
	}
	const up = median(perRound.upstream);
	const ssr = median(perRound.ssr);
	const r = ratio(ssr, up);
	return {
		name: 'Server render',
		table: [
			['request', 'median', 'p90', 'body'],
			[
				`stand-in GET features (${ASSET})`,
				fmtMs(up),
				fmtMs(percentile(all.upstream, 90)),
				fmtBytes(bytes.upstream)
			],
			[`app SSR /assets/${ASSET}`, fmtMs(ssr), fmtMs(percentile(all.ssr, 90)), fmtBytes(bytes.ssr)],
			[
				'ratio SSR / stand-in',
				fmtRatio(r),
				fmtRatio(ratio(percentile(all.ssr, 90), percentile(all.upstream, 90))),
				''
			]
		],
		checks: [
			check('SSR answers', `${bad} non-200`, '0', bad === 0),
			check(
				`SSR ${ASSET} / the upstream call alone`,
				fmtRatio(r),
				`≤ ${MAX_RATIO.toFixed(1)}×`,
				r <= MAX_RATIO
			)
		],
		summary: [`SSR ${fmtRatio(r)}`],
		notes: [
			`${ROUNDS} rounds × ${PER_ROUND} sequential requests each, alternating; medians of round medians`
		],
		raw: {
			asset: ASSET,
			rounds: ROUNDS,
			perRound,
			upstreamMs: up,
			ssrMs: ssr,
			ratio: r,
			bytes,
			non200: bad
		},
		seconds: (performance.now() - started) / 1000
	};
}

if (isMain(import.meta.url)) await runAlone('ssr', runSsr);
