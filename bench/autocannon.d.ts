// The part of autocannon 9's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export interface Options {
		url: string;
		connections?: number;
		duration?: number;
		amount?: number;
		timeout?: number;
		pipelining?: number;
		headers?: Record<string, string>;
		method?: string;
		body?: string;
	}

	export interface Histogram {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p99: number;
		total: number;
	}

	export interface Result {
		duration: number;
		errors: number;
		timeouts: number;
		non2xx: number;
		resets: number;
		'2xx': number;
		'4xx': number;
		'5xx': number;
		statusCodeStats: Record<string, { count: number }>;
		latency: Histogram;
		requests: Histogram & { sent: number };
		throughput: Histogram;
	}

	export interface Instance extends EventEmitter {
		stop(): void;
	}

	function autocannon(
		options: Options,
		callback: (error: Error | null, result: Result) => void
	): Instance;
	export default autocannon;
}
