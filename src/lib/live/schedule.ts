/**
 * Timing rules of a live asset page, kept pure so they can be tested with fake timers.
 */
import { classifyStatus } from '$lib/asset/status';

export const POLL_FIRST_MS = 2_000;
export const POLL_MAX_MS = 30_000;
/** Refresh URLs this long before the earliest one expires. */
export const REMINT_LEAD_MS = 60_000;
/** Never refresh URLs more often than this, whatever fails. */
export const REMINT_COOLDOWN_MS = 10_000;
/** Unknown statuses are polled this many times before the page stops. */
export const UNKNOWN_STATUS_POLLS = 3;

/** Delay before poll number `attempt` (0-based): 2 s doubling to 30 s. */
export function pollDelay(attempt: number): number {
	return Math.min(POLL_FIRST_MS * 2 ** Math.max(0, attempt), POLL_MAX_MS);
}

/** Whether a page showing this status should keep polling after `polls` polls of it. */
export function shouldPoll(status: unknown, pollsOfUnknown: number): boolean {
	const { kind } = classifyStatus(status);
	if (kind === 'busy') return true;
	if (kind === 'unknown') return pollsOfUnknown < UNKNOWN_STATUS_POLLS;
	return false;
}

/**
 * When to re-mint URLs ahead of expiry, as a delay from `now`; null when nothing expires. Short
 * lifetimes get a proportionally shorter lead so that a 10 s URL is not refreshed constantly.
 */
export function remintDelay(
	earliestExpiry: number | null,
	now: number,
	lifetimeMs: number | null
): number | null {
	if (earliestExpiry === null) return null;
	const lead = Math.min(REMINT_LEAD_MS, Math.max(1_000, (lifetimeMs ?? REMINT_LEAD_MS * 10) / 10));
	return Math.max(0, earliestExpiry - lead - now);
}
