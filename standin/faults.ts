import { FAULT_ASSET_IDS } from './catalog';
import { envelope, forbidden, internalError, unauthorized, validationEnvelope } from './errors';

export const FAULT_KINDS = [
	'slow',
	'429',
	'500',
	'502_html',
	'503',
	'malformed_json',
	'schema_invalid',
	'drop',
	'huge',
	'401',
	'403',
	'404',
	'422'
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const FAULT_PATHS = [
	'namespaces',
	'features',
	'asset',
	'task',
	'feature',
	'assets_list',
	'collections',
	'any'
] as const;
export type FaultPath = (typeof FAULT_PATHS)[number];

export type RouteKind = Exclude<FaultPath, 'any'>;

/** Assets that misbehave on every request, so the UI's error states can be reached by URL alone. */
export const FAULT_ASSETS: Readonly<Record<string, FaultKind>> = {
	[FAULT_ASSET_IDS.slow]: 'slow',
	[FAULT_ASSET_IDS.tooManyRequests]: '429',
	[FAULT_ASSET_IDS.serverError]: '500',
	[FAULT_ASSET_IDS.badGatewayHtml]: '502_html',
	[FAULT_ASSET_IDS.unavailable]: '503',
	[FAULT_ASSET_IDS.malformedJson]: 'malformed_json',
	[FAULT_ASSET_IDS.schemaInvalid]: 'schema_invalid',
	[FAULT_ASSET_IDS.drop]: 'drop',
	[FAULT_ASSET_IDS.huge]: 'huge',
	[FAULT_ASSET_IDS.validation]: '422'
};

/** Own keys only: an asset id such as `constructor` must not find Object.prototype. */
export function builtInFault(assetId: string): FaultKind | undefined {
	return Object.hasOwn(FAULT_ASSETS, assetId) ? FAULT_ASSETS[assetId] : undefined;
}

export interface FaultOptions {
	delayMs?: number;
	retryAfter?: number;
}

export interface FaultSwitch extends FaultOptions {
	assetId?: string;
	path?: FaultPath;
	fault: FaultKind;
	remaining: number;
}

export type Route =
	| { kind: 'namespaces' }
	| { kind: 'assets_list' }
	| { kind: 'collections' }
	| { kind: 'features'; id: string }
	| { kind: 'asset'; id: string }
	| { kind: 'task'; id: string }
	| { kind: 'feature'; id: string };

function matches(rule: FaultSwitch, route: Route): boolean {
	if (rule.assetId !== undefined) {
		if (route.kind !== 'features' && route.kind !== 'asset') return false;
		if (route.id !== rule.assetId) {
			return false;
		}
		return rule.path === undefined || rule.path === 'any' || rule.path === route.kind;
	}
	return rule.path === undefined || rule.path === 'any' || rule.path === route.kind;
}

export class FaultBoard {
	#rules: FaultSwitch[] = [];

	/** Validates a control-API body; returns the rule or a message saying what was wrong. */
	add(input: unknown): FaultSwitch | string {
		if (typeof input !== 'object' || input === null) return 'Body must be a JSON object';
		const body = input as Record<string, unknown>;
		if (!FAULT_KINDS.includes(body.fault as FaultKind)) {
			return `fault must be one of ${FAULT_KINDS.join(', ')}`;
		}
		if (body.path !== undefined && !FAULT_PATHS.includes(body.path as FaultPath)) {
			return `path must be one of ${FAULT_PATHS.join(', ')}`;
		}
		if (body.assetId !== undefined && typeof body.assetId !== 'string') {
			return 'assetId must be a string';
		}
		for (const key of ['count', 'delayMs', 'retryAfter'] as const) {
			const value = body[key];
			if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
				return `${key} must be a non-negative integer`;
			}
		}
		const rule: FaultSwitch = {
			fault: body.fault as FaultKind,
			remaining: (body.count as number | undefined) ?? 1,
			...(body.assetId !== undefined && { assetId: body.assetId as string }),
			...(body.path !== undefined && { path: body.path as FaultPath }),
			...(body.delayMs !== undefined && { delayMs: body.delayMs as number }),
			...(body.retryAfter !== undefined && { retryAfter: body.retryAfter as number })
		};
		if (rule.remaining > 0) this.#rules.push(rule);
		return rule;
	}

	/** Consumes one use of the first rule matching this request. */
	take(route: Route): FaultSwitch | null {
		const index = this.#rules.findIndex((rule) => matches(rule, route));
		if (index < 0) return null;
		const rule = this.#rules[index];
		if (--rule.remaining <= 0) this.#rules.splice(index, 1);
		return { ...rule };
	}

	list(): FaultSwitch[] {
		return this.#rules.map((rule) => ({ ...rule }));
	}

	clear(): void {
		this.#rules = [];
	}
}

export type FaultOutcome =
	| {
			kind: 'respond';
			status: number;
			contentType: string;
			text: string;
			headers?: Record<string, string>;
	  }
	| { kind: 'delay'; ms: number }
	| { kind: 'drop' }
	| { kind: 'inflate' };

const GATEWAY_PAGE =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
	'<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

const TRUNCATED: Record<RouteKind, string> = {
	features:
		'{"asset":{"asset_id":"ast_truncated","status":"DONE","metadata":{"title":"Cut off mid-',
	asset: '{"asset_id":"ast_truncated","status":"DONE","metadata":{"title":"Cut off mid-',
	task: '{"task_id":"tsk_truncated","status":"DO',
	namespaces: '[{"namespace_id":"ns_demo_prod","namespace_na',
	feature: '{"feature_id":"ftr_truncated","vectors":{"image_vector":[0.12,-0.0',
	assets_list: '{"results":[{"asset_id":"ast_truncated","status":"FAI',
	collections: '{"results":[{"collection_id":"col_truncated","cou'
};

const SCHEMA_INVALID: Record<RouteKind, unknown> = {
	features: { asset: 'ast_schema_invalid', features: { image: 42, video: 'none' } },
	asset: { asset_id: 42, status: ['DONE'], metadata: 'not an object', score: 'high' },
	task: { task_id: null, status: 7, inputs: 'none' },
	namespaces: { namespaces: 'not a list' },
	feature: { feature_id: 42, vectors: 'none', url: 7 },
	assets_list: { results: 'none', pagination: { total: 'many' } },
	collections: { results: [{ collection_id: 42 }], pagination: null }
};

const NOT_FOUND: Record<RouteKind, [string, string]> = {
	features: ['Asset not found', 'asset'],
	asset: ['Asset not found', 'asset'],
	task: ['Task not found', 'task'],
	namespaces: ['Namespace not found', 'namespace'],
	feature: ['Feature not found', 'feature'],
	assets_list: ['Collection not found', 'collection'],
	collections: ['Namespace not found', 'namespace']
};

function json(status: number, body: unknown, headers?: Record<string, string>): FaultOutcome {
	return {
		kind: 'respond',
		status,
		contentType: 'application/json',
		text: JSON.stringify(body),
		headers
	};
}

export function faultOutcome(
	fault: FaultKind,
	route: Route,
	options: FaultOptions,
	slowMs: number
): FaultOutcome {
	switch (fault) {
		case 'slow':
			return { kind: 'delay', ms: options.delayMs ?? slowMs };
		case 'drop':
			return { kind: 'drop' };
		case 'huge':
			return { kind: 'inflate' };
		case '429':
			return json(
				429,
				{
					error: 'TooManyRequests',
					message: 'Rate limit exceeded',
					details: { limit: 10, window: '1m' }
				},
				{ 'retry-after': String(options.retryAfter ?? 7) }
			);
		case '500': {
			const error = internalError('An unexpected error occurred while fetching the asset');
			return json(error.status, error.body);
		}
		case '401': {
			const error = unauthorized('API key has been revoked');
			return json(error.status, error.body);
		}
		case '403': {
			const error = forbidden();
			return json(error.status, error.body);
		}
		case '404': {
			const [message, resource] = NOT_FOUND[route.kind];
			const error = envelope(404, 'NotFoundError', message, { resource });
			return json(error.status, error.body);
		}
		case '422': {
			const error = validationEnvelope('asset_id', 'asset_id is not valid for this namespace');
			return json(error.status, error.body);
		}
		case '502_html':
			return { kind: 'respond', status: 502, contentType: 'text/html', text: GATEWAY_PAGE };
		case '503':
			return {
				kind: 'respond',
				status: 503,
				contentType: 'text/plain; charset=utf-8',
				text: 'Service Unavailable: the upstream is overloaded, try again later.\n'
			};
		case 'malformed_json':
			return {
				kind: 'respond',
				status: 200,
				contentType: 'application/json',
				text: TRUNCATED[route.kind]
			};
		case 'schema_invalid':
			return json(200, SCHEMA_INVALID[route.kind]);
	}
}

let hugeMetadata: Record<string, unknown> | null = null;

/** About 5 MB of legitimate-looking metadata: long strings, which is how real bodies get huge. */
function bulk(): Record<string, unknown> {
	hugeMetadata ??= {
		title: 'An asset whose metadata is enormous',
		chunks: Array.from({ length: 50 }, (_, i) =>
			`chunk ${i}: ${'lorem ipsum dolor sit amet '.repeat(3800)}`.slice(0, 100_000)
		)
	};
	return hugeMetadata;
}

/** Turns a normal body into a ~5 MB one of the same, still valid, shape. */
export function inflate(route: Route, body: unknown): unknown {
	const record = body as Record<string, unknown>;
	switch (route.kind) {
		case 'features':
			return { ...record, asset: { ...(record.asset as object), metadata: bulk() } };
		case 'asset':
			return { ...record, metadata: bulk() };
		case 'task':
			return { ...record, outputs: [bulk()] };
		case 'feature':
			return { ...record, metadata: bulk() };
		case 'assets_list':
		case 'collections': {
			const results = record.results as Record<string, unknown>[];
			return {
				...record,
				results: results.map((r, i) => (i === 0 ? { ...r, metadata: bulk() } : r))
			};
		}
		case 'namespaces':
			return (body as Record<string, unknown>[]).map((ns, i) =>
				i === 0 ? { ...ns, payload_indexes: [bulk()] } : ns
			);
	}
}
