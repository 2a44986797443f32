import { STANDIN_GENERATIONS, type StandinGeneration } from './control';
import { startOtherHost } from './hostile-faults';
import { createStandin } from './server';

function intFromEnv(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) {
		console.error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
		process.exit(2);
	}
	return value;
}

const port = intFromEnv('STANDIN_PORT', 4010);
const host = process.env.STANDIN_HOST || '127.0.0.1';
const quiet = process.env.STANDIN_QUIET === '1';

const generation = process.env.STANDIN_GENERATION || 'both';
if (!STANDIN_GENERATIONS.includes(generation as StandinGeneration)) {
	console.error(`STANDIN_GENERATION must be one of ${STANDIN_GENERATIONS.join(', ')}`);
	process.exit(2);
}

const standin = createStandin({
	generation: generation as StandinGeneration,
	urlTtlSeconds: intFromEnv('STANDIN_URL_TTL', 3600),
	processingMs: intFromEnv('STANDIN_PROCESSING_MS', 20000),
	slowMs: intFromEnv('STANDIN_SLOW_MS', 20000),
	publicUrl: process.env.STANDIN_PUBLIC_URL || undefined,
	onRequest: quiet ? undefined : (line) => console.log(`[standin] ${line}`)
});

const url = await standin.listen(port, host);
console.log(`Mixpeek stand-in listening on ${url}`);
// The "other host" that the redirect fault points to, on the same port at another loopback address.
if (process.env.STANDIN_OTHER_HOST === '1') await startOtherHost(port);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (closing) return;
		closing = true;
		standin.close().then(
			() => process.exit(0),
			(error: unknown) => {
				console.error('[standin] error while closing', error);
				process.exit(1);
			}
		);
	});
}
