/** Readers for untrusted upstream values, shared by the mappers. */
import { safeHttpUrl } from '$lib/url-safety';
import type { MediaUrls } from './model';

/** A non-blank string, else null. */
export function text(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A string as sent (blank included), else null. */
export function str(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

/** A finite number, else null. */
export function num(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function entries(value: unknown): [string, unknown][] {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? Object.entries(value)
		: [];
}

/** Allow-listed links of an object; non-http(s) strings kept apart, to show as text. */
export function mediaUrls(original: unknown, preview: unknown): MediaUrls {
	// Each string parsed once: the timeline reads the links of every feature (3,600 segments are
	// 7,200 URL parses, not twice that).
	const safeOriginal = safeHttpUrl(original);
	const safePreview = safeHttpUrl(preview);
	const unsafe: string[] = [];
	for (const [raw, safe] of [
		[original, safeOriginal],
		[preview, safePreview]
	] as const)
		if (typeof raw === 'string' && raw !== '' && safe === null) unsafe.push(raw);
	return { original: safeOriginal, preview: safePreview, unsafe };
}

/** A message of an error value: the string itself, or its `message` field. */
export function errorMessage(error: unknown): string | null {
	if (typeof error === 'string') return error;
	const message = (error as { message?: unknown } | null)?.message;
	return typeof message === 'string' ? message : null;
}
