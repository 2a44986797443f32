import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEY, NO_READ_KEY } from '../../standin/keys';
import { createStandin, type Standin } from '../../standin/server';
import {
	CURRENT_BUCKETS,
	CURRENT_COLLECTIONS,
	CURRENT_SAMPLE_LIST
} from '../../standin/v2026/catalog';

type Operation = {
	responses: Record<string, { content?: { 'application/json'?: { schema: unknown } } }>;
};
const spec = JSON.parse(
	readFileSync(new URL('../../spec/openapi.current-2026-02-16.json', import.meta.url), 'utf8')
) as { components: Record<string, unknown>; paths: Record<string, Record<string, Operation>> };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// Today's API still emits zoneless timestamps (`2025-10-13T13:58:06.664000` in a real bucket
// body); read them as UTC, as for 2025.
ajv.addFormat('date-time', fullFormats['iso-date-time']);
ajv.addSchema({ $id: 'current', components: spec.components });

function errors(validate: ReturnType<typeof ajv.compile> | undefined, body: unknown): string[] {
	if (!validate) throw new Error('No such schema in the spec');
	return validate(body)
		? []
		: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const schema = (name: string) => ajv.getSchema(`current#/components/schemas/${name}`);

/** Validates against what the spec says this very operation answers with this status. */
function expectOperation(path: string, method: string, status: number, body: unknown): void {
	const op = spec.paths[path]?.[method];
	if (!op) throw new Error(`The spec has no ${method} ${path}`);
	const declared = op.responses[String(status)]?.content?.['application/json']?.schema;
	if (!declared) throw new Error(`${method} ${path} declares no JSON ${status}`);
	// Operation schemas point into the document (`#/components/…`); aim them at the added copy.
	const text = JSON.stringify(declared).replaceAll('"#/components/', '"current#/components/');
	const validate = ajv.compile(JSON.parse(text) as object);
	expect(errors(validate, body), `${method.toUpperCase()} ${path} ${status}`).toEqual([]);
}

function expectSchema(name: string, body: unknown): void {
	expect(errors(schema(name), body), `body should match ${name}`).toEqual([]);
}

let standin: Standin;
let base: string;

beforeAll(async () => {
	standin = createStandin({ processingMs: 0 });
	base = await standin.listen(0);
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

async function call(
	path: string,
	init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}
) {
	const response = await fetch(base + path, {
		method: init.method ?? 'GET',
		headers: {
			authorization: `Bearer ${DEMO_KEY}`,
			...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
			...init.headers
		},
		body: init.body === undefined ? undefined : JSON.stringify(init.body)
	});
	const text = await response.text();
	return { response, status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

const OBJECT = '/v1/buckets/{bucket_identifier}/objects/{object_identifier}';
const LIST = '/v1/collections/{collection_identifier}/documents/list';
const DOC = '/v1/collections/{collection_identifier}/documents/{document_id}';
const BY_OBJECT = '/v1/objects/{object_id}/documents';
const samples = CURRENT_SAMPLE_LIST.filter((s) => s.kind === 'sample');

const byRoot = (objectId: string) => ({
	filters: {
		AND: [{ field: '_internal.lineage.root_object_id', operator: 'eq', value: objectId }]
	},
	return_url: true
});

describe('the validator itself', () => {
	it('rejects bodies that break the 2026 spec', async () => {
		const { status, body } = await call(
			`/v1/buckets/${CURRENT_BUCKETS.media}/objects/obj_fault_schema_invalid`
		);
		expect(status).toBe(200);
		expect(errors(schema('ObjectResponse'), body).length).toBeGreaterThan(0);
		expect(errors(schema('DocumentResponse'), { document_id: 'doc_1' }).length).toBeGreaterThan(0);
		expect(errors(schema('TaskStatusEnum'), 'CANCELLED').length).toBeGreaterThan(0);
		expect(errors(schema('BlobURLRef'), { field: 'x', url: 's3://b/k', role: 'main' }).length).toBe(
			1
		);
	});
});

describe('200 bodies match the 2026 spec', () => {
	for (const sample of samples) {
		const ns = { 'x-namespace': sample.namespace };
		for (const presign of [true, false]) {
			it(`${sample.namespace}/${sample.objectId} object, return_presigned_urls=${presign}`, async () => {
				const { status, body } = await call(
					`/v1/buckets/${sample.bucketId}/objects/${sample.objectId}?return_presigned_urls=${presign}`,
					{ headers: ns }
				);
				expect(status).toBe(200);
				expectOperation(OBJECT, 'get', 200, body);
				expect(body.object_id).toBe(sample.objectId);
				expect(body.bucket_id).toBe(sample.bucketId);
				const signed = JSON.stringify(body).match(/"presigned_url":/g);
				if (presign) expect(signed?.length).toBeGreaterThan(0);
				else expect(signed).toBeNull();
			});
		}

		it(`${sample.namespace}/${sample.objectId} documents by object, then paged per collection`, async () => {
			const { status, body } = await call(`/v1/objects/${sample.objectId}/documents`, {
				headers: ns
			});
			expect(status).toBe(200);
			expectOperation(BY_OBJECT, 'get', 200, body);
			const all = body.documents as { document_id: string; collection_id: string }[];
			for (const doc of all) expectSchema('DocumentResponse', doc);
			expect(JSON.stringify(all)).not.toContain('presigned_url":"http');

			const collections = [...new Set(all.map((d) => d.collection_id))];
			const seen: string[] = [];
			for (const collection of collections) {
				let cursor: string | null = null;
				do {
					const page = await call(
						`/v1/collections/${collection}/documents/list?limit=200&include_total=true`,
						{
							method: 'POST',
							headers: ns,
							body: { ...byRoot(sample.objectId), ...(cursor ? { cursor } : {}) }
						}
					);
					expect(page.status).toBe(200);
					expectOperation(LIST, 'post', 200, page.body);
					const results = page.body.results as { document_id: string; document_blobs: unknown[] }[];
					seen.push(...results.map((d) => d.document_id));
					cursor = (page.body.pagination as { next_cursor: string | null }).next_cursor;
				} while (cursor);
			}
			expect(seen.sort()).toEqual(all.map((d) => d.document_id).sort());
		});
	}

	it('a document, with and without presigned URLs and vectors', async () => {
		const listed = await call(`/v1/objects/obj_video_tour/documents`);
		const first = (listed.body.documents as { document_id: string }[])[0];
		for (const query of ['', '?return_presigned_urls=true&return_vectors=true']) {
			const { status, body } = await call(
				`/v1/collections/${CURRENT_COLLECTIONS.segments}/documents/${first.document_id}${query}`
			);
			expect(status).toBe(200);
			expectOperation(DOC, 'get', 200, body);
			const text = JSON.stringify(body);
			expect(text.includes('"presigned_url":"http')).toBe(query !== '');
			expect(text.includes('_embedding"')).toBe(query !== '');
		}
	});

	it('bucket, collections, namespaces and health', async () => {
		const bucket = await call(`/v1/buckets/${CURRENT_BUCKETS.media}`);
		expectOperation('/v1/buckets/{bucket_identifier}', 'get', 200, bucket.body);
		for (const id of Object.values(CURRENT_COLLECTIONS)) {
			const { status, body } = await call(`/v1/collections/${id}`);
			expect(status).toBe(200);
			expectOperation('/v1/collections/{collection_identifier}', 'get', 200, body);
		}
		const namespaces = await call('/v1/namespaces/list', { method: 'POST', body: {} });
		expectOperation('/v1/namespaces/list', 'post', 200, namespaces.body);
		expect((namespaces.body.results as unknown[]).length).toBe(2);
		const health = await fetch(`${base}/v1/health`);
		expectOperation('/v1/health', 'get', 200, await health.json());
	});

	it('pages by offset and cursor alike, and honours the modality filter', async () => {
		const body = {
			filters: {
				AND: [
					{ field: '_internal.lineage.root_object_id', value: 'obj_big_gallery' },
					{ field: '_internal.modality', value: 'image' }
				]
			}
		};
		const path = `/v1/collections/${CURRENT_COLLECTIONS.images}/documents/list`;
		const first = await call(`${path}?limit=200&include_total=true`, { method: 'POST', body });
		const pagination = first.body.pagination as Record<string, unknown>;
		expect(pagination.total).toBe(450);
		expect(pagination.total_pages).toBe(3);
		const byOffset = await call(`${path}?limit=200&offset=200`, { method: 'POST', body });
		const byCursor = await call(`${path}?limit=200`, {
			method: 'POST',
			body: { ...body, cursor: pagination.next_cursor }
		});
		expect(byCursor.body.results).toEqual(byOffset.body.results);
		expect((byOffset.body.pagination as Record<string, unknown>).total).toBeNull();
	});
});

describe('error bodies match the 2026 spec', () => {
	const media = CURRENT_BUCKETS.media;
	const cases: [
		string,
		string,
		{ method?: string; headers?: Record<string, string>; body?: unknown },
		number
	][] = [
		[
			'401 without a key',
			`/v1/buckets/${media}/objects/obj_image_gallery`,
			{ headers: { authorization: '' } },
			401
		],
		[
			'401 bad key on namespaces',
			'/v1/namespaces/list',
			{ method: 'POST', body: {}, headers: { authorization: 'Bearer sk_nope' } },
			401
		],
		[
			'403 without read',
			`/v1/objects/obj_image_gallery/documents`,
			{ headers: { authorization: `Bearer ${NO_READ_KEY}` } },
			403
		],
		['404 object', `/v1/buckets/${media}/objects/obj_nope`, {}, 404],
		['404 bucket', '/v1/buckets/bkt_nope/objects/obj_image_gallery', {}, 404],
		[
			'404 object in another bucket',
			`/v1/buckets/${CURRENT_BUCKETS.staging}/objects/obj_video_tour`,
			{ headers: { 'x-namespace': 'demo_staging' } },
			404
		],
		[
			'404 namespace',
			`/v1/buckets/${media}/objects/obj_image_gallery`,
			{ headers: { 'x-namespace': 'nope' } },
			404
		],
		[
			'404 collection',
			'/v1/collections/col_nope/documents/list',
			{ method: 'POST', body: {} },
			404
		],
		['404 document', `/v1/collections/${CURRENT_COLLECTIONS.images}/documents/doc_nope`, {}, 404],
		['405 GET on a POST route', '/v1/namespaces/list', {}, 405],
		[
			'405 POST on a GET route',
			`/v1/buckets/${media}/objects/obj_image_gallery`,
			{ method: 'POST', body: {} },
			405
		],
		['500 fault object', `/v1/buckets/${media}/objects/obj_fault_500`, {}, 500]
	];
	for (const [name, path, init, expected] of cases) {
		it(name, async () => {
			const { status, body, response } = await call(path, init);
			expect(status).toBe(expected);
			expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{24}$/);
			expectSchema('ErrorResponse', body);
			expect(body).toMatchObject({ success: false, status: expected });
		});
	}

	const invalid: [string, string, { method?: string; body?: unknown }][] = [
		[
			'a bad return_presigned_urls',
			`/v1/buckets/${media}/objects/obj_image_gallery?return_presigned_urls=maybe`,
			{}
		],
		[
			'limit over 1000',
			`/v1/collections/${CURRENT_COLLECTIONS.images}/documents/list?limit=1001`,
			{ method: 'POST', body: {} }
		],
		[
			'offset over 10000',
			`/v1/collections/${CURRENT_COLLECTIONS.images}/documents/list?offset=10001`,
			{ method: 'POST', body: {} }
		],
		[
			'a non-boolean return_url',
			`/v1/collections/${CURRENT_COLLECTIONS.images}/documents/list`,
			{ method: 'POST', body: { return_url: 'yes please' } }
		]
	];
	for (const [name, path, init] of invalid) {
		it(`422 FastAPI form for ${name}`, async () => {
			const { status, body } = await call(path, init);
			expect(status).toBe(422);
			expectSchema('HTTPValidationError', body);
		});
	}

	it('422 for a body that is not JSON', async () => {
		const response = await fetch(`${base}/v1/namespaces/list`, {
			method: 'POST',
			headers: { authorization: `Bearer ${DEMO_KEY}`, 'content-type': 'application/json' },
			body: '{"search": '
		});
		expect(response.status).toBe(422);
		expectSchema('HTTPValidationError', await response.json());
	});
});

describe('one generation at a time', () => {
	it('objects only: the 2025 paths are gone', async () => {
		await fetch(`${base}/__standin/config`, {
			method: 'POST',
			body: JSON.stringify({ generation: 'objects' })
		});
		expect((await fetch(`${base}/healthcheck`)).status).toBe(404);
		expect((await call('/v1/assets/ast_image_gallery/features')).status).toBe(404);
		expect((await fetch(`${base}/v1/health`)).status).toBe(200);
	});

	it("assets only: today's paths are gone", async () => {
		await fetch(`${base}/__standin/config`, {
			method: 'POST',
			body: JSON.stringify({ generation: 'assets' })
		});
		expect((await fetch(`${base}/v1/health`)).status).toBe(404);
		expect((await call(`/v1/objects/obj_image_gallery/documents`)).status).toBe(404);
		expect((await fetch(`${base}/healthcheck`)).status).toBe(200);
	});
});
