/**
 * The one module that reads private environment variables. Everything else asks it.
 */
import { randomBytes } from 'node:crypto';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { AccessConfigError, parseHeaderName, sharedKeyProblem } from './access';
import { DEFAULT_MAX_BODY_BYTES } from './transport';
import { parseGenerationSetting, type GenerationSetting } from './mixpeek/generation';

export const MIN_SESSION_SECRET_LENGTH = 32;

export interface ServerConfig {
	/** Mixpeek's base URL, without a trailing slash. */
	apiBaseUrl: string;
	/** Key used for users who saved none (team deployments, the demo). */
	defaultApiKey: string | null;
	sessionSecret: string;
	/** True when SESSION_SECRET was not set and a random one is in use. */
	sessionSecretIsEphemeral: boolean;
	/** The whole upstream call: connect, headers, the entire body, retries and their waits. */
	upstreamTimeoutMs: number;
	/** Upstream answers larger than this are refused (MIXPEEK_MAX_BODY_BYTES, default 16 MiB). */
	upstreamMaxBodyBytes: number;
	/** Assets the home page offers as links: JSON `[{id, namespace?, label?}]` in FEATURED_ASSETS. */
	featuredAssets: FeaturedAsset[];
	/** LOG_LEVEL=silent: no request logs (benchmarks). */
	logSilent: boolean;
	/** Lower-cased name of the auth proxy's identity header (AUTH_PROXY_HEADER); requests without it get 401. */
	authProxyHeader: string | null;
	/** Where "Forget key" is remembered across restarts when there is no Redis (DATA_DIR). */
	dataDir: string;
	/** Redis/Valkey shared by all instances for forgotten sessions (REDIS_URL). */
	redisUrl: string | null;
	/**
	 * MIXPEEK_API_GENERATION: `assets` (the 2025 API), `objects` (today's buckets/objects/documents
	 * API) or `auto` (default: probe the base URL once, see `mixpeek/generation.ts`).
	 */
	apiGeneration: GenerationSetting;
}

export interface FeaturedAsset {
	id: string;
	namespace: string | null;
	label: string;
}

export class ConfigError extends Error {}

function positiveInt(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

function parseFeatured(raw: string | undefined): FeaturedAsset[] {
	if (!raw) return [];
	try {
		const list: unknown = JSON.parse(raw);
		if (!Array.isArray(list)) return [];
		return list
			.filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
			.filter((a) => typeof a.id === 'string')
			.map((a) => ({
				id: a.id as string,
				namespace: typeof a.namespace === 'string' ? a.namespace : null,
				label: typeof a.label === 'string' ? a.label : ''
			}));
	} catch {
		return [];
	}
}

/** Reads and checks the environment; throws ConfigError with a message fit for an operator. */
export function readConfig(
	source: Record<string, string | undefined> = env,
	/** adapter-node listens on all interfaces when HOST is unset; Vite's dev server on localhost. */
	defaultHost = '0.0.0.0'
): ServerConfig {
	const secret = source.SESSION_SECRET;
	if (secret !== undefined && secret !== '' && secret.length < MIN_SESSION_SECRET_LENGTH) {
		throw new ConfigError(
			`SESSION_SECRET is ${secret.length} characters long; it must be at least ` +
				`${MIN_SESSION_SECRET_LENGTH}. Generate one with: openssl rand -base64 48`
		);
	}
	const apiBaseUrl = (source.MIXPEEK_API_URL || 'https://api.mixpeek.com').replace(/\/+$/, '');
	if (!/^https?:\/\//.test(apiBaseUrl)) {
		throw new ConfigError(
			`MIXPEEK_API_URL must start with http:// or https:// (got "${apiBaseUrl}").`
		);
	}
	const defaultApiKey = source.MIXPEEK_API_KEY || null;
	let authProxyHeader: string | null;
	try {
		authProxyHeader = parseHeaderName(source.AUTH_PROXY_HEADER);
	} catch (err) {
		if (err instanceof AccessConfigError) throw new ConfigError(err.message);
		throw err;
	}
	const problem = sharedKeyProblem({
		host: source.HOST ?? defaultHost,
		hasSharedKey: defaultApiKey !== null,
		authProxyHeader,
		allowAnonymous: source.ALLOW_ANONYMOUS_SHARED_KEY === '1'
	});
	if (problem) throw new ConfigError(problem);
	const redisUrl = source.REDIS_URL || null;
	if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
		throw new ConfigError(`REDIS_URL must start with redis:// or rediss:// (got "${redisUrl}").`);
	}
	const apiGeneration = parseGenerationSetting(source.MIXPEEK_API_GENERATION);
	if (apiGeneration === null) {
		throw new ConfigError(
			`MIXPEEK_API_GENERATION must be assets, objects or auto (got "${source.MIXPEEK_API_GENERATION}").`
		);
	}
	return {
		apiGeneration,
		apiBaseUrl,
		defaultApiKey,
		sessionSecret: secret || randomBytes(48).toString('base64'),
		sessionSecretIsEphemeral: !secret,
		upstreamTimeoutMs: positiveInt(source.MIXPEEK_TIMEOUT_MS, 15_000),
		upstreamMaxBodyBytes: positiveInt(source.MIXPEEK_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
		featuredAssets: parseFeatured(source.FEATURED_ASSETS),
		logSilent: source.LOG_LEVEL === 'silent',
		authProxyHeader,
		dataDir: source.DATA_DIR || 'data',
		redisUrl
	};
}

let cached: ServerConfig | undefined;

/** The process-wide configuration, read once on first use. */
export function config(): ServerConfig {
	// process.env wins over SvelteKit's snapshot so that values set at run time (tests, the demo
	// script) count too; under adapter-node the two are the same object anyway.
	cached ??= readConfig({ ...env, ...process.env }, dev ? '127.0.0.1' : '0.0.0.0');
	return cached;
}
