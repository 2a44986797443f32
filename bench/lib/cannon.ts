/**
 * autocannon with exact latencies: its own histogram keeps whole milliseconds, too coarse on
 * loopback where an answer takes 1–3 ms, so every 2xx response time is also kept as a float.
 */
import autocannon, { type Options, type Result } from 'autocannon';
import { median, percentile } from './stats';

export interface CannonRun {
	label: string;
	connections: number;
	/** Exact p50/p99 over 2xx answers, ms. */
	p50: number;
	p99: number;
	/** 2xx answers per second of wall time. */
	rps: number;
	ok: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	seconds: number;
	statusCodes: Record<string, number>;
}

export function cannon(label: string, options: Options): Promise<CannonRun> {
	const latencies: number[] = [];
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const instance = autocannon({ timeout: 10, ...options }, (error, result: Result) => {
			if (error) return reject(error);
			const seconds = (performance.now() - started) / 1000;
			const statusCodes: Record<string, number> = {};
			for (const [code, stat] of Object.entries(result.statusCodeStats))
				statusCodes[code] = stat.count;
			resolve({
				label,
				connections: options.connections ?? 10,
				p50: percentile(latencies, 50),
				p99: percentile(latencies, 99),
				rps: latencies.length / seconds,
				ok: latencies.length,
				errors: result.errors,
				timeouts: result.timeouts,
				non2xx: result.non2xx,
				seconds,
				statusCodes
			});
		});
		instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
			if (status >= 200 && status < 300) latencies.push(ms);
		});
	});
}

/** Medians over rounds of the per-round figures. */
export function medianOf(runs: CannonRun[]): { p50: number; p99: number; rps: number } {
	return {
		p50: median(runs.map((r) => r.p50)),
		p99: median(runs.map((r) => r.p99)),
		rps: median(runs.map((r) => r.rps))
	};
}
