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
