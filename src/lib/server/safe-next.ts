/**
 * Sanitises a `?next=` target so that it can only lead to a path on this site. Anything that a
 * browser could read as another origin (`//host`, `/\host`, schemes, encoded tricks) falls back.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
	if (!next || next.length > 2048) return fallback;
	// Browsers treat backslashes as slashes and drop tabs/newlines inside URLs.
	// eslint-disable-next-line no-control-regex
	if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
	if (!next.startsWith('/') || next.startsWith('//')) return fallback;
	try {
		const base = 'http://inspector.invalid';
		const url = new URL(next, base);
		if (url.origin !== base) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
