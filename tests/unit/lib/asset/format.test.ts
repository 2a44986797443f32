import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatCount,
	formatDuration,
	formatExactBytes,
	formatRelative,
	formatTimeRange,
	formatUtc,
	parseTimestamp
} from '$lib/asset/format';

describe('formatBytes', () => {
	it('uses SI units with one decimal below 100', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(999)).toBe('999 B');
		expect(formatBytes(1000)).toBe('1.0 kB');
		expect(formatBytes(1536)).toBe('1.5 kB');
		expect(formatBytes(413014)).toBe('413 kB');
		expect(formatBytes(1048576)).toBe('1.0 MB');
		expect(formatBytes(5_300_000_000)).toBe('5.3 GB');
	});
	it('carries 999.95 kB to the next unit instead of printing 1000.0', () => {
		expect(formatBytes(999_950)).toBe('1.0 MB');
	});
	it('rejects non-sizes', () => {
		for (const v of [null, undefined, -1, NaN, Infinity, '12', {}])
			expect(formatBytes(v)).toBeNull();
	});
	it('gives exact bytes for the hover title', () => {
		expect(formatExactBytes(1234567)).toBe('1,234,567 bytes');
		expect(formatExactBytes(1)).toBe('1 byte');
		expect(formatExactBytes('x')).toBeNull();
	});
});

describe('timestamps', () => {
	it('reads a zoneless timestamp as UTC, microseconds and all', () => {
		const d = parseTimestamp('2025-01-20T17:41:03.512000');
		expect(d?.toISOString()).toBe('2025-01-20T17:41:03.512Z');
	});
	it('keeps an explicit zone', () => {
		expect(parseTimestamp('2025-01-20T17:42:00.000Z')?.toISOString()).toBe(
			'2025-01-20T17:42:00.000Z'
		);
		expect(parseTimestamp('2025-01-20T19:42:00+02:00')?.toISOString()).toBe(
			'2025-01-20T17:42:00.000Z'
		);
	});
	it('accepts a space separator and a bare date', () => {
		expect(parseTimestamp('2025-01-20 17:41:03')?.toISOString()).toBe('2025-01-20T17:41:03.000Z');
		expect(parseTimestamp('2025-01-20')?.toISOString()).toBe('2025-01-20T00:00:00.000Z');
	});
	it('rejects garbage', () => {
		for (const v of [null, 42, '', 'yesterday', '2025-13-45T99:99:99']) {
			expect(parseTimestamp(v)).toBeNull();
		}
	});
	it('formats absolute UTC and relative times', () => {
		const d = new Date('2025-01-20T17:41:03.512Z');
		expect(formatUtc(d)).toBe('2025-01-20 17:41:03 UTC');
		const now = d.getTime();
		expect(formatRelative(d, now + 3_000)).toBe('just now');
		expect(formatRelative(d, now + 3 * 60_000)).toBe('3 minutes ago');
		expect(formatRelative(d, now + 2 * 3600_000)).toBe('2 hours ago');
		expect(formatRelative(d, now - 2 * 3600_000)).toBe('in 2 hours');
		expect(formatRelative(d, now + 3 * 86400_000)).toBe('3 days ago');
		expect(formatRelative(d, now + 400 * 86400_000)).toBe('last year');
	});
	it('says what Intl.RelativeTimeFormat says, without building one', () => {
		const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
		const now = Date.UTC(2025, 0, 20, 12);
		const steps: [Intl.RelativeTimeFormatUnit, number][] = [
			['second', 1],
			['minute', 60],
			['hour', 3600],
			['day', 86400],
			['month', 86400 * 30],
			['year', 86400 * 360]
		];
		for (const [unit, seconds] of steps)
			for (const n of [-45, -11, -2, -1, 1, 2, 11, 45]) {
				if (unit === 'second' && Math.abs(n) < 10) continue;
				const wanted = rtf.format(n, unit);
				const got = formatRelative(new Date(now + n * seconds * 1000), now);
				// Our steps carry 59 seconds into minutes etc.; compare only in-range amounts.
				if (Math.abs(n) < (unit === 'month' ? 12 : unit === 'day' ? 30 : 24) || unit === 'year')
					expect(got).toBe(wanted);
			}
	});
});

describe('durations', () => {
	it('formats seconds as a clock', () => {
		expect(formatDuration(0)).toBe('0:00');
		expect(formatDuration(10)).toBe('0:10');
		expect(formatDuration(75.9)).toBe('1:15');
		expect(formatDuration(3725)).toBe('1:02:05');
		expect(formatDuration(-1)).toBeNull();
		expect(formatDuration('10')).toBeNull();
	});
	it('formats time ranges with an en dash', () => {
		expect(formatTimeRange(10, 17)).toBe('0:10–0:17');
		expect(formatTimeRange(10, null)).toBe('from 0:10');
		expect(formatTimeRange(undefined, 17)).toBe('until 0:17');
		expect(formatTimeRange(null, null)).toBeNull();
	});
	it('groups counts', () => {
		expect(formatCount(5000)).toBe('5,000');
		const intl = new Intl.NumberFormat('en-US');
		for (const n of [0, 7, 999, 1000, -1000, 12345, 999999, 1000000, -987654321, 2 ** 53 - 1, 1.5])
			expect(formatCount(n)).toBe(intl.format(n));
	});
});
