/**
 * Where the request's Mixpeek key comes from: the user's sealed cookie, else the server default.
 */
import type { Cookies } from '@sveltejs/kit';
import { config } from './config';
import {
	SESSION_COOKIE,
	SESSION_MAX_AGE_S,
	deriveSessionKey,
	sealSession,
	unsealSession,
	type SessionData
} from './session';

let sessionKey: Uint8Array | undefined;
function key(): Uint8Array {
	sessionKey ??= deriveSessionKey(config().sessionSecret);
	return sessionKey;
}

/**
 * Cookies the user forgot on this instance, refused if replayed until they would expire anyway.
 * Sessions are otherwise stateless (any instance with the same SESSION_SECRET reads them), so this
 * list is per instance: across instances a copied cookie stays valid until its max age.
 */
const forgotten = new Map<string, number>();
const MAX_FORGOTTEN = 10_000;

function isForgotten(id: string): boolean {
	const until = forgotten.get(id);
	if (until === undefined) return false;
	if (until * 1000 > Date.now()) return true;
	forgotten.delete(id);
	return false;
}

function rememberForgotten(id: string, expiresAt: number): void {
	if (!id) return;
	if (forgotten.size >= MAX_FORGOTTEN) {
		// Map keeps insertion order: drop the oldest.
		forgotten.delete(forgotten.keys().next().value as string);
	}
	forgotten.set(id, expiresAt);
}

export interface ResolvedKey {
	apiKey: string | null;
	keySource: 'cookie' | 'server' | null;
	defaultNamespace: string | null;
}

export async function resolveKey(cookies: Cookies): Promise<ResolvedKey> {
	const session = await unsealSession(cookies.get(SESSION_COOKIE), key());
	if (session && !isForgotten(session.id))
		return {
			apiKey: session.apiKey,
			keySource: 'cookie',
			defaultNamespace: session.defaultNamespace
		};
	const fallback = config().defaultApiKey;
	return { apiKey: fallback, keySource: fallback ? 'server' : null, defaultNamespace: null };
}

export async function saveSession(
	cookies: Cookies,
	data: SessionData,
	secure: boolean
): Promise<void> {
	cookies.set(SESSION_COOKIE, await sealSession(data, key()), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: SESSION_MAX_AGE_S
	});
}

export async function clearSession(cookies: Cookies, secure: boolean): Promise<void> {
	const session = await unsealSession(cookies.get(SESSION_COOKIE), key());
	if (session) rememberForgotten(session.id, session.expiresAt);
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
