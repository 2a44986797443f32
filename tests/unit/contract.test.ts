import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_LIST } from '../../standin/catalog';
import { DEMO_KEY, NO_READ_KEY } from '../../standin/keys';
import { createStandin, type Standin } from '../../standin/server';

const spec = JSON.parse(
	readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8')
) as { components: Record<string, unknown> };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// Mixpeek emits naive asset timestamps (`2025-01-20T17:41:03.512000`), which strict RFC 3339
// rejects; the contract says to read them as UTC, so accept an optional zone as ISO 8601 does.
ajv.addFormat('date-time', fullFormats['iso-date-time']);
ajv.addSchema({ $id: 'mixpeek', components: spec.components });

function check(schema: string, body: unknown): string[] {
	const validate = ajv.getSchema(`mixpeek#/components/schemas/${schema}`);
	if (!validate) throw new Error(`No schema ${schema} in the spec`);
	return validate(body)
		? []
		: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

function expectSchema(schema: string, body: unknown): void {
	expect(check(schema, body), `body should match ${schema}`).toEqual([]);
}

const ASSET_KEYS = [
	'asset_id',
	'collection_id',
	'status',
	'file_data',
	'metadata',
	'error',
	'modality',
	'task_id',
	'file_hash',
	'updated_at',
	'created_at',
	'score',
	'url',
	'preview_url',
	'duplicate_of'
];

let standin: Standin;
let base: string;

beforeAll(async () => {
	standin = createStandin();
	base = await standin.listen(0);
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
	const response = await fetch(base + path, {
		method,
		headers: { authorization: `Bearer ${DEMO_KEY}`, ...headers }
	});
	const text = await response.text();
	return { response, status: response.status, body: JSON.parse(text) as unknown };
}

describe('the validator itself', () => {
	it('rejects a body that breaks the spec', async () => {
		const { status, body } = await get('/v1/assets/fault_schema_invalid/features');
		expect(status).toBe(200);
		expect(check('GroupedAssetData', body).length).toBeGreaterThan(0);
		expect(check('ErrorResponse', { success: false, status: '404' }).length).toBeGreaterThan(0);
		expect(check('TaskResponse', { task_id: 'x', status: 'done' }).length).toBeGreaterThan(0);
	});
});

describe('200 bodies match the spec', () => {
	const assets = SAMPLE_LIST.filter((s) => s.kind !== 'fault');

	for (const sample of assets) {
		for (const returnUrl of [true, false]) {
			it(`${sample.namespace}/${sample.id} features, return_url=${returnUrl}`, async () => {
				const { status, body } = await get(
					`/v1/assets/${sample.id}/features?return_url=${returnUrl}`,
					{ 'x-namespace': sample.namespace }
				);
				expect(status).toBe(200);
				expectSchema('GroupedAssetData', body);
				const { asset, features } = body as {
					asset: Record<string, unknown>;
					features: Record<string, unknown>;
				};
				expect(Object.keys(asset).sort()).toEqual([...ASSET_KEYS].sort());
				expect(asset.asset_id).toBe(sample.id);
				expect(asset.status).toBe(String(asset.status).toUpperCase());
				for (const key of ['video', 'image', 'text', 'audio']) expect(features).toHaveProperty(key);
				if (!returnUrl) {
					const urls = JSON.stringify(body).match(/"(url|preview_url)":"/g);
					expect(urls).toBeNull();
				}
			});
		}

		it(`${sample.namespace}/${sample.id} bare asset`, async () => {
			const { status, body } = await get(`/v1/assets/${sample.id}`, {
				'x-namespace': sample.namespace
			});
			expect(status).toBe(200);
			expectSchema('AssetResponse', body);
			expect(Object.keys(body as object).sort()).toEqual([...ASSET_KEYS].sort());
		});
	}

	it('namespaces list', async () => {
		const { status, body } = await get('/v1/namespaces');
		expect(status).toBe(200);
		expect(Array.isArray(body)).toBe(true);
		for (const ns of body as unknown[]) expectSchema('NamespaceResponse', ns);
	});

	it('tasks', async () => {
		for (const id of ['tsk_image_gallery', 'tsk_failed', 'tsk_processing', 'tsk_duplicate']) {
			const { status, body } = await get(`/v1/tasks/${id}`);
			expect(status).toBe(200);
			expectSchema('TaskResponse', body);
		}
	});

	it('healthcheck', async () => {
		const response = await fetch(`${base}/healthcheck`);
		expect(response.status).toBe(200);
		expectSchema('HealthCheckResponse', await response.json());
	});
});

describe('error bodies match the spec', () => {
	const cases: [string, string, Record<string, string>, number, string?][] = [
		['401 without a key', '/v1/assets/ast_image_gallery/features', { authorization: '' }, 401],
		['401 bad key', '/v1/namespaces', { authorization: 'Bearer sk_nope' }, 401],
		[
			'403 without read',
			'/v1/assets/ast_image_gallery/features',
			{ authorization: `Bearer ${NO_READ_KEY}` },
			403
		],
		['404 asset', '/v1/assets/ast_nope/features', {}, 404],
		['404 namespace', '/v1/assets/ast_image_gallery/features', { 'x-namespace': 'nope' }, 404],
		['404 task', '/v1/tasks/tsk_nope', {}, 404],
		['404 route', '/v1/nothing/here', {}, 404],
		['405 method', '/v1/assets/ast_image_gallery', {}, 405, 'DELETE'],
		['500 fault', '/v1/assets/fault_500/features', {}, 500],
		['422 envelope form', '/v1/assets/fault_422/features', {}, 422]
	];

	for (const [name, path, headers, expected, method] of cases) {
		it(name, async () => {
			const { status, body, response } = await get(path, headers, method);
			expect(status).toBe(expected);
			expect(response.headers.get('content-type')).toBe('application/json');
			expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{24}$/);
			expectSchema('ErrorResponse', body);
			expect(body).toMatchObject({ success: false, status: expected });
		});
	}

	it('422 FastAPI form for a bad return_url', async () => {
		const { status, body } = await get('/v1/assets/ast_image_gallery/features?return_url=maybe');
		expect(status).toBe(422);
		expectSchema('HTTPValidationError', body);
		expect(body).toEqual({
			detail: [
				{
					type: 'bool_parsing',
					loc: ['query', 'return_url'],
					msg: 'Input should be a valid boolean, unable to interpret input',
					input: 'maybe'
				}
			]
		});
	});

	it('422 envelope carries validation_errors', async () => {
		const { body } = await get('/v1/assets/fault_422/features');
		const details = (body as { error: { details: { validation_errors: unknown[] } } }).error
			.details;
		expect(details.validation_errors.length).toBeGreaterThan(0);
	});

	it('429 uses the documented flat shape (not in the spec)', async () => {
		const { status, body, response } = await get('/v1/assets/fault_429/features');
		expect(status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('7');
		expect(body).toEqual({
			error: 'TooManyRequests',
			message: 'Rate limit exceeded',
			details: { limit: 10, window: '1m' }
		});
	});
});
