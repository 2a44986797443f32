/** Longest asset ID or namespace we accept; real ones are UUIDs or short prefixed slugs. */
export const MAX_ID_LENGTH = 256;

// C0/C1 control characters and DEL: never part of a real ID, and CR/LF would let a value
// smuggle a second header into the upstream request.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** Why an asset ID cannot be real, or null when it looks plausible. */
export function assetIdProblem(id: string): string | null {
	if (id.trim() === '') return 'The asset ID is empty.';
	if (id.length > MAX_ID_LENGTH) return `The asset ID is longer than ${MAX_ID_LENGTH} characters.`;
	if (CONTROL_CHARS.test(id)) return 'The asset ID contains control characters.';
	if (id.includes('/') || id.includes('\\')) return 'The asset ID contains a slash.';
	if (id === '.' || id === '..') return 'The asset ID cannot be a dot segment.';
	return null;
}

export function isPlausibleAssetId(id: string): boolean {
	return assetIdProblem(id) === null;
}

/** Why a namespace cannot be sent as an X-Namespace header, or null when it is fine. */
export function namespaceProblem(namespace: string): string | null {
	if (namespace.length > MAX_ID_LENGTH)
		return `The namespace is longer than ${MAX_ID_LENGTH} characters.`;
	if (CONTROL_CHARS.test(namespace)) return 'The namespace contains control characters.';
	// It travels as an HTTP header value, which cannot carry anything but visible ASCII reliably.
	if (!/^[\x20-\x7e]*$/.test(namespace))
		return 'The namespace may only contain ASCII letters, digits and punctuation.';
	return null;
}
