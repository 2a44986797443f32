/**
 * A throwaway redis-server for the tests of the shared "Forget key" store: loopback only, no
 * persistence, stopped by the test that started it. redis-server is Debian's package; `.ci/run`
 * installs it when missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';

export interface RedisServer {
	url: string;
	port: number;
	stop(): Promise<void>;
}

const INSTALL_HINT =
	'redis-server is not installed. Install it with: apt-get install -y redis-server';

function ping(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.setTimeout(500);
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.destroy();
			resolve(data.toString().startsWith('+PONG'));
		});
		socket.once('error', () => resolve(false));
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
	});
}

export async function startRedis(port: number): Promise<RedisServer> {
	if (spawnSync('redis-server', ['--version']).error) throw new Error(INSTALL_HINT);
	if (await ping(port)) throw new Error(`something already answers PING on 127.0.0.1:${port}`);
	const child = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
	};
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) break;
		if (await ping(port)) return { url: `redis://127.0.0.1:${port}`, port, stop };
		await new Promise((r) => setTimeout(r, 50));
	}
	await stop();
	throw new Error(`redis-server did not start on port ${port}:\n${output.slice(-2000)}`);
}
