/** Small, dependency-free statistics for the benchmarks (pure functions, unit-tested). */

/** The median of a list (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100), nearest-rank on a sorted copy; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function mean(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** a / b, or NaN when either side is missing or b is 0. */
export function ratio(a: number, b: number): number {
	if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
	return a / b;
}

/** `order` rotated by `round` places: each candidate takes each position equally often. */
export function rotate<T>(order: readonly T[], round: number): T[] {
	const n = order.length;
	if (n === 0) return [];
	const k = ((round % n) + n) % n;
	return [...order.slice(k), ...order.slice(0, k)];
}

export function fmtMs(ms: number): string {
	if (!Number.isFinite(ms)) return '–';
	return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

export function fmtRatio(r: number): string {
	return Number.isFinite(r) ? `${r.toFixed(2)}×` : '–';
}

export function fmtInt(n: number): string {
	return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–';
}

export function fmtBytes(n: number): string {
	if (!Number.isFinite(n)) return '–';
	if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
	if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
	return `${n} B`;
}
