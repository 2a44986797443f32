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

export interface ResolvedKey {
	apiKey: string | null;
	keySource: 'cookie' | 'server' | null;
	defaultNamespace: string | null;
}

export async function resolveKey(cookies: Cookies): Promise<ResolvedKey> {
	const session = await unsealSession(cookies.get(SESSION_COOKIE), key());
	if (session) return { apiKey: session.apiKey, keySource: 'cookie', defaultNamespace: session.defaultNamespace };
	const fallback = config().defaultApiKey;
	return { apiKey: fallback, keySource: fallback ? 'server' : null, defaultNamespace: null };
}

export async function saveSession(cookies: Cookies, data: SessionData, secure: boolean): Promise<void> {
	cookies.set(SESSION_COOKIE, await sealSession(data, key()), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: SESSION_MAX_AGE_S
	});
}

export function clearSession(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
