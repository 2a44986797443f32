/** Formatting for the asset page. Pure functions; every input may be missing or malformed upstream data. */

const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Human size in SI units (what browsers and macOS show): 1536 → "1.5 kB". Null for non-sizes. */
export function formatBytes(bytes: unknown): string | null {
	if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null;
	if (bytes < 1000) return `${Math.round(bytes)} B`;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	// 999.95 kB would print as "1000.0 kB"; carry it to the next unit instead.
	if (Number(value.toFixed(1)) >= 1000 && unit < SIZE_UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	const digits = value >= 100 ? 0 : 1;
	return `${value.toFixed(digits)} ${SIZE_UNITS[unit]}`;
}

/** Exact byte count for the hover title: "1,234,567 bytes". */
export function formatExactBytes(bytes: unknown): string | null {
	if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null;
	const n = Math.round(bytes);
	return `${n.toLocaleString('en-US')} ${n === 1 ? 'byte' : 'bytes'}`;
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?/;

/**
 * Parses an upstream timestamp. Mixpeek sends assets' times without a zone
 * (`2025-01-20T17:41:03.512000`) and features' with `Z`; a zoneless one is UTC.
 */
export function parseTimestamp(value: unknown): Date | null {
	if (typeof value !== 'string') return null;
	let text = value.trim();
	if (!ISO_LIKE.test(text)) return null;
	text = text.replace(' ', 'T');
	// Date only takes milliseconds; microseconds (Python's default) are cut to three digits.
	text = text.replace(/(\.\d{3})\d+/, '$1');
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00';
	if (!HAS_ZONE.test(text)) text += 'Z';
	const date = new Date(text);
	return Number.isNaN(date.getTime()) ? null : date;
}

/** Absolute UTC time: "2025-01-20 17:41:03 UTC". */
export function formatUtc(date: Date): string {
	return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
	['second', 60],
	['minute', 60],
	['hour', 24],
	['day', 30],
	['month', 12],
	['year', Infinity]
];

// One formatter, as for counts: a new one per call cost more than the rest of a detail row.
let relative: Intl.RelativeTimeFormat | undefined;

/** Relative time against `now` (epoch ms): "3 minutes ago", "in 2 hours", "just now". */
export function formatRelative(date: Date, now: number): string {
	const seconds = (date.getTime() - now) / 1000;
	if (Math.abs(seconds) < 10) return 'just now';
	const rtf = (relative ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
	let value = seconds;
	for (const [unit, size] of RELATIVE_STEPS) {
		if (Math.abs(value) < size) return rtf.format(Math.trunc(value), unit);
		value /= size;
	}
	return rtf.format(Math.trunc(value), 'year');
}

/** Seconds as a clock: 10 → "0:10", 75.9 → "1:15", 3725 → "1:02:05". Null for non-times. */
export function formatDuration(seconds: unknown): string | null {
	if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return null;
	const total = Math.floor(seconds);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A segment's time range, "0:10–0:17"; "from 0:10" / "until 0:17" when one end is missing. */
export function formatTimeRange(start: unknown, end: unknown): string | null {
	const from = formatDuration(start);
	const to = formatDuration(end);
	if (from && to) return `${from}–${to}`;
	if (from) return `from ${from}`;
	if (to) return `until ${to}`;
	return null;
}

let counts: Intl.NumberFormat | undefined;

/** Thousands separators for counts: 5000 → "5,000". */
export function formatCount(n: number): string {
	// One formatter: `toLocaleString` builds a new one per call (thousands per render).
	return (counts ??= new Intl.NumberFormat('en-US')).format(n);
}

/** Whole seconds from `now` until `at`, never negative ("next try in 3 s"). */
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
