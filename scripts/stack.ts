/**
 * The one launcher for the Mixpeek stand-in and the built app as child processes on loopback: the
 * demo, the benchmarks and the e2e tests that need extra app instances start them through here, so
 * the env an app needs and the way a process is started, awaited and stopped live in one place.
 *
 * Run it (`node --import tsx scripts/stack.ts`) to start both against an existing `build/` with the
 * demo key, on STANDIN_PORT (4010) and PORT (5173); Ctrl-C stops both.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEMO_KEY } from '../standin/keys';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const loopbackUrl = (port: number) => `http://127.0.0.1:${port}`;

/** Node with tsx as a loader, for the TypeScript entry points (stand-in, bare forwarder). */
export const TSX = ['--import', 'tsx'];
export const STANDIN_ENTRY = [...TSX, 'standin/main.ts'];

export interface Proc {
	name: string;
	url: string;
	/** The server's own pid (node is spawned directly, no npx or shell in between). */
	pid: number;
	child: ChildProcess;
	/** Resolves with the exit code (null when killed by a signal). */
	exited: Promise<number | null>;
	/** What the process printed (the last 8,000 characters), for error messages. */
	output(): string;
	/** SIGTERM, then SIGKILL after 3 s; resolves once it has exited. */
	stop(): Promise<void>;
}

export interface SpawnOptions {
	name: string;
	/** Arguments to node (process.execPath). */
	args: string[];
	env: Record<string, string>;
	url: string;
	/** Also print the process's stdout, each chunk prefixed with `[name]`. */
	echo?: boolean;
	/** Where its stderr goes besides output(): 'inherit' shows it (the demo), else kept only. */
	stderr?: 'inherit' | 'keep';
}

const running = new Set<Proc>();
let hooksInstalled = false;

/** Never leave a server behind, whatever ends this process. */
function installExitHooks(): void {
	if (hooksInstalled) return;
	hooksInstalled = true;
	process.on('exit', () => {
		for (const p of running) p.child.kill('SIGKILL');
	});
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			// Only when nobody else handles the signal (Playwright does; a script may too).
			if (process.listenerCount(signal) > 1) return;
			for (const p of running) p.child.kill('SIGKILL');
			process.exit(130);
		});
	}
}

/** Starts node with `args` from the repository root. Does not wait for it to listen. */
export function spawnNode({ name, args, env, url, echo, stderr = 'keep' }: SpawnOptions): Proc {
	installExitHooks();
	const child = spawn(process.execPath, args, {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', stderr === 'inherit' ? 'inherit' : 'pipe']
	});
	let log = '';
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-8000);
	};
	child.stdout?.on('data', (chunk: Buffer) => {
		keep(chunk);
		if (echo) process.stdout.write(`[${name}] ${chunk}`);
	});
	child.stderr?.on('data', keep);
	const exited = new Promise<number | null>((resolveExit) =>
		child.once('exit', (code) => {
			running.delete(proc);
			resolveExit(code);
		})
	);
	const proc: Proc = {
		name,
		url,
		pid: child.pid ?? -1,
		child,
		exited,
		output: () => log,
		stop: async () => {
			running.delete(proc);
			if (child.exitCode !== null || child.signalCode !== null) return;
			const force = setTimeout(() => child.kill('SIGKILL'), 3000);
			child.kill('SIGTERM');
			await exited;
			clearTimeout(force);
		}
	};
	running.add(proc);
	return proc;
}

/** Resolves once `url` answers 2xx; throws with the process's output if it exits or times out. */
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

export interface StandinOptions {
	port: number;
	/** Extra STANDIN_* variables (STANDIN_SLOW_MS, STANDIN_PROCESSING_MS, …). */
	env?: Record<string, string>;
	echo?: boolean;
	stderr?: 'inherit' | 'keep';
}

/** The stand-in's env: loopback, quiet (its request log is read through the control API). */
export function standinEnv({ port, env }: StandinOptions): Record<string, string> {
	return { STANDIN_PORT: String(port), STANDIN_HOST: '127.0.0.1', STANDIN_QUIET: '1', ...env };
}

export async function startStandin(options: StandinOptions): Promise<Proc> {
	const url = loopbackUrl(options.port);
	const proc = spawnNode({
		name: 'standin',
		args: STANDIN_ENTRY,
		env: standinEnv(options),
		url,
		echo: options.echo,
		stderr: options.stderr
	});
	await waitForUrl(`${url}/healthcheck`, 30_000, proc);
	return proc;
}

export interface AppOptions {
	port: number;
	/** The Mixpeek API base the app proxies to (the stand-in). */
	standinUrl: string;
	sessionSecret: string;
	/** The server-side key for users who saved none; '' for an instance without one. */
	apiKey?: string;
	/** Interface to listen on (127.0.0.1); ORIGIN follows it unless `env.ORIGIN` is set. */
	host?: string;
	/** Anything else (FEATURED_ASSETS, LOG_LEVEL, MIXPEEK_TIMEOUT_MS, ORIGIN, …). */
	env?: Record<string, string>;
	echo?: boolean;
	stderr?: 'inherit' | 'keep';
}

/** The app's env for `node build` against the stand-in. */
export function appEnv({
	port,
	standinUrl,
	sessionSecret,
	apiKey = '',
	host = '127.0.0.1',
	env
}: AppOptions): Record<string, string> {
	const reachable = host === '0.0.0.0' ? '127.0.0.1' : host;
	return {
		PORT: String(port),
		HOST: host,
		ORIGIN: `http://${reachable}:${port}`,
		MIXPEEK_API_URL: standinUrl,
		MIXPEEK_API_KEY: apiKey,
		SESSION_SECRET: sessionSecret,
		...env
	};
}

/** `node build` with appEnv(); does not wait (for tests of a start that must fail). */
export function spawnApp(options: AppOptions, nodeArgs: string[] = []): Proc {
	const env = appEnv(options);
	return spawnNode({
		name: 'app',
		args: [...nodeArgs, 'build'],
		env,
		url: env.ORIGIN,
		echo: options.echo,
		stderr: options.stderr
	});
}

/** `node build` with appEnv(), resolved once /healthz answers. */
export async function startApp(options: AppOptions, nodeArgs: string[] = []): Promise<Proc> {
	const proc = spawnApp(options, nodeArgs);
	await waitForUrl(`${proc.url}/healthz`, 30_000, proc);
	return proc;
}

export interface Stack {
	standin: Proc;
	app: Proc;
	stop(): Promise<void>;
}

export interface StackOptions {
	standin: StandinOptions;
	/** The app's options, without the stand-in's URL (filled in once it is up). */
	app: Omit<AppOptions, 'standinUrl'>;
	/** Called with the running stand-in before the app starts (e.g. to read its samples). */
	beforeApp?: (standin: Proc) => Promise<Partial<Omit<AppOptions, 'standinUrl'>>>;
}

/** The stand-in, then the app against it; stops whatever started if a later step fails. */
export async function startStack({ standin, app, beforeApp }: StackOptions): Promise<Stack> {
	const started: Proc[] = [];
	const stop = async () => {
		for (const p of [...started].reverse()) await p.stop();
	};
	try {
		const upstream = await startStandin(standin);
		started.push(upstream);
		const extra = beforeApp ? await beforeApp(upstream) : {};
		const server = await startApp({
			...app,
			...extra,
			env: { ...app.env, ...extra.env },
			standinUrl: upstream.url
		});
		started.push(server);
		return { standin: upstream, app: server, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** True when build/ is missing or older than the sources it is built from. */
export function buildIsStale(): boolean {
	const marker = join(ROOT, 'build', 'handler.js');
	if (!existsSync(marker)) return true;
	const sources = Math.max(
		...['src', 'svelte.config.js', 'vite.config.ts', 'tailwind.config.js', 'package-lock.json'].map(
			(p) => newestMtime(join(ROOT, p))
		)
	);
	return statSync(marker).mtimeMs <= sources;
}

/** `vite build` (through npx, from the repository root); throws if it fails. */
export function build(logLevel: 'warn' | 'error' = 'warn'): { seconds: number } {
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', logLevel], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
	return { seconds: (performance.now() - started) / 1000 };
}

/** True when the module at `metaUrl` is the script node was asked to run. */
export function isMain(metaUrl: string): boolean {
	const entry = process.argv[1];
	return !!entry && pathToFileURL(resolve(entry)).href === metaUrl;
}

/** Stops the stack on Ctrl-C/SIGTERM, or when either process dies on its own. */
export function stopWithStack(stack: Stack): void {
	let stopping = false;
	const stop = (code: number) => {
		if (stopping) return;
		stopping = true;
		void stack.stop().then(() => process.exit(code));
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));
	for (const proc of [stack.standin, stack.app]) {
		void proc.exited.then((code) => {
			if (stopping) return;
			console.error(`${proc.name} exited (${code}); stopping.`);
			stop(1);
		});
	}
}

if (isMain(import.meta.url)) {
	const stack = await startStack({
		standin: { port: Number(process.env.STANDIN_PORT ?? 4010), echo: true, stderr: 'inherit' },
		app: {
			port: Number(process.env.PORT ?? 5173),
			apiKey: DEMO_KEY,
			sessionSecret: process.env.SESSION_SECRET ?? 'local-stack-session-secret-0123456789abcdef',
			echo: true,
			stderr: 'inherit'
		}
	});
	stopWithStack(stack);
	console.log(`app ${stack.app.url}/  stand-in ${stack.standin.url}  (Ctrl-C stops both)`);
}
