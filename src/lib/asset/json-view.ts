/** Helpers for the raw JSON panel and for showing untrusted values as text. */
import { redactPresigned } from '$lib/url-safety';

/** Numeric arrays longer than this (embeddings) are summarised instead of listed. */
export const SUMMARY_THRESHOLD = 16;

export function isNumericArray(value: unknown): value is number[] {
	return Array.isArray(value) && value.every((n) => typeof n === 'number');
}

/** `float[1024]` for a long numeric array (`int[…]` when all integers), else null. */
export function summariseNumbers(value: unknown): string | null {
	if (!isNumericArray(value) || value.length <= SUMMARY_THRESHOLD) return null;
	const kind = value.every((n) => Number.isInteger(n)) ? 'int' : 'float';
	return `${kind}[${value.length}]`;
}

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'other';

export function jsonKind(value: unknown): JsonKind {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	const t = typeof value;
	if (t === 'object' || t === 'string' || t === 'number' || t === 'boolean') return t;
	return 'other';
}

/** A one-line preview of a value for a collapsed tree row: `{3 keys}`, `[12]`, `"text"`. */
export function previewValue(value: unknown): string {
	const summary = summariseNumbers(value);
	if (summary) return summary;
	switch (jsonKind(value)) {
		case 'object': {
			const n = Object.keys(value as object).length;
			return `{${n} ${n === 1 ? 'key' : 'keys'}}`;
		}
		case 'array':
			return `[${(value as unknown[]).length}]`;
		case 'string':
			return JSON.stringify(value);
		default:
			return String(value);
	}
}

/** A value as display text: strings as is, everything else as formatted JSON. */
export function valueText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === undefined) return '';
	return JSON.stringify(value, null, 2) ?? String(value);
}

/** JSON to copy: presigned signatures removed, so a pasted copy is not a credential. */
export function copyableJson(data: unknown): string {
	return JSON.stringify(redactPresigned(data), null, 2);
}

/** JSON to download: exactly the validated response, signatures included. */
export function downloadableJson(data: unknown): string {
	return JSON.stringify(data, null, 2);
}

// Bidi overrides/isolates and zero-width characters can make a value read as something else
// (`file\u202egnp.exe` shows as "fileexe.png"); they are shown as visible code points instead.
const INVISIBLE =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text with invisible and direction-changing characters made visible as `⟨U+202E⟩`. */
export function revealControls(text: string): string {
	return text.replace(
		INVISIBLE,
		(c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`
	);
}
