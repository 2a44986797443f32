import { config } from '$lib/server/config';
import { maskKey } from '$lib/server/session';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	hasKey: locals.apiKey !== null,
	/** A masked hint such as `sk_…cdef`; the key itself never leaves the server. */
	keyHint: locals.apiKey ? maskKey(locals.apiKey) : null,
	keySource: locals.keySource,
	defaultNamespace: locals.defaultNamespace,
	featuredAssets: config().featuredAssets
})) satisfies LayoutServerLoad;
