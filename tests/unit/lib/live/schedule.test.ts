import { describe, expect, it } from 'vitest';
import { POLL_MAX_MS, pollDelay, remintDelay, shouldPoll } from '$lib/live/schedule';

describe('poll schedule', () => {
	it('starts at 2 s and doubles to a 30 s ceiling', () => {
		expect([0, 1, 2, 3, 4, 5, 10].map(pollDelay)).toEqual([
			2000, 4000, 8000, 16000, 30000, 30000, 30000
		]);
		expect(pollDelay(100)).toBe(POLL_MAX_MS);
	});
	it('polls while in progress, stops at final statuses, gives unknown a few tries', () => {
		for (const s of ['PENDING', 'processing', 'Queued', 'UPLOADING'])
			expect(shouldPoll(s, 0)).toBe(true);
		for (const s of ['DONE', 'failed', 'SKIPPED', 'CANCELLED', null])
			expect(shouldPoll(s, 0)).toBe(false);
		expect(shouldPoll('WEIRD', 0)).toBe(true);
		expect(shouldPoll('WEIRD', 3)).toBe(false);
	});
	it('re-mints ahead of expiry with a lead that scales with short lifetimes', () => {
		const now = 1_000_000;
		expect(remintDelay(null, now, null)).toBeNull();
		expect(remintDelay(now + 3_600_000, now, 3_600_000)).toBe(3_600_000 - 60_000);
		expect(remintDelay(now + 10_000, now, 10_000)).toBe(9_000);
		expect(remintDelay(now - 5_000, now, 10_000)).toBe(0);
	});
});
