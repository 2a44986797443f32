/**
 * What the benchmarks measure — the Mixpeek stand-in, the built app and the bare forwarder — started
 * through the project's one launcher (scripts/stack.ts) on ports derived from BENCH_PORT_BASE.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_KEY } from '../../standin/keys';
import {
	buildIsStale,
	build,
	loopbackUrl,
	ROOT,
	spawnNode,
	startStack as startProcesses,
	TSX,
	waitForUrl,
	type Proc
} from '../../scripts/stack';
import { renderSection, writeJson, type Section } from './report';

export { isMain, ROOT, waitForUrl, type Proc } from '../../scripts/stack';

const RESULTS_DIR = join(ROOT, 'bench', 'results');
export const SESSION_SECRET = 'bench-session-secret-0123456789abcdefghijklmnop';

/** Everything this harness starts listens on BASE+1…BASE+99 (BENCH_PORT_BASE, default 4800). */
const BASE = Number(process.env.BENCH_PORT_BASE ?? 4800);
export const PORTS = {
	standin: BASE + 1,
	app: BASE + 2,
	forwarder: BASE + 3,
	/** Chrome's debugging port for Lighthouse. */
	lighthouse: BASE + 20
};

export interface Stack {
	standin: Proc;
	app: Proc;
	forwarder: Proc | null;
	stop(): Promise<void>;
}

/** Where reports go; a fresh clone has no bench/results/ (only *.json in it is ignored by git). */
export function resultsDir(): string {
	mkdirSync(RESULTS_DIR, { recursive: true });
	return RESULTS_DIR;
}

/** The app as the benchmarks run it: demo key on the server, logging off. */
export const APP_OPTIONS = {
	port: PORTS.app,
	apiKey: DEMO_KEY,
	sessionSecret: SESSION_SECRET,
	env: { LOG_LEVEL: 'silent' }
};

export async function startForwarder(standinUrl: string, port = PORTS.forwarder): Promise<Proc> {
	const url = loopbackUrl(port);
	const proc = spawnNode({
		name: 'bare forwarder',
		args: [...TSX, 'bench/bare-forwarder.ts'],
		env: { FORWARDER_PORT: String(port), UPSTREAM_URL: standinUrl, MIXPEEK_API_KEY: DEMO_KEY },
		url
	});
	await waitForUrl(`${url}/healthz`, 30_000, proc);
	return proc;
}

/** Builds with `npx vite build` unless build/ exists and is newer than the sources. */
export function ensureBuild(): { built: boolean; seconds: number } {
	if (!buildIsStale()) return { built: false, seconds: 0 };
	console.log('bench: build/ is missing or older than src/; running `npx vite build`…');
	return { built: true, ...build('error') };
}

export async function startStack(options: { forwarder?: boolean } = {}): Promise<Stack> {
	const { standin, app, stop } = await startProcesses({
		standin: { port: PORTS.standin },
		app: APP_OPTIONS
	});
	let forwarder: Proc | null = null;
	try {
		if (options.forwarder) forwarder = await startForwarder(standin.url);
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		standin,
		app,
		forwarder,
		stop: async () => {
			await forwarder?.stop();
			await stop();
		}
	};
}

/** `npx tsx bench/<name>.ts`: build if needed, start the stack, run one benchmark, print it. */
export async function runAlone(
	fileName: string,
	run: (stack: Stack) => Promise<Section>,
	options: { forwarder?: boolean } = {}
): Promise<void> {
	ensureBuild();
	const stack = await startStack(options);
	try {
		const section = await run(stack);
		console.log(renderSection(section));
		writeJson(join(resultsDir(), `${fileName}.json`), section);
	} finally {
		await stack.stop();
	}
}
