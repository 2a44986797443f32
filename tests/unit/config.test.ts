import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '$lib/server/config';

describe('readConfig', () => {
	it('refuses a SESSION_SECRET shorter than 32 characters, naming the fix', () => {
		expect(() => readConfig({ SESSION_SECRET: 'too-short' })).toThrow(ConfigError);
		expect(() => readConfig({ SESSION_SECRET: 'too-short' })).toThrow(/at least 32/);
	});

	it('generates a random secret when none is set, and says so', () => {
		const a = readConfig({});
		const b = readConfig({});
		expect(a.sessionSecretIsEphemeral).toBe(true);
		expect(a.sessionSecret.length).toBeGreaterThanOrEqual(32);
		expect(a.sessionSecret).not.toBe(b.sessionSecret);
	});

	it('defaults to the real API and strips trailing slashes', () => {
		expect(readConfig({}).apiBaseUrl).toBe('https://api.mixpeek.com');
		expect(readConfig({ MIXPEEK_API_URL: 'http://127.0.0.1:4010/' }).apiBaseUrl).toBe(
			'http://127.0.0.1:4010'
		);
		expect(() => readConfig({ MIXPEEK_API_URL: 'file:///etc/passwd' })).toThrow(ConfigError);
	});

	it('reads the server key, timeout and featured assets leniently', () => {
		const cfg = readConfig({
			MIXPEEK_API_KEY: 'sk_x',
			MIXPEEK_TIMEOUT_MS: 'abc',
			FEATURED_ASSETS: '[{"id":"ast_1","namespace":"prod","label":"One"},{"nope":1},"x"]'
		});
		expect(cfg.defaultApiKey).toBe('sk_x');
		expect(cfg.upstreamTimeoutMs).toBe(15_000);
		expect(cfg.featuredAssets).toEqual([{ id: 'ast_1', namespace: 'prod', label: 'One' }]);
		expect(readConfig({ FEATURED_ASSETS: '{broken' }).featuredAssets).toEqual([]);
	});
});
