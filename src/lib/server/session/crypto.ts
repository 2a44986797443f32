/**
 * The user's Mixpeek key lives only in an encrypted, authenticated cookie (JWE, dir + A256GCM via
 * jose). The server can read it; the browser holds ciphertext it can neither read nor forge.
 */
import { hkdfSync, randomUUID } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';

export const SESSION_COOKIE = 'inspector_session';
const DAY_S = 60 * 60 * 24;
/** The longest a saved key lasts, however often it is used: then it must be saved again. */
export const SESSION_MAX_AGE_S = 30 * DAY_S;
/** Unused this long, a saved key lapses; each day of use renews it, up to SESSION_MAX_AGE_S. */
export const SESSION_IDLE_S = 7 * DAY_S;
/** A cookie older than this is re-sealed with a fresh idle expiry when it is used. */
export const SESSION_RENEW_AFTER_S = DAY_S;

export interface SessionData {
	apiKey: string;
	defaultNamespace: string | null;
}

export interface OpenedSession extends SessionData {
	/** Unique per saved cookie, so that a forgotten one can be refused if replayed. */
	id: string;
	/** Expiry, epoch seconds. */
	expiresAt: number;
	/** When this cookie was sealed, epoch seconds. */
	issuedAt: number;
	/** No renewal reaches past this (epoch seconds): the first save plus SESSION_MAX_AGE_S. */
	absoluteExpiry: number;
}

/** A renewal keeps the session's id (so "Forget key" still finds it) and its absolute end. */
export interface Renewal {
	id: string;
	absoluteExpiry: number;
}

/** A 256-bit encryption key derived from SESSION_SECRET, so the secret itself can be any length ≥ 32. */
export function deriveSessionKey(secret: string): Uint8Array {
	return new Uint8Array(hkdfSync('sha256', secret, 'asset-inspector', 'session-cookie-v1', 32));
}

export async function sealSession(
	data: SessionData,
	key: Uint8Array,
	renewal?: Renewal
): Promise<string> {
	const now = Math.floor(Date.now() / 1000);
	const absoluteExpiry = renewal?.absoluteExpiry ?? now + SESSION_MAX_AGE_S;
	return new EncryptJWT({ k: data.apiKey, ns: data.defaultNamespace, abs: absoluteExpiry })
		.setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
		.setIssuedAt(now)
		.setJti(renewal?.id ?? randomUUID())
		.setExpirationTime(Math.min(now + SESSION_IDLE_S, absoluteExpiry))
		.encrypt(key);
}

/** The session in a cookie, or null when it is missing, tampered, expired or sealed with another secret. */
export async function unsealSession(
	cookie: string | undefined,
	key: Uint8Array
): Promise<OpenedSession | null> {
	if (!cookie || cookie.length > 8192) return null;
	try {
		const { payload } = await jwtDecrypt(cookie, key, {
			keyManagementAlgorithms: ['dir'],
			contentEncryptionAlgorithms: ['A256GCM']
		});
		if (typeof payload.k !== 'string' || payload.k === '') return null;
		return {
			apiKey: payload.k,
			defaultNamespace: typeof payload.ns === 'string' ? payload.ns : null,
			id: typeof payload.jti === 'string' ? payload.jti : '',
			expiresAt: payload.exp ?? 0,
			issuedAt: payload.iat ?? 0,
			absoluteExpiry: typeof payload.abs === 'number' ? payload.abs : (payload.exp ?? 0)
		};
	} catch {
		return null;
	}
}

/** A hint that tells keys apart without revealing them: `sk_…cdef`. */
export function maskKey(key: string): string {
	const prefix = /^(sk[_-](?:live[_-]|test[_-])?)/.exec(key)?.[1] ?? '';
	const tail = key.length >= 12 ? key.slice(-4) : '';
	return `${prefix}…${tail}`;
}
