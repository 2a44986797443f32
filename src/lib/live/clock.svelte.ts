/**
 * A ticking "now" for relative times ("fetched 12 s ago"). Null during SSR and before mount, so
 * server and browser render the same HTML and local times appear only in the browser.
 */
export class Clock {
	now = $state<number | null>(null);

	/** Starts ticking; returns the cleanup, for `$effect`. */
	start(intervalMs = 1_000): () => void {
		this.now = Date.now();
		const timer = setInterval(() => (this.now = Date.now()), intervalMs);
		return () => clearInterval(timer);
	}
}

export function secondsUntil(at: number, now: number): number {
	return Math.max(0, Math.ceil((at - now) / 1000));
}

/** "12 s", "41 min", "2 h 5 min". */
export function shortDuration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	if (s < 60) return `${s} s`;
	const min = Math.round(s / 60);
	if (min < 60) return `${min} min`;
	return `${Math.floor(min / 60)} h ${min % 60} min`;
}
