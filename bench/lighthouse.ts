/**
 * Lighthouse 12.8.2 on the demo's asset page. Run through `npx -y` on purpose: 13
 * needs Node 22, and 12.x as a devDependency breaks `npm ci` (see shared/TOOLCHAIN.md). Default
 * (mobile, simulated throttling) settings, Debian Chromium, headless.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Section } from './lib/report';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { isMain, PORTS, resultsDir, ROOT, runAlone, type Stack } from './lib/stack';
import { fmtBytes, fmtMs } from './lib/stats';

const PAGE = '/assets/ast_video_tour';
const VERSION = '12.8.2';
const TIMEOUT_MS = 240_000;

interface LhAudit {
	numericValue?: number;
	score?: number | null;
	details?: {
		items?: {
			node?: { selector?: string; nodeLabel?: string };
			score?: number;
			resourceType?: string;
			transferSize?: number;
			resourceSize?: number;
			url?: string;
		}[];
	};
}
interface LhReport {
	categories: Record<
		string,
		{ score: number | null; auditRefs?: { id: string; weight: number }[] }
	>;
	audits: Record<string, LhAudit>;
	lighthouseVersion: string;
	runWarnings?: string[];
}

function run(
	args: string[],
	env: Record<string, string>
): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('npx', args, { cwd: ROOT, env: { ...process.env, ...env } });
		let output = '';
		const keep = (c: Buffer) => (output = (output + c.toString()).slice(-6000));
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const timer = setTimeout(() => {
			output += `\n(killed after ${TIMEOUT_MS / 1000} s)`;
			child.kill('SIGKILL');
		}, TIMEOUT_MS);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code: code ?? 1, output });
		});
	});
}

export async function runLighthouse(stack: Stack): Promise<Section> {
	const started = performance.now();
	const url = `${stack.app.url}${PAGE}`;
	const outPath = join(resultsDir(), 'lighthouse-report.json');
	rmSync(outPath, { force: true });
	// Warm the server so the first, measured request is not the app's first ever.
	await (await fetch(url)).arrayBuffer();
	const args = [
		'-y',
		`lighthouse@${VERSION}`,
		url,
		'--output=json',
		`--output-path=${outPath}`,
		'--only-categories=performance,accessibility,best-practices',
		`--port=${PORTS.lighthouse}`,
		'--quiet',
		`--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`
	];
	let { code, output } = await run(args, { CHROME_PATH: CHROMIUM_PATH });
	// On a saturated machine the trace sometimes misses the navigation (NO_NAVSTART, "run
	// Lighthouse again"): one more try, said in the notes, before giving up.
	let retried = '';
	if (code !== 0 || !existsSync(outPath)) {
		retried = output.trim().split('\n').slice(-1)[0] ?? '';
		({ code, output } = await run(args, { CHROME_PATH: CHROMIUM_PATH }));
	}
	const seconds = () => (performance.now() - started) / 1000;
	if (code !== 0 || !existsSync(outPath)) {
		const reason = `npx -y lighthouse@${VERSION} failed (exit ${code}): ${output.trim().split('\n').slice(-5).join(' | ')}`;
		return {
			name: 'Lighthouse',
			table: [
				['metric', 'value'],
				['status', 'not run']
			],
			checks: [
				check('Lighthouse performance', '–', '100', null, reason),
				check('Lighthouse accessibility', '–', '100', null, reason),
				check('Lighthouse best practices', '–', '100', null, reason),
				check('Lighthouse CLS', '–', '0', null, reason)
			],
			summary: ['lighthouse not run'],
			notes: [reason],
			raw: { error: reason },
			seconds: seconds()
		};
	}
	const report = JSON.parse(readFileSync(outPath, 'utf8')) as LhReport;
	const score = (id: string) => Math.round((report.categories[id]?.score ?? NaN) * 100);
	const perf = score('performance');
	const a11y = score('accessibility');
	const bp = score('best-practices');
	const cls = report.audits['cumulative-layout-shift']?.numericValue ?? NaN;
	const lcp = report.audits['largest-contentful-paint']?.numericValue ?? NaN;
	const fcp = report.audits['first-contentful-paint']?.numericValue ?? NaN;
	const tbt = report.audits['total-blocking-time']?.numericValue ?? NaN;
	const requests = report.audits['network-requests']?.details?.items ?? [];
	const scripts = requests.filter((r) => r.resourceType === 'Script');
	const jsTransfer = scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0);
	const jsResource = scripts.reduce((n, r) => n + (r.resourceSize ?? 0), 0);
	// What cost points: weighted audits below a perfect score, per category.
	const losses = (category: string) =>
		(report.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
			.map(
				(ref) => `${ref.id} ${(report.audits[ref.id].score ?? 0).toFixed(2)} (weight ${ref.weight})`
			);
	const shifts = (report.audits['layout-shifts']?.details?.items ?? []).map(
		(i) =>
			`${i.node?.selector ?? '?'} ("${(i.node?.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 40)}") ${(i.score ?? 0).toFixed(4)}`
	);
	const lossNotes = ['performance', 'accessibility', 'best-practices']
		.map((c) => [c, losses(c)] as const)
		.filter(([, l]) => l.length > 0)
		.map(([c, l]) => `${c} audits below 1.0: ${l.join(', ')}`);
	return {
		name: 'Lighthouse',
		table: [
			['metric', 'value'],
			['page', PAGE],
			['performance', String(perf)],
			['accessibility', String(a11y)],
			['best practices', String(bp)],
			['CLS', cls.toFixed(3)],
			['LCP (simulated)', fmtMs(lcp)],
			['FCP (simulated)', fmtMs(fcp)],
			['TBT', fmtMs(tbt)],
			[`JS (${scripts.length} scripts), transferred`, fmtBytes(jsTransfer)],
			['JS, uncompressed', fmtBytes(jsResource)]
		],
		checks: [
			check('Lighthouse performance', String(perf), '100', perf >= 100),
			check('Lighthouse accessibility', String(a11y), '100', a11y >= 100),
			check('Lighthouse best practices', String(bp), '100', bp >= 100),
			check('Lighthouse CLS', cls.toFixed(3), '0', cls === 0)
		],
		summary: [`LH ${perf}/${a11y}/${bp} CLS ${cls.toFixed(3)}`],
		notes: [
			`lighthouse ${report.lighthouseVersion}, mobile preset with simulated throttling; full report: bench/results/lighthouse-report.json`,
			...(retried ? [`first attempt failed and was retried: ${retried}`] : []),
			...lossNotes,
			...(shifts.length ? [`layout shifts: ${shifts.join('; ')}`] : []),
			...(report.runWarnings ?? []).map((w) => `lighthouse warning: ${w}`)
		],
		raw: { perf, a11y, bp, cls, lcp, fcp, tbt, jsTransfer, jsResource, scripts: scripts.length },
		seconds: seconds()
	};
}

if (isMain(import.meta.url)) await runAlone('lighthouse', runLighthouse);
