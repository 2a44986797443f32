/**
 * The routes around one asset: a feature by id (with its vectors), the collections list, and the
 * paged, filtered, sorted asset list (`POST /v1/assets`), each as the spec describes them.
 */
import type { IncomingMessage } from 'node:http';
import { envelope, type ApiError } from './errors';
import { BodyError, parseBool, readJson, unquote } from './http';
import type { Namespace } from './keys';
import { COLLECTIONS, collectionAssets, findCollection } from './samples-collections';
import { vectorsFor } from './samples-vectors';
import type { AssetResponse, FeatureResponse, RenderContext, Sample } from './types';

export type AroundRoute =
	{ kind: 'feature'; id: string } | { kind: 'assets_list' } | { kind: 'collections' };

export const AROUND_METHODS: Record<AroundRoute['kind'], string[]> = {
	feature: ['GET'],
	assets_list: ['POST'],
	collections: ['GET']
};

export function matchAroundRoute(path: string): AroundRoute | null {
	if (path === '/v1/assets') return { kind: 'assets_list' };
	if (path === '/v1/collections') return { kind: 'collections' };
	const segments = path.split('/');
	if (segments.length === 4 && segments[1] === 'v1' && segments[2] === 'features' && segments[3]) {
		return { kind: 'feature', id: unquote(segments[3]) };
	}
	return null;
}

export interface AroundContext {
	namespace: Namespace;
	render(returnUrl: boolean): RenderContext;
	find(assetId: string): Sample | null;
}

type Answer = { ok: true; body: unknown } | { ok: false; error: ApiError };

const MAX_PAGE_SIZE = 100;

/** FastAPI's 422 body, one pydantic error. */
function fastApi422(
	type: string,
	loc: (string | number)[],
	msg: string,
	input: unknown,
	ctx?: Record<string, unknown>
): Answer {
	const detail = { type, loc, msg, input, ...(ctx ? { ctx } : {}) };
	return { ok: false, error: { status: 422, body: { detail: [detail] } } };
}

const notFound = (message: string, details: Record<string, unknown>): Answer => ({
	ok: false,
	error: envelope(404, 'NotFoundError', message, details)
});

/** `page` and `page_size` as FastAPI reads them (the last repeated value wins). */
function paging(query: URLSearchParams): Answer | { page: number; pageSize: number } {
	const read = (name: string, fallback: number, max: number): Answer | number => {
		const raw = query.getAll(name).at(-1);
		if (raw === undefined) return fallback;
		if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
			return fastApi422(
				'int_parsing',
				['query', name],
				'Input should be a valid integer, unable to parse string as an integer',
				raw
			);
		}
		const value = Number(raw);
		if (value < 1) {
			return fastApi422(
				'greater_than_equal',
				['query', name],
				'Input should be greater than or equal to 1',
				raw,
				{ ge: 1 }
			);
		}
		if (value > max) {
			return fastApi422(
				'less_than_equal',
				['query', name],
				`Input should be less than or equal to ${max}`,
				raw,
				{ le: max }
			);
		}
		return value;
	};
	const page = read('page', 1, 1_000_000);
	if (typeof page !== 'number') return page;
	const pageSize = read('page_size', 10, MAX_PAGE_SIZE);
	if (typeof pageSize !== 'number') return pageSize;
	return { page, pageSize };
}

function pageLink(path: string, page: number, pageSize: number): string {
	return `${path}?page=${page}&page_size=${pageSize}`;
}

function paginate<T>(items: T[], page: number, pageSize: number, path: string) {
	const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
	return {
		results: items.slice((page - 1) * pageSize, page * pageSize),
		pagination: {
			total: items.length,
			page,
			page_size: pageSize,
			total_pages: totalPages,
			next_page: page < totalPages ? pageLink(path, page + 1, pageSize) : null,
			previous_page: page > 1 ? pageLink(path, Math.min(page - 1, totalPages), pageSize) : null
		}
	};
}

function featureById(ctx: AroundContext, featureId: string): FeatureResponse | null {
	const match = /^ftr_(.+)_[^_]+$/.exec(featureId);
	if (!match) return null;
	const sample = ctx.find(`ast_${match[1]}`);
	if (!sample) return null;
	const { features } = sample.render(ctx.render(true));
	for (const group of Object.values(features)) {
		if (!Array.isArray(group)) continue;
		const found = (group as FeatureResponse[]).find((f) => f.feature_id === featureId);
		if (found) return found;
	}
	return null;
}

function answerFeature(id: string, query: URLSearchParams, ctx: AroundContext): Answer {
	let withVectors = false;
	const raw = query.getAll('return_vectors').at(-1);
	if (raw !== undefined) {
		const parsed = parseBool(raw);
		if (parsed === null) {
			return fastApi422(
				'bool_parsing',
				['query', 'return_vectors'],
				'Input should be a valid boolean, unable to interpret input',
				raw
			);
		}
		withVectors = parsed;
	}
	const found = featureById(ctx, id);
	if (!found) return notFound('Feature not found', { resource: 'feature', feature_id: id });
	return { ok: true, body: withVectors ? { ...found, vectors: vectorsFor(found) } : found };
}

function collectionResult(info: (typeof COLLECTIONS)[number], ctx: AroundContext) {
	const assets = collectionAssets(info, ctx.render(false), ctx.find);
	const size = assets.reduce((sum, a) => sum + Number(a.file_data?.file_size_bytes ?? 0), 0);
	const last =
		assets
			.map((a) => a.updated_at ?? '')
			.sort()
			.at(-1) ?? '2025-01-01T00:00:00';
	return {
		count: assets.length,
		size_bytes: size,
		last_updated: last,
		collection_id: info.collection_id,
		preview_url: null,
		metadata: { description: info.description },
		collection_name: info.collection_name
	};
}

function answerCollections(query: URLSearchParams, ctx: AroundContext): Answer {
	const paged = paging(query);
	if ('ok' in paged) return paged;
	const mine = COLLECTIONS.filter((c) => c.namespace === ctx.namespace.namespace_name);
	const results = mine.map((c) => collectionResult(c, ctx));
	return { ok: true, body: paginate(results, paged.page, paged.pageSize, '/v1/collections') };
}

// ---- POST /v1/assets: filters as the spec's LogicalOperator / FilterCondition describe them ----

const OPERATORS = ['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'in', 'nin', 'is_null', 'text', 'exists'];

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(record: unknown, path: string): unknown {
	let node: unknown = record;
	for (const part of path.split('.')) {
		if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
		node = node[part];
	}
	return node;
}

function normal(value: unknown, caseSensitive: boolean): unknown {
	return typeof value === 'string' && !caseSensitive ? value.toLowerCase() : value;
}

function compare(a: unknown, b: unknown): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b));
}

function condition(asset: AssetResponse, c: Record<string, unknown>, cs: boolean): boolean {
	const actual = normal(pick(asset, String(c.key)), cs);
	const wanted = Array.isArray(c.value)
		? c.value.map((v) => normal(v, cs))
		: normal(c.value ?? null, cs);
	switch ((c.operator as string | undefined) ?? 'eq') {
		case 'eq':
			return actual === wanted;
		case 'ne':
			return actual !== wanted;
		case 'gt':
			return actual != null && compare(actual, wanted) > 0;
		case 'lt':
			return actual != null && compare(actual, wanted) < 0;
		case 'gte':
			return actual != null && compare(actual, wanted) >= 0;
		case 'lte':
			return actual != null && compare(actual, wanted) <= 0;
		case 'in':
			return Array.isArray(wanted) && wanted.includes(actual);
		case 'nin':
			return Array.isArray(wanted) && !wanted.includes(actual);
		case 'is_null':
			return (actual === null || actual === undefined) === (wanted !== false);
		case 'exists':
			return (actual !== undefined) === (wanted !== false);
		case 'text':
			return typeof actual === 'string' && actual.includes(String(wanted));
		default:
			return false;
	}
}

function logical(asset: AssetResponse, node: Record<string, unknown>, inherited = false): boolean {
	const cs = typeof node.case_sensitive === 'boolean' ? node.case_sensitive : inherited;
	const test = (child: unknown) =>
		isRecord(child) && 'key' in child
			? condition(asset, child, cs)
			: logical(asset, child as Record<string, unknown>, cs);
	const and = Array.isArray(node.AND) ? node.AND.every(test) : true;
	const or = Array.isArray(node.OR) && node.OR.length > 0 ? node.OR.some(test) : true;
	const nor = Array.isArray(node.NOR) ? !node.NOR.some(test) : true;
	return and && or && nor;
}

/** Why a filter tree breaks the schema, as a pydantic location and message, or null. */
function filterProblem(node: unknown, loc: (string | number)[]): Answer | null {
	if (node === null || node === undefined) return null;
	if (!isRecord(node))
		return fastApi422('model_type', loc, 'Input should be a valid dictionary', node);
	for (const op of ['AND', 'OR', 'NOR']) {
		const list = node[op];
		if (list === undefined || list === null) continue;
		if (!Array.isArray(list))
			return fastApi422('list_type', [...loc, op], 'Input should be a valid list', list);
		for (const [i, child] of list.entries()) {
			if (isRecord(child) && 'key' in child) {
				if (typeof child.key !== 'string') {
					return fastApi422(
						'string_type',
						[...loc, op, i, 'key'],
						'Input should be a valid string',
						child.key
					);
				}
				if (child.operator !== undefined && !OPERATORS.includes(child.operator as string)) {
					return fastApi422(
						'enum',
						[...loc, op, i, 'operator'],
						`Input should be ${OPERATORS.map((o) => `'${o}'`).join(', ')}`,
						child.operator
					);
				}
			} else {
				const inner = filterProblem(child, [...loc, op, i]);
				if (inner) return inner;
			}
		}
	}
	return null;
}

function selectFields(asset: AssetResponse, fields: string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const field of fields) {
		const value = pick(asset, field);
		if (value === undefined) continue;
		const parts = field.split('.');
		let node = out;
		for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
		node[parts.at(-1)!] = value;
	}
	return out;
}

async function answerAssetList(
	req: IncomingMessage,
	query: URLSearchParams,
	ctx: AroundContext
): Promise<Answer> {
	const paged = paging(query);
	if ('ok' in paged) return paged;
	let body: unknown;
	try {
		body = await readJson(req);
	} catch (error) {
		if (!(error instanceof BodyError)) throw error;
		return fastApi422('json_invalid', ['body', 0], 'JSON decode error', {});
	}
	if (!isRecord(body))
		return fastApi422(
			'model_attributes_type',
			['body'],
			'Input should be a valid dictionary or object to extract fields from',
			body
		);
	const collections = body.collections;
	if (collections === undefined)
		return fastApi422('missing', ['body', 'collections'], 'Field required', body);
	if (!Array.isArray(collections))
		return fastApi422(
			'list_type',
			['body', 'collections'],
			'Input should be a valid list',
			collections
		);
	for (const [i, c] of collections.entries()) {
		if (typeof c !== 'string')
			return fastApi422(
				'string_type',
				['body', 'collections', i],
				'Input should be a valid string',
				c
			);
	}
	const problem = filterProblem(body.filters, ['body', 'filters']);
	if (problem) return problem;
	const sort = body.sort;
	if (sort !== undefined && sort !== null) {
		if (!isRecord(sort) || typeof sort.field !== 'string') {
			return fastApi422('missing', ['body', 'sort', 'field'], 'Field required', sort);
		}
		if (sort.direction !== 'asc' && sort.direction !== 'desc') {
			return fastApi422(
				'enum',
				['body', 'sort', 'direction'],
				"Input should be 'asc' or 'desc'",
				sort.direction
			);
		}
	}
	const returnUrl = body.return_url === true;
	const render = ctx.render(returnUrl);
	let assets: AssetResponse[] = [];
	for (const wanted of collections as string[]) {
		const info = findCollection(ctx.namespace.namespace_name, wanted);
		if (!info)
			return notFound('Collection not found', { resource: 'collection', collection: wanted });
		assets.push(...collectionAssets(info, render, ctx.find));
	}
	if (isRecord(body.filters))
		assets = assets.filter((a) => logical(a, body.filters as Record<string, unknown>));
	if (isRecord(sort)) {
		const sign = sort.direction === 'desc' ? -1 : 1;
		const field = sort.field as string;
		// Nulls sort last either way, as MongoDB's documents without the field would in this API.
		assets.sort((a, b) => {
			const x = pick(a, field);
			const y = pick(b, field);
			if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
			return sign * compare(x, y);
		});
	}
	const page = paginate(assets, paged.page, paged.pageSize, '/v1/assets');
	const select = Array.isArray(body.select)
		? (body.select as unknown[]).filter((s) => typeof s === 'string')
		: null;
	return {
		ok: true,
		body: select
			? { ...page, results: page.results.map((a) => selectFields(a, select as string[])) }
			: page
	};
}

export function answerAround(
	route: AroundRoute,
	req: IncomingMessage,
	query: URLSearchParams,
	ctx: AroundContext
): Promise<Answer> | Answer {
	switch (route.kind) {
		case 'feature':
			return answerFeature(route.id, query, ctx);
		case 'collections':
			return answerCollections(query, ctx);
		case 'assets_list':
			return answerAssetList(req, query, ctx);
	}
}
