import { describe, expect, it } from 'vitest';
import {
	clampTime,
	formatClock,
	formatSpan,
	formatTimeParam,
	parseTimeParam
} from '../../../../src/lib/timeline/time';

describe('parseTimeParam', () => {
	it('reads plain seconds, with or without a fraction or an s', () => {
		expect(parseTimeParam('0')).toBe(0);
		expect(parseTimeParam('12')).toBe(12);
		expect(parseTimeParam('12.5')).toBe(12.5);
		expect(parseTimeParam('.5')).toBe(0.5);
		expect(parseTimeParam('90s')).toBe(90);
		expect(parseTimeParam(' 42 ')).toBe(42);
	});

	it('reads m:ss and h:mm:ss clocks', () => {
		expect(parseTimeParam('1:05')).toBe(65);
		expect(parseTimeParam('0:20')).toBe(20);
		expect(parseTimeParam('12:00')).toBe(720);
		expect(parseTimeParam('75:00')).toBe(4500);
		expect(parseTimeParam('1:02:03')).toBe(3723);
		expect(parseTimeParam('1:02:03.5')).toBe(3723.5);
		expect(parseTimeParam('0:0:7')).toBe(7);
	});

	it('reads unit forms as video sites write them', () => {
		expect(parseTimeParam('1m30s')).toBe(90);
		expect(parseTimeParam('1h2m')).toBe(3720);
		expect(parseTimeParam('2H')).toBe(7200);
	});

	it('rejects clock fields out of range', () => {
		expect(parseTimeParam('1:60')).toBeNull();
		expect(parseTimeParam('1:75:00')).toBeNull();
		expect(parseTimeParam('1:5:')).toBeNull();
		expect(parseTimeParam(':30')).toBeNull();
	});

	it('rejects anything that is not a time', () => {
		for (const bad of [
			null,
			undefined,
			'',
			'  ',
			'-5',
			'abc',
			'1e3',
			'Infinity',
			'NaN',
			'12..5',
			'1:2:3:4',
			'0x10',
			'5 s',
			'1m30',
			'ms'
		]) {
			expect(parseTimeParam(bad), String(bad)).toBeNull();
		}
	});

	it('rejects absurdly large times', () => {
		expect(parseTimeParam('3600000')).toBe(3_600_000);
		expect(parseTimeParam('3600001')).toBeNull();
		expect(parseTimeParam('9'.repeat(400))).toBeNull();
	});
});

describe('formatTimeParam', () => {
	it('writes seconds to a tenth, never negative, and parses back', () => {
		expect(formatTimeParam(12.54)).toBe('12.5');
		expect(formatTimeParam(65)).toBe('65');
		expect(formatTimeParam(-3)).toBe('0');
		expect(parseTimeParam(formatTimeParam(3723.46))).toBe(3723.5);
	});
});

describe('formatClock and formatSpan', () => {
	it('formats clocks with tenths only when present', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(20)).toBe('0:20');
		expect(formatClock(20.5)).toBe('0:20.5');
		expect(formatClock(59.96)).toBe('1:00');
		expect(formatClock(3725)).toBe('1:02:05');
		expect(formatClock(-2)).toBe('-0:02');
		expect(formatClock(Number.NaN)).toBe('–');
	});

	it('formats spans with an en dash', () => {
		expect(formatSpan(20, 30)).toBe('0:20–0:30');
		expect(formatSpan(35, 40)).toBe('0:35–0:40');
	});
});

describe('clampTime', () => {
	it('keeps a time inside the media', () => {
		expect(clampTime(-1, 10)).toBe(0);
		expect(clampTime(12, 10)).toBe(10);
		expect(clampTime(5, null)).toBe(5);
		expect(clampTime(5, Number.NaN)).toBe(5);
	});
});
