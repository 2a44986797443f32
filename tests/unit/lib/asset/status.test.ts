import { describe, expect, it } from 'vitest';
import { classifyStatus } from '$lib/asset/status';

describe('classifyStatus', () => {
	it.each([
		['PENDING', 'busy'],
		['queued', 'busy'],
		['Initializing', 'busy'],
		['DOWNLOADING', 'busy'],
		['processing', 'busy'],
		['UPLOADING', 'busy'],
		['DONE', 'done'],
		['done', 'done'],
		['FAILED', 'failed'],
		['cancelled', 'failed'],
		['SKIPPED', 'skipped']
	])('%s is %s (case-insensitive)', (status, kind) => {
		expect(classifyStatus(status).kind).toBe(kind);
	});
	it('keeps the label as sent', () => {
		expect(classifyStatus(' processing ').label).toBe('processing');
	});
	it('shows unknown values neutrally, as is', () => {
		expect(classifyStatus('ARCHIVED')).toEqual({ kind: 'unknown', label: 'ARCHIVED' });
	});
	it('handles a missing status', () => {
		for (const v of [null, undefined, '', '  ', 42]) expect(classifyStatus(v).kind).toBe('none');
	});
});
