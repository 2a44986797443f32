/** Times on the timeline and in links: `t=` parsing, clock formatting, and what a link carries. */

/** Longer than any real media; a bigger `t=` is a typo or an attack, not a place to seek to. */
export const MAX_LINK_SECONDS = 1_000 * 3600;

const PLAIN_SECONDS = /^(\d+(?:\.\d+)?|\.\d+)s?$/;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/**
 * Reads a `t=` value: seconds (`12.5`, `90s`), a clock (`1:05`, `1:02:03.5`), or units as video
 * sites write them (`1m30s`, `1h2m`). Null for anything else, negative, or absurdly large, so a
 * bad link opens the asset at its start instead of failing.
 */
export function parseTimeParam(raw: string | null | undefined): number | null {
	if (typeof raw !== 'string') return null;
	const text = raw.trim().toLowerCase();
	if (text === '') return null;
	let seconds: number | null = null;
	const plain = PLAIN_SECONDS.exec(text);
	const clock = CLOCK.exec(text);
	const units = UNITS.exec(text);
	if (plain) {
		seconds = Number(plain[1]);
	} else if (clock) {
		const [, h, m, s] = clock;
		const hours = h === undefined ? 0 : Number(h);
		const minutes = Number(m);
		const secs = Number(s);
		// In h:mm:ss the minutes are a clock field too; only the leading field may exceed 59.
		if (secs >= 60 || (h !== undefined && minutes >= 60)) return null;
		seconds = hours * 3600 + minutes * 60 + secs;
	} else if (units && (units[1] || units[2] || units[3])) {
		const [, h, m, s] = units;
		seconds = Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
	}
	if (seconds === null || !Number.isFinite(seconds) || seconds > MAX_LINK_SECONDS) return null;
	return seconds;
}

/** The `t=` value for a time: seconds to a tenth, since `:` would be percent-encoded in a query. */
export function formatTimeParam(seconds: number): string {
	const tenths = Math.round(Math.max(0, seconds) * 10) / 10;
	return String(tenths);
}

/**
 * A clock for labels: 20 → "0:20", 3725 → "1:02:05"; tenths only when the time has them
 * (20.5 → "0:20.5"), so a sub-second gap does not read as "0:20–0:20".
 */
export function formatClock(seconds: number): string {
	if (!Number.isFinite(seconds)) return '–';
	const sign = seconds < 0 ? '-' : '';
	const tenths = Math.round(Math.abs(seconds) * 10);
	const whole = Math.floor(tenths / 10);
	const fraction = tenths % 10;
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = String(whole % 60).padStart(2, '0') + (fraction ? `.${fraction}` : '');
	return sign + (h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`);
}

/** "0:20–0:30" */
export function formatSpan(start: number, end: number): string {
	return `${formatClock(start)}–${formatClock(end)}`;
}

/** A time clamped into the media, for seeking: a `t=` past the end lands on the end. */
export function clampTime(seconds: number, duration: number | null): number {
	const low = Math.max(0, seconds);
	return duration !== null && Number.isFinite(duration) ? Math.min(low, duration) : low;
}
