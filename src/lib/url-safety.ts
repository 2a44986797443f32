/** URL hygiene for untrusted upstream values. */

/** The URL when it is absolute http(s), else null: only these may reach `src`/`href`. */
export function safeHttpUrl(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const text = value.trim();
	// Absolute only: a relative value would resolve against this app's own origin.
	if (!/^https?:\/\//i.test(text)) return null;
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

function isPresignParam(name: string): boolean {
	return name.toLowerCase().startsWith('x-amz-');
}

/** True when the string is a URL carrying S3 SigV4 query parameters (a credential). */
export function isPresignedUrl(value: unknown): boolean {
	if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return false;
	try {
		return [...new URL(value.trim()).searchParams.keys()].some(isPresignParam);
	} catch {
		return false;
	}
}

/** The URL without its `X-Amz-*` query parameters; other strings unchanged. */
export function stripPresign(value: string): string {
	if (!isPresignedUrl(value)) return value;
	const url = new URL(value.trim());
	for (const name of [...url.searchParams.keys()]) {
		if (isPresignParam(name)) url.searchParams.delete(name);
	}
	return url.href;
}

/** A deep copy of a JSON value with every presigned URL stripped of its signature. */
export function redactPresigned(value: unknown): unknown {
	if (typeof value === 'string') return stripPresign(value);
	if (Array.isArray(value)) return value.map(redactPresigned);
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = redactPresigned(v);
		return out;
	}
	return value;
}
