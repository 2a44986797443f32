import { currentGeneration, describeGeneration } from '$lib/server/mixpeek/generation';
import { maskKey } from '$lib/server/session/crypto';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	/** Which Mixpeek API generation the server speaks, in words (probed once, then cached). */
	apiGeneration: describeGeneration(await currentGeneration()),
	/** Whether any key (saved or server default) is available. */
	hasKey: locals.apiKey !== null,
	/** A masked hint such as `sk_…cdef`; the key itself never leaves the server. */
	keyHint: locals.apiKey ? maskKey(locals.apiKey) : null,
	/** Whether the key in use is the user's saved one or the server's default. */
	keySource: locals.keySource,
	/** The user's saved default namespace (null: the key's own default). */
	defaultNamespace: locals.defaultNamespace
})) satisfies LayoutServerLoad;
