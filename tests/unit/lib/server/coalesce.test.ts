import { describe, expect, it } from 'vitest';
import { coalesce, coalesceKey, inFlightCount } from '$lib/server/coalesce';

const later = <T>(value: T, ms = 20) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('coalesce', () => {
	it('shares one call among identical requests in flight', async () => {
		let calls = 0;
		const key = coalesceKey('sk_a', 'prod', '/v1/assets/x/features');
		const results = await Promise.all(
			Array.from({ length: 10 }, () => coalesce(key, () => later(++calls)))
		);
		expect(calls).toBe(1);
		expect(results.map((r) => r.value)).toEqual(Array(10).fill(1));
		expect(results.filter((r) => r.shared)).toHaveLength(9);
		expect(inFlightCount()).toBe(0);
	});

	it('keeps nothing once settled: the next request calls again', async () => {
		let calls = 0;
		const key = coalesceKey('sk_a', null, '/v1/namespaces');
		await coalesce(key, () => later(++calls));
		await coalesce(key, () => later(++calls));
		expect(calls).toBe(2);
	});

	it('shares a failure too, then forgets it', async () => {
		const key = coalesceKey('sk_a', null, '/boom');
		const failing = () => later(null).then(() => Promise.reject(new Error('down')));
		const settled = await Promise.allSettled([coalesce(key, failing), coalesce(key, failing)]);
		expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
		expect(inFlightCount()).toBe(0);
	});

	it('never shares across keys, namespaces or paths', () => {
		const base = coalesceKey('sk_a', 'prod', '/p');
		expect(coalesceKey('sk_b', 'prod', '/p')).not.toBe(base);
		expect(coalesceKey('sk_a', 'staging', '/p')).not.toBe(base);
		expect(coalesceKey('sk_a', null, '/p')).not.toBe(coalesceKey('sk_a', '', '/p'));
		expect(coalesceKey('sk_a', 'prod', '/q')).not.toBe(base);
		// Parts cannot run into each other.
		expect(coalesceKey('sk_a', 'a","b', 'c')).not.toBe(coalesceKey('sk_a', 'a', 'b","c'));
	});

	it('never holds the key itself', () => {
		expect(coalesceKey('sk_live_secret_1234', 'prod', '/p')).not.toContain('sk_live_secret_1234');
	});
});
