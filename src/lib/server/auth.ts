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
	type OpenedSession,
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

/**
 * Recently opened cookies, by their sealed value: decrypting costs ~0.3 ms, paid on every request
 * otherwise (polling, re-minting). The same ciphertext always opens to the same session, so the
 * cache cannot serve a wrong one; expiry and "forgotten" are still checked on every hit.
 */
const opened = new Map<string, OpenedSession>();
const MAX_OPENED = 1_000;

async function openSession(cookie: string | undefined): Promise<OpenedSession | null> {
	if (!cookie) return null;
	const hit = opened.get(cookie);
	if (hit) {
		opened.delete(cookie);
		if (hit.expiresAt * 1000 <= Date.now()) return null;
		opened.set(cookie, hit); // most recently used last
		return hit;
	}
	const session = await unsealSession(cookie, key());
	if (session) {
		if (opened.size >= MAX_OPENED) opened.delete(opened.keys().next().value as string);
		opened.set(cookie, session);
	}
	return session;
}

export interface ResolvedKey {
	apiKey: string | null;
	keySource: 'cookie' | 'server' | null;
	defaultNamespace: string | null;
}

export async function resolveKey(cookies: Cookies): Promise<ResolvedKey> {
	const session = await openSession(cookies.get(SESSION_COOKIE));
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
	const session = await openSession(cookies.get(SESSION_COOKIE));
	if (session) rememberForgotten(session.id, session.expiresAt);
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
