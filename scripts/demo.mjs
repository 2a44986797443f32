// `npm run demo`: builds the app, starts the Mixpeek stand-in and the app against it with a demo
// key configured on the server, and prints the URL to open. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const standinPort = Number(process.env.STANDIN_PORT ?? 4010);
const standinUrl = `http://127.0.0.1:${standinPort}`;
const appUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
const DEMO_KEY = 'sk_demo_inspector_0123456789abcdef';

console.log('Building the app…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
function start(name, cmd, args, env) {
	const child = spawn(cmd, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	child.stdout.on('data', (chunk) => process.stdout.write(`[${name}] ${chunk}`));
	child.on('exit', (code) => {
		if (!stopping) {
			console.error(`${name} exited (${code}); stopping the demo.`);
			stop(1);
		}
	});
	children.push(child);
	return child;
}

let stopping = false;
function stop(code = 0) {
	stopping = true;
	for (const child of children) child.kill('SIGTERM');
	setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url) {
	for (let i = 0; i < 100; i++) {
		try {
			const res = await fetch(url);
			if (res.ok) return res;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`${url} did not come up`);
}

// node itself (with tsx as a loader), not npx: a signal to npx would not reach the server.
start('standin', process.execPath, ['--import', 'tsx', 'standin/main.ts'], {
	STANDIN_PORT: String(standinPort),
	STANDIN_QUIET: '1'
});
await waitFor(`${standinUrl}/healthcheck`);
const samples = await (await waitFor(`${standinUrl}/__standin/samples`)).json();
const featured = samples.map((s) => ({ id: s.id, namespace: s.namespace, label: s.description }));

start('app', process.execPath, ['build'], {
	PORT: String(port),
	HOST: host,
	ORIGIN: process.env.ORIGIN ?? appUrl,
	MIXPEEK_API_URL: standinUrl,
	MIXPEEK_API_KEY: DEMO_KEY,
	SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
	FEATURED_ASSETS: JSON.stringify(featured)
});
await waitFor(`${appUrl}/healthz`);
console.log(
	`\nAsset Inspector demo is running: open ${appUrl}/\n(Mixpeek stand-in at ${standinUrl}; Ctrl-C stops both)\n`
);
