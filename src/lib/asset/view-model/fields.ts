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
	const safeOriginal = safeHttpUrl(original);
	const safePreview = safeHttpUrl(preview);
	const unsafe = [original, preview].filter(
		(u): u is string => typeof u === 'string' && u !== '' && !safeHttpUrl(u)
	);
	return { original: safeOriginal, preview: safePreview, unsafe };
}

/** A message of an error value: the string itself, or its `message` field. */
export function errorMessage(error: unknown): string | null {
	if (typeof error === 'string') return error;
	const message = (error as { message?: unknown } | null)?.message;
	return typeof message === 'string' ? message : null;
}
