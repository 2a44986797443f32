/**
 * Where the app's time goes under the proxy benchmark's load: starts the app with `node
 * --cpu-prof`, drives /api/assets/<id>/features (or an SSR page) with autocannon, stops it so the
 * profile is written, and prints self time by package and the heaviest functions (self and
 * inclusive). `npx tsx bench/profile.ts [api|ssr|forwarder] [seconds] [asset_id]` (forwarder: the
 * bare forwarder under the same load, for comparison; asset_id: `ast_gen_image_100` for ssr,
 * `ast_gen_image_10` otherwise). `BENCH_PROFILE_CONNECTIONS` (default 16): 1 profiles requests one
 * at a time, as `bench/ssr.ts` times them. Not part of `npm run bench`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEMO_KEY } from '../standin/keys';
import { spawnApp, spawnNode, startStandin, TSX } from '../scripts/stack';
import { cannon } from './lib/cannon';
import { analyse, type CpuProfile } from './lib/cpuprofile';
import { APP_OPTIONS, ensureBuild, PORTS, resultsDir, waitForUrl } from './lib/stack';

const mode = (['ssr', 'forwarder'].includes(process.argv[2]) ? process.argv[2] : 'api') as
	'api' | 'ssr' | 'forwarder';
const seconds = Number(process.argv[3] ?? 10);
const asset = process.argv[4] ?? (mode === 'ssr' ? 'ast_gen_image_100' : 'ast_gen_image_10');
const connections = Number(process.env.BENCH_PROFILE_CONNECTIONS ?? 16);
// *.json so that .gitignore's bench/results/*.json keeps it out of git; DevTools loads it as is.
const dir = resultsDir();
const file = join(dir, `cpu-${mode}.json`);
rmSync(file, { force: true });
ensureBuild();
const standin = await startStandin({ port: PORTS.standin });
const cpuProf = ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${basename(file)}`];
const app =
	mode === 'forwarder'
		? spawnNode({
				name: 'bare forwarder',
				args: [...cpuProf, ...TSX, 'bench/bare-forwarder.ts'],
				env: {
					FORWARDER_PORT: String(PORTS.forwarder),
					UPSTREAM_URL: standin.url,
					MIXPEEK_API_KEY: DEMO_KEY
				},
				url: `http://127.0.0.1:${PORTS.forwarder}`,
				stderr: 'inherit'
			})
		: spawnApp({ ...APP_OPTIONS, standinUrl: standin.url, stderr: 'inherit' }, cpuProf);
const appUrl = app.url;
let answers = 0;
try {
	await waitForUrl(`${appUrl}/healthz`, 30_000, app);
	const url =
		mode === 'ssr' ? `${appUrl}/assets/${asset}` : `${appUrl}/api/assets/${asset}/features`;
	const warm = await cannon('warm', { url, connections, duration: 2 });
	answers += warm.ok;
	const run = await cannon('profiled', { url, connections, duration: seconds });
	answers += run.ok;
	console.log(
		`${mode} ${asset} c${connections}: ${run.ok} answers, ${run.rps.toFixed(0)} req/s, p50 ${run.p50.toFixed(2)} ms under --cpu-prof`
	);
} finally {
	await app.stop();
	await standin.stop();
}
if (!existsSync(file)) throw new Error(`node --cpu-prof wrote no ${file}`);
console.log(`profile: ${file} (open in Chrome DevTools › Performance)\n`);
console.log(analyse(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, answers));
