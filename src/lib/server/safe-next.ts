/**
 * Sanitises a `?next=` target so that it can only lead to a path on this site. Anything that a
 * browser could read as another origin (`//host`, `/\host`, schemes, encoded tricks) falls back.
 */
const BASE = 'http://inspector.invalid';

/** Cheap checks that any input and any result must pass. */
function looksLocal(path: string): boolean {
	// Browsers treat backslashes as slashes and drop tabs/newlines inside URLs.
	// eslint-disable-next-line no-control-regex
	if (/[\\\u0000-\u001f\u007f]/.test(path)) return false;
	return path.startsWith('/') && !path.startsWith('//');
}

export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
	if (!next || next.length > 2048 || !looksLocal(next)) return fallback;
	try {
		const url = new URL(next, BASE);
		if (url.origin !== BASE) return fallback;
		const path = url.pathname + url.search + url.hash;
		// Normalising can build what the input was not: `/.//evil.example` and `/a/..//evil` come
		// out as `//evil…`, another host to a browser. So the result is checked again, and must be
		// a fixed point: what the browser resolves it to is exactly this path on this site.
		if (!looksLocal(path)) return fallback;
		const again = new URL(path, BASE);
		if (again.origin !== BASE || again.pathname + again.search + again.hash !== path)
			return fallback;
		return path;
	} catch {
		return fallback;
	}
}
