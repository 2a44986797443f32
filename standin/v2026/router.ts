/**
 * Today's Mixpeek API (spec 2026-02-16: buckets, objects, collections, documents) beside the 2025
 * assets routes, in the same server. Checks run in the same order as the 2025 router: route,
 * method, key, query, permission, namespace, fault, then the resource.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
	envelope,
	forbidden,
	methodNotAllowed,
	namespaceNotFound,
	unauthorized,
	type ApiError
} from '../errors';
import { faultOutcome, inflate, type FaultBoard, type FaultKind, type Route } from '../faults';
import { BodyError, parseBool, readJson, requestId, sendJson, sendText, unquote } from '../http';
import { authenticate, resolveNamespace, type Namespace } from '../keys';
import { CURRENT_FAULT_IDS } from './catalog';
import { evaluateFilter, FilterError, sortDocuments } from './filters';
import { findBucket, findCollection, namespaceModel } from './resources';
import {
	collectionDocuments,
	currentFaultPlaceholder,
	findObject,
	findObjectAnyBucket
} from './samples';
import type { CurrentContext, CurrentSample, DocumentResponse, HealthCheckResponse } from './types';

export type CurrentRoute =
	| { kind: 'health' }
	| { kind: 'namespaces' }
	| { kind: 'bucket'; bucket: string }
	| { kind: 'object'; bucket: string; object: string }
	| { kind: 'objectDocuments'; object: string }
	| { kind: 'collection'; collection: string }
	| { kind: 'listDocuments'; collection: string }
	| { kind: 'document'; collection: string; document: string };

const METHODS: Record<CurrentRoute['kind'], string> = {
	health: 'GET',
	namespaces: 'POST',
	bucket: 'GET',
	object: 'GET',
	objectDocuments: 'GET',
	collection: 'GET',
	listDocuments: 'POST',
	document: 'GET'
};

/** Raw-path matching, so an encoded slash stays inside the identifier it belongs to. */
export function matchCurrentRoute(path: string, method: string): CurrentRoute | null {
	if (path === '/v1/health') return { kind: 'health' };
	if (path === '/v1/namespaces/list') return { kind: 'namespaces' };
	const s = path.split('/');
	if (s[0] !== '' || s[1] !== 'v1' || !s[3]) return null;
	const id = unquote(s[3]);
	const n = s.length;
	if (s[2] === 'buckets') {
		if (n === 4) return { kind: 'bucket', bucket: id };
		if (n === 6 && s[4] === 'objects' && s[5])
			return { kind: 'object', bucket: id, object: unquote(s[5]) };
	}
	if (s[2] === 'objects' && n === 5 && s[4] === 'documents')
		return { kind: 'objectDocuments', object: id };
	if (s[2] === 'collections') {
		if (n === 4) return { kind: 'collection', collection: id };
		if (n === 6 && s[4] === 'documents' && s[5]) {
			// FastAPI tries the POST route first; a GET of `…/documents/list` is a document named "list".
			if (s[5] === 'list' && method === 'POST') return { kind: 'listDocuments', collection: id };
			return { kind: 'document', collection: id, document: unquote(s[5]) };
		}
	}
	return null;
}

/** Paths only today's API has; the server sends everything else to the 2025 router. */
export function isCurrentPath(path: string): boolean {
	return (
		path === '/v1/health' ||
		path === '/v1/namespaces/list' ||
		/^\/v1\/(buckets|objects|collections)\//.test(path)
	);
}

export interface CurrentDeps {
	context(namespace: Namespace, presign: boolean): CurrentContext;
	faults: FaultBoard;
	slowMs(): number;
	delay(res: ServerResponse, ms: number): Promise<boolean>;
}

const FAULTS: Record<string, FaultKind> = {
	[CURRENT_FAULT_IDS.slow]: 'slow',
	[CURRENT_FAULT_IDS.tooManyRequests]: '429',
	[CURRENT_FAULT_IDS.serverError]: '500',
	[CURRENT_FAULT_IDS.badGatewayHtml]: '502_html',
	[CURRENT_FAULT_IDS.malformedJson]: 'malformed_json',
	[CURRENT_FAULT_IDS.schemaInvalid]: 'schema_invalid',
	[CURRENT_FAULT_IDS.drop]: 'drop'
};

const notFound = (resource: string, id: string) =>
	envelope(404, 'NotFoundError', `${resource[0].toUpperCase()}${resource.slice(1)} not found`, {
		resource,
		id
	});

/** FastAPI's own 422 (pydantic v2), the form every query or body problem gets. */
function validation(loc: (string | number)[], type: string, msg: string, input: unknown): ApiError {
	return { status: 422, body: { detail: [{ type, loc, msg, input }] } };
}

function boolQuery(query: URLSearchParams, name: string): boolean | ApiError {
	const raw = query.getAll(name).at(-1);
	if (raw === undefined) return false;
	const parsed = parseBool(raw);
	if (parsed === null) {
		return validation(
			['query', name],
			'bool_parsing',
			'Input should be a valid boolean, unable to interpret input',
			raw
		);
	}
	return parsed;
}

function intQuery(
	query: URLSearchParams,
	name: string,
	min: number,
	max: number,
	fallback: number
): number | ApiError {
	const raw = query.getAll(name).at(-1);
	if (raw === undefined) return fallback;
	if (!/^-?\d+$/.test(raw)) {
		return validation(
			['query', name],
			'int_parsing',
			'Input should be a valid integer, unable to parse string as an integer',
			raw
		);
	}
	const value = Number(raw);
	if (value < min)
		return validation(
			['query', name],
			'greater_than_equal',
			`Input should be greater than or equal to ${min}`,
			raw
		);
	if (value > max)
		return validation(
			['query', name],
			'less_than_equal',
			`Input should be less than or equal to ${max}`,
			raw
		);
	return value;
}

const isError = (value: unknown): value is ApiError =>
	typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

/** Embeddings come back only with `return_vectors=true`, as in the real API. */
function withoutVectors(doc: DocumentResponse): DocumentResponse {
	const out: DocumentResponse = { ...doc };
	for (const key of Object.keys(out)) if (key.endsWith('_embedding')) delete out[key];
	return out;
}

function encodeCursor(offset: number): string {
	return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeCursor(cursor: string): number | null {
	try {
		const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
		return Number.isInteger(parsed.o) && (parsed.o as number) >= 0 ? (parsed.o as number) : null;
	} catch {
		return null;
	}
}

/** Which 2025 fault-board route a 2026 call counts as, so the control API's switches reach it. */
function faultRoute(route: CurrentRoute, rootObject: string | null): Route {
	switch (route.kind) {
		case 'namespaces':
			return { kind: 'namespaces' };
		case 'object':
			return { kind: 'asset', id: route.object };
		case 'objectDocuments':
			return { kind: 'features', id: route.object };
		case 'listDocuments':
			return { kind: 'features', id: rootObject ?? '' };
		default:
			return { kind: 'task', id: 'collection' in route ? route.collection : '' };
	}
}

function rootObjectOf(body: Record<string, unknown>): string | null {
	const filters = body.filters as Record<string, unknown> | null | undefined;
	if (!filters || typeof filters !== 'object') return null;
	const direct = filters['_internal.lineage.root_object_id'];
	if (typeof direct === 'string') return direct;
	const and = Array.isArray(filters.AND) ? filters.AND : [];
	for (const c of and as Record<string, unknown>[]) {
		if (c?.field === '_internal.lineage.root_object_id' && typeof c.value === 'string')
			return c.value;
	}
	return null;
}

export async function handleCurrentApi(
	req: IncomingMessage,
	res: ServerResponse,
	path: string,
	query: URLSearchParams,
	deps: CurrentDeps
): Promise<void> {
	const headers = { 'x-request-id': requestId() };
	const fail = (error: ApiError) =>
		sendJson(res, error.status, error.body, { ...headers, ...error.headers });
	const method = req.method ?? '';
	const route = matchCurrentRoute(path, method);
	if (!route) {
		return fail(envelope(404, 'NotFoundError', 'Not Found', { resource: 'route', path }));
	}
	if (method !== METHODS[route.kind] && !(method === 'HEAD' && METHODS[route.kind] === 'GET')) {
		return fail(methodNotAllowed(method, [METHODS[route.kind]]));
	}
	if (route.kind === 'health') {
		const body: HealthCheckResponse = {
			status: 'OK',
			data: {
				cache: true,
				metadata: true,
				vector_store: true,
				object_storage: true,
				task_queue: true,
				inference: true,
				analytics: null
			},
			errors: null,
			meta: null
		};
		return sendJson(res, 200, body, headers);
	}

	const auth = authenticate(req.headers.authorization);
	if (!auth.ok) return fail(unauthorized(auth.message));

	let body: Record<string, unknown> = {};
	if (METHODS[route.kind] === 'POST') {
		try {
			const parsed = await readJson(req);
			if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
				return fail(
					validation(
						['body'],
						'model_attributes_type',
						'Input should be a valid dictionary or object to extract fields from',
						parsed
					)
				);
			}
			body = parsed as Record<string, unknown>;
		} catch (error) {
			if (!(error instanceof BodyError)) throw error;
			return fail(
				validation(['body', 0], 'json_invalid', `JSON decode error: ${error.message}`, {})
			);
		}
	}

	const presignName = route.kind === 'listDocuments' ? null : 'return_presigned_urls';
	let presign = false;
	if (presignName && (route.kind === 'object' || route.kind === 'document')) {
		const value = boolQuery(query, presignName);
		if (isError(value)) return fail(value);
		presign = value;
	}
	let returnVectors = false;
	if (route.kind === 'document') {
		const value = boolQuery(query, 'return_vectors');
		if (isError(value)) return fail(value);
		returnVectors = value;
	}
	let limit = 10;
	let offset = 0;
	let includeTotal = false;
	if (route.kind === 'listDocuments' || route.kind === 'namespaces') {
		const l = intQuery(query, 'limit', 1, 1000, 10);
		if (isError(l)) return fail(l);
		const o = intQuery(query, 'offset', 0, 10000, 0);
		if (isError(o)) return fail(o);
		const t = boolQuery(query, 'include_total');
		if (isError(t)) return fail(t);
		[limit, offset, includeTotal] = [l, o, t];
		const cursor = (typeof body.cursor === 'string' ? body.cursor : null) ?? query.get('cursor');
		if (cursor) {
			const at = decodeCursor(cursor);
			if (at === null) return fail(envelope(400, 'BadRequestError', 'Invalid cursor', { cursor }));
			offset = at;
		}
		if (route.kind === 'listDocuments') {
			for (const flag of ['return_url', 'return_vectors'] as const) {
				const value = body[flag];
				if (value !== undefined && value !== null && typeof value !== 'boolean') {
					return fail(
						validation(['body', flag], 'bool_type', 'Input should be a valid boolean', value)
					);
				}
			}
			presign = body.return_url === true;
			returnVectors = body.return_vectors === true;
		}
	}

	let namespace: Namespace | null = null;
	if (route.kind !== 'namespaces') {
		if (!auth.grant.canRead) return fail(forbidden());
		const header = req.headers['x-namespace'];
		const wanted = Array.isArray(header) ? header[0] : header;
		namespace = resolveNamespace(auth.grant, wanted);
		if (!namespace) return fail(namespaceNotFound(wanted ?? ''));
	}

	const rootObject = route.kind === 'listDocuments' ? rootObjectOf(body) : null;
	const objectId =
		route.kind === 'object' || route.kind === 'objectDocuments' ? route.object : rootObject;
	const builtIn = objectId && Object.hasOwn(FAULTS, objectId) ? FAULTS[objectId] : undefined;
	const board = faultRoute(route, rootObject);
	const rule = deps.faults.take(board);
	const fault = rule?.fault ?? builtIn;
	let inflateBody = false;
	if (fault) {
		const outcome = faultOutcome(fault, board, rule ?? {}, deps.slowMs());
		if (outcome.kind === 'drop') {
			req.socket.destroy();
			return;
		}
		if (outcome.kind === 'respond') {
			return sendText(res, outcome.status, outcome.text, outcome.contentType, {
				...headers,
				...outcome.headers
			});
		}
		if (outcome.kind === 'delay' && !(await deps.delay(res, outcome.ms))) return;
		inflateBody = outcome.kind === 'inflate';
	}

	const answer = (status: number, value: unknown) =>
		sendJson(res, status, inflateBody ? inflate(board, value) : value, headers);

	if (route.kind === 'namespaces') {
		const search = typeof body.search === 'string' ? body.search.toLowerCase() : '';
		const all = auth.grant.namespaces
			.filter(
				(ns) => !search || `${ns.namespace_id} ${ns.namespace_name}`.toLowerCase().includes(search)
			)
			.map(namespaceModel);
		return answer(200, {
			results: all.slice(offset, offset + limit),
			pagination: page(all.length, offset, limit, includeTotal),
			total_count: all.length,
			stats: null
		});
	}

	const ns = namespace!;
	const ctx = deps.context(ns, presign);
	const sampleFor = (bucket: string | null, id: string): CurrentSample | null => {
		if (Object.hasOwn(FAULTS, id)) {
			return currentFaultPlaceholder(id, ns.namespace_name);
		}
		return bucket === null
			? findObjectAnyBucket(ns.namespace_name, id)
			: findObject(ns.namespace_name, bucket, id);
	};

	switch (route.kind) {
		case 'bucket': {
			const bucket = findBucket(ns, route.bucket);
			return bucket ? answer(200, bucket) : fail(notFound('bucket', route.bucket));
		}
		case 'object': {
			const bucket = findBucket(ns, route.bucket);
			if (!bucket) return fail(notFound('bucket', route.bucket));
			const sample = sampleFor(bucket.bucket_id!, route.object);
			return sample ? answer(200, sample.object(ctx)) : fail(notFound('object', route.object));
		}
		case 'objectDocuments': {
			const sample = sampleFor(null, route.object);
			if (!sample) return fail(notFound('object', route.object));
			const wanted = query.getAll('collection_ids');
			const documents = sample
				.documents(deps.context(ns, false))
				.filter((d) => !wanted.length || wanted.includes(d.collection_id))
				.map(withoutVectors);
			// The spec types this answer as a bare object; this shape is the stand-in's assumption.
			return answer(200, { object_id: route.object, documents, total_count: documents.length });
		}
		case 'collection': {
			const collection = findCollection(ns, route.collection);
			return collection ? answer(200, collection) : fail(notFound('collection', route.collection));
		}
		case 'document': {
			const collection = findCollection(ns, route.collection);
			if (!collection) return fail(notFound('collection', route.collection));
			const doc = collectionDocuments(ctx, collection.collection_id!).find(
				(d) => d.document_id === route.document
			);
			if (!doc) return fail(notFound('document', route.document));
			return answer(200, returnVectors ? doc : withoutVectors(doc));
		}
		case 'listDocuments': {
			const collection = findCollection(ns, route.collection);
			if (!collection) return fail(notFound('collection', route.collection));
			const scope = rootObject ? sampleFor(null, rootObject) : null;
			const pool = rootObject
				? (scope?.documents(ctx) ?? []).filter((d) => d.collection_id === collection.collection_id)
				: collectionDocuments(ctx, collection.collection_id!);
			let matched: DocumentResponse[];
			try {
				matched = sortDocuments(
					pool.filter((d) => evaluateFilter(body.filters, d)),
					body.sort
				);
			} catch (error) {
				if (error instanceof FilterError)
					return fail(
						envelope(400, 'BadRequestError', error.message, { filters: body.filters ?? null })
					);
				throw error;
			}
			const results = matched
				.slice(offset, offset + limit)
				.map((d) => (returnVectors ? d : withoutVectors(d)));
			const blobs = matched.reduce((sum, d) => sum + (d._internal?.source_blobs?.length ?? 0), 0);
			return answer(200, {
				results,
				pagination: page(matched.length, offset, limit, includeTotal),
				stats: {
					total_documents: matched.length,
					avg_blobs_per_document: matched.length ? blobs / matched.length : 0
				},
				group_by_field: null
			});
		}
	}
}

function page(total: number, offset: number, limit: number, includeTotal: boolean) {
	const next = offset + limit < total ? encodeCursor(offset + limit) : null;
	return {
		total: includeTotal ? total : null,
		page: Math.floor(offset / limit) + 1,
		page_size: limit,
		total_pages: includeTotal ? Math.ceil(total / limit) : null,
		next_page: null,
		previous_page: null,
		next_cursor: next
	};
}
