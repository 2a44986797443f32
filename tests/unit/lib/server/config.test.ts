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
			HOST: '127.0.0.1',
			MIXPEEK_TIMEOUT_MS: 'abc',
			FEATURED_ASSETS: '[{"id":"ast_1","namespace":"prod","label":"One"},{"nope":1},"x"]'
		});
		expect(cfg.defaultApiKey).toBe('sk_x');
		expect(cfg.upstreamTimeoutMs).toBe(15_000);
		expect(cfg.featuredAssets).toEqual([{ id: 'ast_1', namespace: 'prod', label: 'One' }]);
		expect(readConfig({ FEATURED_ASSETS: '{broken' }).featuredAssets).toEqual([]);
	});

	it('checks the byte cap leniently, defaulting to 16 MiB', () => {
		expect(readConfig({}).upstreamMaxBodyBytes).toBe(16 * 1024 * 1024);
		expect(readConfig({ MIXPEEK_MAX_BODY_BYTES: '1048576' }).upstreamMaxBodyBytes).toBe(1048576);
	});
});

describe('a server-held key off loopback', () => {
	const key = { MIXPEEK_API_KEY: 'sk_shared_0000' };

	it('refuses to start on all interfaces without a way users are let in', () => {
		for (const HOST of ['0.0.0.0', '::', '10.1.2.3', 'inspector.internal', undefined]) {
			expect(() => readConfig({ ...key, HOST }), String(HOST)).toThrow(/AUTH_PROXY_HEADER/);
		}
	});

	it('starts on loopback, the demo and a laptop', () => {
		for (const HOST of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost']) {
			expect(readConfig({ ...key, HOST }).defaultApiKey, HOST).toBe('sk_shared_0000');
		}
		// Vite's dev server: HOST is not what it listens on.
		expect(readConfig(key, '127.0.0.1').defaultApiKey).toBe('sk_shared_0000');
	});

	it('starts behind an auth proxy, or with anonymous use accepted explicitly', () => {
		const proxied = readConfig({ ...key, HOST: '0.0.0.0', AUTH_PROXY_HEADER: 'X-Forwarded-Email' });
		expect(proxied.authProxyHeader).toBe('x-forwarded-email');
		const anonymous = readConfig({ ...key, HOST: '0.0.0.0', ALLOW_ANONYMOUS_SHARED_KEY: '1' });
		expect(anonymous.authProxyHeader).toBeNull();
		expect(() =>
			readConfig({ ...key, HOST: '0.0.0.0', ALLOW_ANONYMOUS_SHARED_KEY: 'yes' })
		).toThrow(ConfigError);
	});

	it('needs no gate without a server key', () => {
		expect(readConfig({ HOST: '0.0.0.0' }).defaultApiKey).toBeNull();
	});

	it('refuses an AUTH_PROXY_HEADER that is not a header name', () => {
		expect(() => readConfig({ AUTH_PROXY_HEADER: 'X-Email: evil' })).toThrow(ConfigError);
	});

	it('reads MIXPEEK_API_GENERATION (auto by default) and refuses anything else', () => {
		expect(readConfig({}).apiGeneration).toBe('auto');
		expect(readConfig({ MIXPEEK_API_GENERATION: 'objects' }).apiGeneration).toBe('objects');
		expect(readConfig({ MIXPEEK_API_GENERATION: 'assets' }).apiGeneration).toBe('assets');
		expect(() => readConfig({ MIXPEEK_API_GENERATION: '2026' })).toThrow(/assets, objects or auto/);
	});
});
