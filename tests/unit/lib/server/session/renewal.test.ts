import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cookies } from '@sveltejs/kit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	SESSION_COOKIE,
	SESSION_IDLE_S,
	SESSION_MAX_AGE_S,
	deriveSessionKey,
	sealSession,
	unsealSession
} from '$lib/server/session/crypto';

const DAY_MS = 24 * 60 * 60 * 1000;
const key = deriveSessionKey('a-test-secret-that-is-long-enough-0123456789');
const data = { apiKey: 'sk_test_renewal_0000', defaultNamespace: null };

afterEach(() => vi.useRealTimers());

describe('idle lifetime with sliding renewal', () => {
	it('a new cookie lasts the idle lifetime, with the absolute end 30 days out', async () => {
		const session = (await unsealSession(await sealSession(data, key), key))!;
		expect(session.expiresAt - session.issuedAt).toBe(SESSION_IDLE_S);
		expect(session.absoluteExpiry - session.issuedAt).toBe(SESSION_MAX_AGE_S);
	});

	it('a renewal keeps the id and never reaches past the absolute end', async () => {
		vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
		const first = (await unsealSession(await sealSession(data, key), key))!;
		vi.setSystemTime(Date.UTC(2026, 0, 1) + 27 * DAY_MS);
		const renewal = { id: first.id, absoluteExpiry: first.absoluteExpiry };
		const renewed = (await unsealSession(await sealSession(data, key, renewal), key))!;
		expect(renewed.id).toBe(first.id);
		expect(renewed.expiresAt).toBe(first.absoluteExpiry);
		vi.setSystemTime(Date.UTC(2026, 0, 1) + 31 * DAY_MS);
		expect(await unsealSession(await sealSession(data, key, renewal), key)).toBeNull();
	});
});

describe('resolveKey renews a cookie in use', () => {
	let auth: typeof import('$lib/server/session/cookie');
	beforeAll(async () => {
		process.env.SESSION_SECRET = 'a-test-secret-that-is-long-enough-0123456789';
		process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'renewal-'));
		auth = await import('$lib/server/session/cookie');
	});

	function jar(initial?: string) {
		const values = new Map<string, string>(initial ? [[SESSION_COOKIE, initial]] : []);
		const set: { value: string; maxAge?: number }[] = [];
		const cookies = {
			get: (name: string) => values.get(name),
			set: (name: string, value: string, options: { maxAge?: number }) => {
				values.set(name, value);
				set.push({ value, maxAge: options.maxAge });
			},
			delete: (name: string) => values.delete(name)
		} as unknown as Cookies;
		return { cookies, set };
	}

	it('re-seals after a day of use, keeps working for another idle period, and forget still sticks', async () => {
		const start = Date.UTC(2026, 1, 1);
		vi.useFakeTimers({ now: start });
		const saved = jar();
		await auth.saveSession(saved.cookies, data, false);
		const cookie = saved.set[0].value;
		expect(saved.set[0].maxAge).toBe(SESSION_IDLE_S);

		// Within the first day nothing is re-sealed.
		const sameDay = jar(cookie);
		expect((await auth.resolveKey(sameDay.cookies, false)).apiKey).toBe(data.apiKey);
		expect(sameDay.set).toHaveLength(0);

		// Six days later: still valid, and renewed for another idle period.
		vi.setSystemTime(start + 6 * DAY_MS);
		const later = jar(cookie);
		expect((await auth.resolveKey(later.cookies, false)).keySource).toBe('cookie');
		expect(later.set).toHaveLength(1);
		const renewed = later.set[0].value;

		// Ten days after the save the original lapsed (idle), the renewed one works.
		vi.setSystemTime(start + 10 * DAY_MS);
		expect((await auth.resolveKey(jar(cookie).cookies, false)).keySource).not.toBe('cookie');
		expect((await auth.resolveKey(jar(renewed).cookies, false)).keySource).toBe('cookie');

		// Forgetting the renewed copy also refuses every other copy of the same session.
		await auth.clearSession(jar(renewed).cookies, false);
		vi.setSystemTime(start + 6 * DAY_MS + 1000);
		expect((await auth.resolveKey(jar(cookie).cookies, false)).keySource).not.toBe('cookie');
	});
});
