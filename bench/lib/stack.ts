/**
 * Starts what the benchmarks measure — the Mixpeek stand-in, the built app and the bare forwarder —
 * as child processes on loopback, and stops them again (also on Ctrl-C or a crash).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderSection, writeJson, type Section } from './report';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

export const DEMO_KEY = 'sk_demo_inspector_0123456789abcdef';
export const SESSION_SECRET = 'bench-session-secret-0123456789abcdefghijklmnop';

/** Everything this harness starts listens on 4800–4899 (override the base with BENCH_PORT_BASE). */
const BASE = Number(process.env.BENCH_PORT_BASE ?? 4800);
export const PORTS = {
	standin: BASE + 1,
	app: BASE + 2,
	forwarder: BASE + 3,
	/** Chrome's debugging port for Lighthouse. */
	lighthouse: BASE + 20
};

export interface Proc {
	name: string;
	url: string;
	pid: number;
	child: ChildProcess;
	/** What the process printed (capped), for error messages. */
	output(): string;
	stop(): Promise<void>;
}

export interface Stack {
	standin: Proc;
	app: Proc;
	forwarder: Proc | null;
	stop(): Promise<void>;
}

const running = new Set<Proc>();
let hooksInstalled = false;

function installExitHooks(): void {
	if (hooksInstalled) return;
	hooksInstalled = true;
	// Last resort: never leave a server behind, whatever ends this process.
	process.on('exit', () => {
		for (const p of running) p.child.kill('SIGKILL');
	});
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			for (const p of running) p.child.kill('SIGKILL');
			process.exit(130);
		});
	}
}

export async function waitForUrl(url: string, timeoutMs = 30_000, proc?: Proc): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (proc && proc.child.exitCode !== null) {
			throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.output()}`);
		}
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(
		`${url} did not come up within ${timeoutMs} ms${proc ? `:\n${proc.output()}` : ''}`
	);
}

function startProcess(
	name: string,
	args: string[],
	env: Record<string, string>,
	url: string
): Proc {
	installExitHooks();
	// process.execPath directly (no npx/sh in between), so pid is the server's own pid (RSS sampling).
	const child = spawn(process.execPath, args, {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-8000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const proc: Proc = {
		name,
		url,
		pid: child.pid ?? -1,
		child,
		output: () => log,
		stop: () =>
			new Promise<void>((resolveStop) => {
				running.delete(proc);
				if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
				const force = setTimeout(() => child.kill('SIGKILL'), 3000);
				child.once('exit', () => {
					clearTimeout(force);
					resolveStop();
				});
				child.kill('SIGTERM');
			})
	};
	running.add(proc);
	return proc;
}

export async function startStandin(port = PORTS.standin): Promise<Proc> {
	const url = `http://127.0.0.1:${port}`;
	const proc = startProcess(
		'stand-in',
		['--import', 'tsx', 'standin/main.ts'],
		{ STANDIN_PORT: String(port), STANDIN_HOST: '127.0.0.1', STANDIN_QUIET: '1' },
		url
	);
	await waitForUrl(`${url}/healthcheck`, 30_000, proc);
	return proc;
}

export async function startApp(standinUrl: string, port = PORTS.app): Promise<Proc> {
	const url = `http://127.0.0.1:${port}`;
	const proc = startProcess(
		'app',
		['build'],
		{
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			MIXPEEK_API_URL: standinUrl,
			MIXPEEK_API_KEY: DEMO_KEY,
			SESSION_SECRET,
			LOG_LEVEL: 'silent'
		},
		url
	);
	await waitForUrl(`${url}/healthz`, 30_000, proc);
	return proc;
}

export async function startForwarder(standinUrl: string, port = PORTS.forwarder): Promise<Proc> {
	const url = `http://127.0.0.1:${port}`;
	const proc = startProcess(
		'bare forwarder',
		['--import', 'tsx', 'bench/bare-forwarder.ts'],
		{ FORWARDER_PORT: String(port), UPSTREAM_URL: standinUrl, MIXPEEK_API_KEY: DEMO_KEY },
		url
	);
	await waitForUrl(`${url}/healthz`, 30_000, proc);
	return proc;
}

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** Builds with `npx vite build` unless build/ exists and is newer than the sources. */
export function ensureBuild(): { built: boolean; seconds: number } {
	const marker = join(ROOT, 'build', 'handler.js');
	const sources = Math.max(
		...['src', 'svelte.config.js', 'vite.config.ts', 'tailwind.config.js'].map((p) =>
			newestMtime(join(ROOT, p))
		)
	);
	if (existsSync(marker) && statSync(marker).mtimeMs > sources) return { built: false, seconds: 0 };
	console.log('bench: build/ is missing or older than src/; running `npx vite build`…');
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
	return { built: true, seconds: (performance.now() - started) / 1000 };
}

export async function startStack(options: { forwarder?: boolean } = {}): Promise<Stack> {
	const started: Proc[] = [];
	try {
		const standin = await startStandin();
		started.push(standin);
		const app = await startApp(standin.url);
		started.push(app);
		const forwarder = options.forwarder ? await startForwarder(standin.url) : null;
		if (forwarder) started.push(forwarder);
		return {
			standin,
			app,
			forwarder,
			stop: async () => {
				for (const p of [...started].reverse()) await p.stop();
			}
		};
	} catch (error) {
		for (const p of started.reverse()) await p.stop();
		throw error;
	}
}

/** True when the module at `metaUrl` is the script node was asked to run. */
export function isMain(metaUrl: string): boolean {
	const entry = process.argv[1];
	return !!entry && pathToFileURL(resolve(entry)).href === metaUrl;
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
		writeJson(join(RESULTS_DIR, `${fileName}.json`), section);
	} finally {
		await stack.stop();
	}
}
