/**
 * Identical upstream reads in flight at the same moment share one call: ten colleagues opening one
 * shared link cost Mixpeek one request and one rate-limit token. "Identical" means the same key,
 * namespace and path, so an answer never crosses from one key to another. Nothing is kept once the
 * call settles: this is not a cache, a later request always asks Mixpeek again.
 */
import { createHash } from 'node:crypto';

const inFlight = new Map<string, Promise<unknown>>();

/** The sharing key: a hash of the API key (the key itself is never kept), the namespace and the path. */
export function coalesceKey(apiKey: string, namespace: string | null, path: string): string {
	const keyHash = createHash('sha256').update(apiKey).digest('base64url');
	// JSON keeps the parts apart whatever they contain (a namespace with a newline, null vs "").
	return JSON.stringify([keyHash, namespace, path]);
}

/**
 * Runs `call` unless an identical one is in flight, in which case its result is shared.
 * `shared` tells the caller whether it joined another's call (for the log).
 */
export async function coalesce<T>(
	key: string,
	call: () => Promise<T>
): Promise<{ value: T; shared: boolean }> {
	const running = inFlight.get(key) as Promise<T> | undefined;
	if (running) return { value: await running, shared: true };
	const started = call().finally(() => inFlight.delete(key));
	inFlight.set(key, started);
	return { value: await started, shared: false };
}

/** Calls in flight now (tests). */
export function inFlightCount(): number {
	return inFlight.size;
}
