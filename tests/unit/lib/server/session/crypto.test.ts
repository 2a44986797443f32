import { describe, expect, it } from 'vitest';
import { EncryptJWT } from 'jose';
import { deriveSessionKey, maskKey, sealSession, unsealSession } from '$lib/server/session/crypto';

const key = deriveSessionKey('a-test-secret-that-is-long-enough-0123456789');
const otherKey = deriveSessionKey('another-secret-that-is-long-enough-987654321');

describe('session cookie', () => {
	it('round-trips the key and default namespace', async () => {
		const sealed = await sealSession(
			{ apiKey: 'sk_live_abc123456789', defaultNamespace: 'prod' },
			key
		);
		expect(sealed).not.toContain('sk_live_abc123456789');
		expect(await unsealSession(sealed, key)).toMatchObject({
			apiKey: 'sk_live_abc123456789',
			defaultNamespace: 'prod'
		});
	});

	it('gives each sealed cookie its own id and an expiry', async () => {
		const a = await unsealSession(
			await sealSession({ apiKey: 'sk_a', defaultNamespace: null }, key),
			key
		);
		const b = await unsealSession(
			await sealSession({ apiKey: 'sk_a', defaultNamespace: null }, key),
			key
		);
		expect(a?.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(a?.id).not.toBe(b?.id);
		// The idle lifetime (renewed while in use), within the absolute 30 days.
		expect(a!.expiresAt * 1000).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
		expect(a!.absoluteExpiry * 1000).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
	});

	it('reads a tampered cookie as no key', async () => {
		const sealed = await sealSession({ apiKey: 'sk_abc', defaultNamespace: null }, key);
		const parts = sealed.split('.');
		const ct = parts[3];
		parts[3] = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
		expect(await unsealSession(parts.join('.'), key)).toBeNull();
	});

	it('reads a truncated cookie as no key', async () => {
		const sealed = await sealSession({ apiKey: 'sk_abc', defaultNamespace: null }, key);
		expect(await unsealSession(sealed.slice(0, sealed.length - 5), key)).toBeNull();
		expect(await unsealSession(sealed.slice(0, 20), key)).toBeNull();
	});

	it('reads a cookie sealed with another secret as no key', async () => {
		const sealed = await sealSession({ apiKey: 'sk_abc', defaultNamespace: null }, otherKey);
		expect(await unsealSession(sealed, key)).toBeNull();
	});

	it('reads garbage, empty and oversized values as no key', async () => {
		for (const value of [undefined, '', 'not-a-jwe', 'a.b.c.d.e', '🍪', 'x'.repeat(10_000)]) {
			expect(await unsealSession(value, key)).toBeNull();
		}
	});

	it('reads an expired cookie as no key', async () => {
		const expired = await new EncryptJWT({ k: 'sk_abc', ns: null })
			.setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
			.setExpirationTime(Math.floor(Date.now() / 1000) - 60)
			.encrypt(key);
		expect(await unsealSession(expired, key)).toBeNull();
	});

	it('masks keys without revealing them', () => {
		expect(maskKey('sk_1234567890abcdef')).toBe('sk_…cdef');
		expect(maskKey('sk_live_1234567890abcdef')).toBe('sk_live_…cdef');
		expect(maskKey('short')).toBe('…');
		expect(maskKey('sk_demo_inspector_0123456789abcdef')).not.toContain('inspector');
	});
});
