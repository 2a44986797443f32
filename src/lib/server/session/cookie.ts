/**
 * Where the request's Mixpeek key comes from: the user's sealed cookie, else the server default.
 */
import type { Cookies } from '@sveltejs/kit';
import { config } from '../config';
import { createForgottenStore, type ForgottenStore } from './forgotten-store';
import {
	SESSION_COOKIE,
	SESSION_IDLE_S,
	SESSION_RENEW_AFTER_S,
	deriveSessionKey,
	sealSession,
	unsealSession,
	type OpenedSession,
	type SessionData
} from './crypto';

let sessionKey: Uint8Array | undefined;
function key(): Uint8Array {
	sessionKey ??= deriveSessionKey(config().sessionSecret);
	return sessionKey;
}

let forgottenStore: ForgottenStore | undefined;
/** Where forgotten sessions are kept: Redis when REDIS_URL is set, else a file in DATA_DIR. */
function forgotten(): ForgottenStore {
	forgottenStore ??= createForgottenStore(config());
	return forgottenStore;
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

export async function resolveKey(cookies: Cookies, secure: boolean): Promise<ResolvedKey> {
	const session = await openSession(cookies.get(SESSION_COOKIE));
	if (session && !(session.id && (await forgotten().isForgotten(session.id)))) {
		await renewIfDue(cookies, session, secure);
		return {
			apiKey: session.apiKey,
			keySource: 'cookie',
			defaultNamespace: session.defaultNamespace
		};
	}
	const fallback = config().defaultApiKey;
	return { apiKey: fallback, keySource: fallback ? 'server' : null, defaultNamespace: null };
}

function setSessionCookie(cookies: Cookies, sealed: string, secure: boolean): void {
	cookies.set(SESSION_COOKIE, sealed, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: SESSION_IDLE_S
	});
}

/**
 * Sliding renewal: a key in use keeps working, one left unused for SESSION_IDLE_S lapses, and none
 * outlives SESSION_MAX_AGE_S from its first save. Re-sealed at most once a day per session.
 */
async function renewIfDue(cookies: Cookies, session: OpenedSession, secure: boolean) {
	const now = Date.now() / 1000;
	if (now - session.issuedAt < SESSION_RENEW_AFTER_S) return;
	if (session.expiresAt >= session.absoluteExpiry || !session.id) return;
	const renewal = { id: session.id, absoluteExpiry: session.absoluteExpiry };
	setSessionCookie(cookies, await sealSession(session, key(), renewal), secure);
}

export async function saveSession(
	cookies: Cookies,
	data: SessionData,
	secure: boolean
): Promise<void> {
	setSessionCookie(cookies, await sealSession(data, key()), secure);
}

export async function clearSession(cookies: Cookies, secure: boolean): Promise<void> {
	const session = await openSession(cookies.get(SESSION_COOKIE));
	// Renewed copies share the id and may live until the absolute end: remember it that long.
	if (session?.id) await forgotten().forget(session.id, session.absoluteExpiry);
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
