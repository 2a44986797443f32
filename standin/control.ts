import type { IncomingMessage, ServerResponse } from 'node:http';
import { SAMPLE_LIST } from './catalog';
import type { FaultBoard } from './faults';
import { BodyError, readJson, sendJson } from './http';

export const CONTROL_PREFIX = '/__standin/';

export const STANDIN_GENERATIONS = ['both', 'assets', 'objects'] as const;
/** Which API generations answer: both (the default), only the 2025 assets API, or only today's. */
export type StandinGeneration = (typeof STANDIN_GENERATIONS)[number];

export interface StandinConfig {
	urlTtlSeconds: number;
	processingMs: number;
	slowMs: number;
	generation: StandinGeneration;
}

type NumericKey = Exclude<keyof StandinConfig, 'generation'>;

export interface ControlState {
	config: StandinConfig;
	faults: FaultBoard;
	log: unknown[];
	reset(): void;
}

const CONFIG_LIMITS: Record<NumericKey, [number, number]> = {
	urlTtlSeconds: [1, 604800],
	processingMs: [0, 3_600_000],
	slowMs: [0, 600_000]
};

function applyConfig(config: StandinConfig, input: unknown): string | null {
	if (typeof input !== 'object' || input === null) return 'Body must be a JSON object';
	const body = input as Record<string, unknown>;
	for (const [key, [min, max]] of Object.entries(CONFIG_LIMITS)) {
		const value = body[key];
		if (value === undefined) continue;
		if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
			return `${key} must be an integer from ${min} to ${max}`;
		}
	}
	const generation = body.generation;
	if (generation !== undefined && !STANDIN_GENERATIONS.includes(generation as StandinGeneration)) {
		return `generation must be one of ${STANDIN_GENERATIONS.join(', ')}`;
	}
	for (const key of Object.keys(CONFIG_LIMITS) as NumericKey[]) {
		if (body[key] !== undefined) config[key] = body[key] as number;
	}
	if (generation !== undefined) config.generation = generation as StandinGeneration;
	return null;
}

/** The unauthenticated test-control API; it is never logged, so tests read a clean request log. */
export async function handleControl(
	req: IncomingMessage,
	res: ServerResponse,
	path: string,
	state: ControlState
): Promise<void> {
	const route = `${req.method} ${path.slice(CONTROL_PREFIX.length)}`;
	const bad = (message: string) => sendJson(res, 400, { error: 'BadRequest', message });
	try {
		switch (route) {
			case 'GET faults':
				return sendJson(res, 200, state.faults.list());
			case 'POST faults': {
				const rule = state.faults.add(await readJson(req));
				return typeof rule === 'string' ? bad(rule) : sendJson(res, 201, rule);
			}
			case 'DELETE faults':
				state.faults.clear();
				return sendJson(res, 200, { cleared: true });
			case 'GET log':
				return sendJson(res, 200, state.log);
			case 'DELETE log':
				state.log.length = 0;
				return sendJson(res, 200, { cleared: true });
			case 'GET config':
				return sendJson(res, 200, state.config);
			case 'POST config': {
				const problem = applyConfig(state.config, await readJson(req));
				return problem ? bad(problem) : sendJson(res, 200, state.config);
			}
			case 'POST reset':
				state.reset();
				return sendJson(res, 200, { reset: true, config: state.config });
			case 'GET samples':
				return sendJson(res, 200, SAMPLE_LIST);
			default:
				return sendJson(res, 404, { error: 'NotFound', message: `No control route ${route}` });
		}
	} catch (error) {
		if (error instanceof BodyError) return bad(error.message);
		throw error;
	}
}
