import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	FORGOTTEN_FILE,
	FileForgottenStore,
	ForgottenStoreError,
	RedisForgottenStore
} from '$lib/server/session/forgotten-store';
import { startRedis, type RedisServer } from '../../../../../scripts/redis';

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('file store (one instance, no extra service)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'forgotten-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('remembers a forgotten session across a restart (a new store on the same dir)', async () => {
		const before = new FileForgottenStore(dir);
		await before.forget('jti-1', inAnHour());
		expect(await before.isForgotten('jti-1')).toBe(true);
		expect(await before.isForgotten('jti-2')).toBe(false);
		const after = new FileForgottenStore(dir);
		expect(await after.isForgotten('jti-1')).toBe(true);
		expect(await after.isForgotten('jti-2')).toBe(false);
	});

	it('drops expired entries and survives a line cut short by a crash', async () => {
		const path = join(dir, FORGOTTEN_FILE);
		writeFileSync(
			path,
			`${JSON.stringify({ id: 'old', exp: 1 })}\n${JSON.stringify({ id: 'live', exp: inAnHour() })}\n{"id":"cut`
		);
		const store = new FileForgottenStore(dir);
		expect(await store.isForgotten('old')).toBe(false);
		expect(await store.isForgotten('live')).toBe(true);
		expect(readFileSync(path, 'utf8')).not.toContain('old');
	});
});

describe('Redis store (several instances)', () => {
	let redis: RedisServer;
	beforeAll(async () => {
		redis = await startRedis(Number(process.env.E2E_PORT ?? 4173) + 2101);
	});
	afterAll(async () => redis?.stop());

	it('a session forgotten on one instance is refused on another', async () => {
		const a = new RedisForgottenStore(redis.url);
		const b = new RedisForgottenStore(redis.url);
		try {
			expect(await b.isForgotten('jti-shared')).toBe(false);
			await a.forget('jti-shared', inAnHour());
			expect(await b.isForgotten('jti-shared')).toBe(true);
			// And by a third that starts later (a restart).
			const c = new RedisForgottenStore(redis.url);
			expect(await c.isForgotten('jti-shared')).toBe(true);
			await c.close();
		} finally {
			await a.close();
			await b.close();
		}
	});

	it('lets the entry expire with the session', async () => {
		const store = new RedisForgottenStore(redis.url);
		try {
			await store.forget('jti-short', Math.floor(Date.now() / 1000) + 1);
			const other = new RedisForgottenStore(redis.url);
			expect(await other.isForgotten('jti-short')).toBe(true);
			await new Promise((r) => setTimeout(r, 2100));
			expect(await other.isForgotten('jti-short')).toBe(false);
			await other.close();
		} finally {
			await store.close();
		}
	});

	it('fails loudly, not open, when Redis is unreachable', async () => {
		const store = new RedisForgottenStore('redis://127.0.0.1:1');
		await expect(store.isForgotten('x')).rejects.toBeInstanceOf(ForgottenStoreError);
		await store.close();
	});
});
