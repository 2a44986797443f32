/**
 * Which Mixpeek API generation a base URL speaks. `GET /v1/health` exists only in today's API
 * (2026 spec) and `GET /healthcheck` only in the 2025 assets API; both answer without a key, so
 * the probe never sends one. The answer is cached per base URL and concurrent callers share one
 * probe in flight.
 */
import { getWithRetries } from '../transport';

export const API_GENERATIONS = ['assets', 'objects'] as const;
/** `assets`: the 2025 assets API; `objects`: today's buckets/objects/documents API. */
export type ApiGeneration = (typeof API_GENERATIONS)[number];
export type GenerationSetting = ApiGeneration | 'auto';

/** What the probe saw: one generation, both (a compatibility deployment, or our stand-in), or none. */
export type ProbeOutcome = ApiGeneration | 'both' | 'neither' | 'timeout' | 'unreachable';

export interface GenerationInfo {
	setting: GenerationSetting;
	/**
	 * The generation keys and namespaces are checked against. `both`: each page speaks its own
	 * generation. null: unknown (the probe failed); pages fall back to the shape of the ID.
	 */
	inUse: ApiGeneration | 'both' | null;
	/** null when the setting named a generation and nothing was probed. */
	probe: { outcome: ProbeOutcome; at: number; detail: string } | null;
}

/** One unauthenticated GET: status and parsed JSON (null when not JSON), or how it failed. */
export type ProbeAnswer =
	| { kind: 'response'; status: number; json: unknown }
	| { kind: 'timeout' }
	| { kind: 'network'; reason: string };

export type ProbeGet = (url: string, timeoutMs: number) => Promise<ProbeAnswer>;

export const PROBE_TIMEOUT_MS = 3_000;
/** A health answer is a few hundred bytes; anything much larger is not one. */
const PROBE_MAX_BYTES = 64 * 1024;
const SUCCESS_TTL_MS = 10 * 60_000;
/** A failed probe is retried soon: the upstream may just have been restarting. */
const FAILURE_TTL_MS = 30_000;

/**
 * The default probe transport: the upstream client's own (no redirects followed, one deadline, a
 * byte cap), with no key and no retry.
 */
export const fetchProbe: ProbeGet = async (url, timeoutMs) => {
	const outcome = await getWithRetries(
		url,
		{ accept: 'application/json' },
		{ budgetMs: timeoutMs, maxBodyBytes: PROBE_MAX_BYTES, maxRetries: 0 }
	);
	switch (outcome.kind) {
		case 'timeout':
		case 'network':
			return outcome;
		case 'response': {
			let json: unknown;
			try {
				json = JSON.parse(outcome.body);
			} catch {
				json = null;
			}
			return { kind: 'response', status: outcome.status, json };
		}
		// A redirect or an oversized body is an answer, but not a health answer.
		default:
			return { kind: 'response', status: outcome.status, json: null };
	}
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** `HealthCheckResponse` of the 2026 spec: status OK|DEGRADED and an object `data`. */
export function isCurrentHealth(answer: ProbeAnswer): boolean {
	if (answer.kind !== 'response' || answer.status !== 200 || !isRecord(answer.json)) return false;
	const status = answer.json.status;
	return (
		typeof status === 'string' &&
		['OK', 'DEGRADED'].includes(status.toUpperCase()) &&
		isRecord(answer.json.data)
	);
}

/** The 2025 `/healthcheck`: a 200 JSON object with a `status`. */
export function isAssetsHealth(answer: ProbeAnswer): boolean {
	return (
		answer.kind === 'response' &&
		answer.status === 200 &&
		isRecord(answer.json) &&
		'status' in answer.json
	);
}

function describe(answer: ProbeAnswer): string {
	if (answer.kind === 'timeout') return 'no answer in time';
	if (answer.kind === 'network') return `unreachable (${answer.reason})`;
	return `HTTP ${answer.status}`;
}

/** Both probes at once; the verdict names what each path answered. */
export async function probeGeneration(
	baseUrl: string,
	get: ProbeGet = fetchProbe,
	timeoutMs = PROBE_TIMEOUT_MS
): Promise<{ outcome: ProbeOutcome; detail: string }> {
	const [current, assets] = await Promise.all([
		get(`${baseUrl}/v1/health`, timeoutMs),
		get(`${baseUrl}/healthcheck`, timeoutMs)
	]);
	const detail = `/v1/health: ${describe(current)}; /healthcheck: ${describe(assets)}`;
	const isCurrent = isCurrentHealth(current);
	const isAssets = isAssetsHealth(assets);
	if (isCurrent && isAssets) return { outcome: 'both', detail };
	if (isCurrent) return { outcome: 'objects', detail };
	if (isAssets) return { outcome: 'assets', detail };
	if (current.kind === 'timeout' && assets.kind === 'timeout')
		return { outcome: 'timeout', detail };
	if (current.kind === 'network' && assets.kind === 'network') {
		return { outcome: 'unreachable', detail };
	}
	return { outcome: 'neither', detail };
}

interface CacheEntry {
	info: GenerationInfo;
	expires: number;
}

/** One resolver per process; `now` and `get` are injectable for tests. */
export class GenerationResolver {
	#cache = new Map<string, CacheEntry>();
	#inFlight = new Map<string, Promise<GenerationInfo>>();

	constructor(
		private readonly get: ProbeGet = fetchProbe,
		private readonly now: () => number = Date.now,
		private readonly timeoutMs = PROBE_TIMEOUT_MS
	) {}

	async resolve(baseUrl: string, setting: GenerationSetting): Promise<GenerationInfo> {
		if (setting !== 'auto') return { setting, inUse: setting, probe: null };
		const cached = this.#cache.get(baseUrl);
		if (cached && cached.expires > this.now()) return cached.info;
		let pending = this.#inFlight.get(baseUrl);
		if (!pending) {
			pending = this.#probe(baseUrl).finally(() => this.#inFlight.delete(baseUrl));
			this.#inFlight.set(baseUrl, pending);
		}
		return pending;
	}

	/** The last answer without probing (settings page, diagnostics), or null if none yet. */
	peek(baseUrl: string): GenerationInfo | null {
		return this.#cache.get(baseUrl)?.info ?? null;
	}

	forget(): void {
		this.#cache.clear();
	}

	async #probe(baseUrl: string): Promise<GenerationInfo> {
		const { outcome, detail } = await probeGeneration(baseUrl, this.get, this.timeoutMs);
		const inUse: GenerationInfo['inUse'] =
			outcome === 'assets' || outcome === 'objects' || outcome === 'both' ? outcome : null;
		const at = this.now();
		const info: GenerationInfo = { setting: 'auto', inUse, probe: { outcome, at, detail } };
		this.#cache.set(baseUrl, { info, expires: at + (inUse ? SUCCESS_TTL_MS : FAILURE_TTL_MS) });
		return info;
	}
}

/** Reads `MIXPEEK_API_GENERATION`; anything but assets/objects/auto is an operator mistake. */
export function parseGenerationSetting(raw: string | undefined): GenerationSetting | null {
	const value = (raw ?? '').trim().toLowerCase();
	if (value === '') return 'auto';
	return value === 'auto' || value === 'assets' || value === 'objects' ? value : null;
}

/** The generation an ID's shape points to, when nothing better is known. */
export function generationOfId(id: string): ApiGeneration {
	return /^(obj|doc|bkt|btch)_[A-Za-z0-9_-]+$/.test(id) ? 'objects' : 'assets';
}

/** Short words for the settings page and the diagnostics strip. */
export function describeGeneration(info: GenerationInfo): string {
	const name = (g: ApiGeneration) =>
		g === 'objects' ? "today's API (buckets, objects, documents)" : 'the 2025 assets API';
	const how = info.setting === 'auto' ? 'detected' : 'set by MIXPEEK_API_GENERATION';
	if (info.inUse === 'both')
		return `Both generations answer (${how}): asset pages use the 2025 API, object pages today's`;
	if (info.inUse) return `${name(info.inUse)} (${how})`;
	return `Unknown: the probe found ${info.probe?.outcome ?? 'nothing'}; pages go by the shape of the ID`;
}

let resolver: GenerationResolver | undefined;

/** The generation in use for this process's base URL and setting (probing once when `auto`). */
export async function currentGeneration(): Promise<GenerationInfo> {
	const { config } = await import('../config');
	const { apiBaseUrl, apiGeneration } = config();
	resolver ??= new GenerationResolver();
	return resolver.resolve(apiBaseUrl, apiGeneration);
}
