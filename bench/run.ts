/**
 * `npm run bench`: builds if build/ is stale, starts the stand-in, the app and the bare forwarder
 * on loopback (ports 4801–4803), runs every benchmark, writes bench/results/latest.json, prints
 * the tables and one summary line. BENCH_ONLY=proxy,ssr,browser,timeline,lighthouse,weight,search,
 * load picks some.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runBrowser } from './browser';
import { runLighthouse } from './lighthouse';
import { runLoad } from './load';
import { runProxy } from './proxy';
import { runSearch } from './search';
import { runSsr } from './ssr';
import { runTimeline } from './timeline';
import { runWeight } from './weight';
import { check, renderSection, summarizeChecks, writeJson, type Section } from './lib/report';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { ensureBuild, resultsDir, startStack, type Stack } from './lib/stack';

const BENCHMARKS: [string, (stack: Stack) => Promise<Section>][] = [
	['proxy', runProxy],
	['ssr', runSsr],
	['browser', runBrowser],
	['timeline', runTimeline],
	['lighthouse', runLighthouse],
	['weight', runWeight],
	['search', runSearch],
	// Last: it loads the app hardest and changes the stand-in's slow delay (restored after).
	['load', runLoad]
];

function chromiumVersion(): string {
	try {
		return execFileSync(CHROMIUM_PATH, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'unknown';
	}
}

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const started = performance.now();
const build = ensureBuild();
const loadBefore = loadavg();
const stack = await startStack({ forwarder: true });
const sections: Section[] = [];
try {
	for (const [name, run] of BENCHMARKS) {
		if (only && !only.includes(name)) continue;
		console.log(`bench: running ${name}…`);
		const t = performance.now();
		try {
			const section = await run(stack);
			sections.push(section);
			console.log(renderSection(section));
		} catch (error) {
			const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
			console.error(`bench: ${name} failed: ${message}`);
			sections.push({
				name,
				table: [],
				checks: [check(`${name} ran`, 'failed', 'runs', false, message)],
				summary: [`${name} FAILED`],
				notes: [],
				raw: { error: String(error) },
				seconds: (performance.now() - t) / 1000
			});
		}
	}
} finally {
	await stack.stop();
}

const checks = sections.flatMap((s) => s.checks);
const seconds = (performance.now() - started) / 1000;
const summary = `bench: ${sections.flatMap((s) => s.summary).join(' | ')} | ${summarizeChecks(checks)} in ${seconds.toFixed(0)} s`;
writeJson(join(resultsDir(), 'latest.json'), {
	date: new Date().toISOString(),
	machine: {
		node: process.version,
		cpus: cpus().length,
		chromium: chromiumVersion(),
		loadavgBefore: loadBefore,
		loadavgAfter: loadavg()
	},
	build,
	seconds,
	summary,
	checks,
	sections
});

console.log('\n== Targets ==');
for (const c of checks) {
	const state = c.met === null ? 'n/a ' : c.met ? 'MET ' : 'MISS';
	console.log(`  [${state}] ${c.label}: ${c.value} (target ${c.target})`);
}
console.log(
	`\n(load average before/after: ${loadBefore.map((l) => l.toFixed(1)).join(' ')} / ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} on ${cpus().length} cores; results in bench/results/latest.json)`
);
console.log(summary);
