import { fail, redirect } from '@sveltejs/kit';
import { namespaceProblem } from '$lib/ids';
import { clearSession, saveSession } from '$lib/server/session/cookie';
import { describeGeneration, currentGeneration } from '$lib/server/mixpeek/generation';
import { listNamespacesFor, namespaceGeneration } from '$lib/server/namespaces';
import { safeNextPath } from '$lib/server/safe-next';
import type { Actions, PageServerLoad } from './$types';

const MAX_KEY_LENGTH = 512;

export const load = (async ({ url }) => ({
	/** Where "Save key" leads back to: always a path on this site. */
	next: safeNextPath(url.searchParams.get('next'), ''),
	/** Which Mixpeek API generation this server speaks, in words (probed once when `auto`). */
	generation: describeGeneration(await currentGeneration())
})) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, cookies, url, locals }) => {
		// A body that claims to be a form but is not one is the sender's fault: 400, not a crash.
		const form = await request.formData().catch(() => null);
		if (!form) {
			return fail(400, {
				error: 'The form arrived unreadable; send it again.',
				defaultNamespace: null
			});
		}
		const apiKey = String(form.get('apiKey') ?? '').trim();
		const defaultNamespace = String(form.get('defaultNamespace') ?? '').trim() || null;
		const next = safeNextPath(String(form.get('next') ?? ''), '');

		// Never echo the key back into the form: a failed save asks for it again.
		if (!apiKey) return fail(400, { error: 'Enter an API key.', defaultNamespace });
		if (apiKey.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(apiKey)) {
			return fail(400, { error: 'That does not look like an API key.', defaultNamespace });
		}
		const nsProblem = defaultNamespace ? namespaceProblem(defaultNamespace) : null;
		if (nsProblem) return fail(400, { error: nsProblem, defaultNamespace });

		// The key is checked against the generation in use (today's API lists with a POST).
		const check = await listNamespacesFor(await namespaceGeneration(null), {
			apiKey,
			namespace: null,
			requestId: locals.requestId,
			identity: locals.identity
		});
		if (!check.ok && check.error.kind === 'unauthorized') {
			return fail(400, {
				error: 'Mixpeek rejected this key. Check that you copied all of it.',
				defaultNamespace
			});
		}
		await saveSession(cookies, { apiKey, defaultNamespace }, url.protocol === 'https:');

		if (!check.ok) {
			const warning =
				check.error.kind === 'forbidden'
					? 'Key saved. Mixpeek says it may not list namespaces, so it could not be fully checked.'
					: `Key saved, but it could not be checked: ${check.error.message}`;
			return { saved: true, warning, next };
		}
		if (next) redirect(303, next);
		return { saved: true, warning: null, next };
	},
	forget: async ({ cookies, url }) => {
		await clearSession(cookies, url.protocol === 'https:');
		return { forgotten: true };
	}
} satisfies Actions;
