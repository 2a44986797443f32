import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEY, NO_READ_KEY } from '../../standin/keys';
import { createStandin, type Standin } from '../../standin/server';

const spec = JSON.parse(
	readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8')
) as { components: Record<string, unknown> };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// Naive asset timestamps are read as UTC (see the contract), so allow an optional zone.
ajv.addFormat('date-time', fullFormats['iso-date-time']);
ajv.addSchema({ $id: 'mixpeek', components: spec.components });

function check(schema: string, body: unknown): string[] {
	const validate = ajv.getSchema(`mixpeek#/components/schemas/${schema}`)!;
	return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const expectSchema = (schema: string, body: unknown) =>
	expect(check(schema, body), `body should match ${schema}`).toEqual([]);

let standin: Standin;
let base: string;
let clock = 1_700_000_000_000;

beforeAll(async () => {
	standin = createStandin({ now: () => clock, processingMs: 10_000 });
	base = await standin.listen(0);
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

interface Call {
	method?: string;
	body?: unknown;
	headers?: Record<string, string>;
}

async function call(path: string, { method = 'GET', body, headers = {} }: Call = {}) {
	const response = await fetch(base + path, {
		method,
		headers: {
			authorization: `Bearer ${DEMO_KEY}`,
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
			...headers
		},
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
	});
	// Bodies were just checked against the spec's schemas; the tests then read them loosely.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return { status: response.status, response, body: (await response.json()) as any };
}

const list = (body: unknown, query = '', headers: Record<string, string> = {}) =>
	call(`/v1/assets${query}`, { method: 'POST', body, headers });

describe('GET /v1/tasks/{task_id}', () => {
	it('tells the processing sample’s story stage by stage until DONE', async () => {
		const start = clock;
		await call('/v1/assets/ast_processing/features');
		const seen: string[] = [];
		for (const offset of [0, 1_000, 3_000, 6_000, 9_000, 10_000]) {
			clock = start + offset;
			const { status, body } = await call('/v1/tasks/tsk_processing');
			expect(status).toBe(200);
			expectSchema('TaskResponse', body);
			seen.push(body.status);
		}
		expect(seen).toEqual([
			'QUEUED',
			'DOWNLOADING',
			'PROCESSING',
			'PROCESSING',
			'UPLOADING',
			'DONE'
		]);
		const { body } = await call('/v1/tasks/tsk_processing');
		const stages = body.outputs.filter((o: { stage?: string }) => o.stage);
		expect(stages.map((s: { stage: string }) => s.stage)).toEqual([
			'download',
			'extract',
			'upload'
		]);
		expect(body.outputs.at(-1)).toMatchObject({ asset_id: 'ast_processing', status: 'DONE' });
	});

	it('carries the failed asset’s error in the failing stage', async () => {
		const { body } = await call('/v1/tasks/tsk_failed');
		expectSchema('TaskResponse', body);
		expect(body.status).toBe('FAILED');
		const failedStage = body.outputs.find((o: { status: string }) => o.status === 'FAILED');
		expect(failedStage).toMatchObject({ stage: 'download', error: { code: 'DECODE_ERROR' } });
	});

	it('404s in the envelope, also as an injected fault', async () => {
		const gone = await call('/v1/tasks/tsk_never_was');
		expect(gone.status).toBe(404);
		expectSchema('ErrorResponse', gone.body);
		await fetch(`${base}/__standin/faults`, {
			method: 'POST',
			body: JSON.stringify({ path: 'task', fault: '404' })
		});
		const injected = await call('/v1/tasks/tsk_image_gallery');
		expect(injected.status).toBe(404);
		expectSchema('ErrorResponse', injected.body);
		expect(injected.body.error.details.resource).toBe('task');
	});
});

describe('GET /v1/features/{feature_id}', () => {
	it('answers every gallery feature, with vectors only when asked', async () => {
		for (const id of ['ftr_image_gallery_0001', 'ftr_video_tour_0001', 'ftr_text_notes_0002']) {
			const plain = await call(`/v1/features/${id}`);
			expect(plain.status).toBe(200);
			expectSchema('FeatureResponse', plain.body);
			expect(plain.body.feature_id).toBe(id);
			expect(plain.body).not.toHaveProperty('vectors');
			const full = await call(`/v1/features/${id}?return_vectors=true`);
			expectSchema('FeatureResponse', full.body);
			expect(Object.keys(full.body.vectors).length).toBeGreaterThan(0);
		}
	});

	it('has the broken embeddings of ast_vector_health', async () => {
		const vectors = async (n: number) =>
			(await call(`/v1/features/ftr_vector_health_000${n}?return_vectors=1`)).body.vectors;
		expect((await vectors(1)).image_vector).toHaveLength(512);
		const nan = (await vectors(2)).image_vector as unknown[];
		expect(nan.filter((v) => v === null)).toHaveLength(3);
		expect(nan).toContain('Infinity');
		expect(((await vectors(3)).image_vector as number[]).every((v) => v === 0)).toBe(true);
		expect((await vectors(4)).image_vector).toHaveLength(384);
	});

	it('404 and 422 bodies follow the spec', async () => {
		const missing = await call('/v1/features/ftr_nope_0001');
		expect(missing.status).toBe(404);
		expectSchema('ErrorResponse', missing.body);
		const bad = await call('/v1/features/ftr_image_gallery_0001?return_vectors=maybe');
		expect(bad.status).toBe(422);
		expectSchema('HTTPValidationError', bad.body);
	});
});

describe('GET /v1/collections', () => {
	it('lists the namespace’s collections with counts, paged', async () => {
		const { status, body } = await call('/v1/collections?page_size=100');
		expect(status).toBe(200);
		expectSchema('ListCollectionsResponse', body);
		const ids = body.results.map((c: { collection_id: string }) => c.collection_id);
		expect(ids).toContain('col_nightly_ingest');
		expect(ids).not.toContain('col_staging_docs');
		const nightly = body.results.find(
			(c: { collection_id: string }) => c.collection_id === 'col_nightly_ingest'
		);
		expect(nightly.count).toBe(360);
		const staging = await call('/v1/collections', { headers: { 'x-namespace': 'demo_staging' } });
		expectSchema('ListCollectionsResponse', staging.body);
		expect(staging.body.results.map((c: { collection_id: string }) => c.collection_id)).toEqual([
			'col_staging_docs'
		]);
		const paged = await call('/v1/collections?page=2&page_size=3');
		expectSchema('ListCollectionsResponse', paged.body);
		expect(paged.body.pagination).toMatchObject({ page: 2, page_size: 3, total_pages: 3 });
	});
});

describe('POST /v1/assets', () => {
	const failedFirst = {
		collections: ['col_nightly_ingest'],
		filters: { AND: [{ key: 'status', operator: 'eq', value: 'FAILED' }] },
		sort: { field: 'updated_at', direction: 'desc' }
	};

	it('filters, sorts and pages as documented', async () => {
		const first = await list(failedFirst, '?page=1&page_size=25');
		expect(first.status).toBe(200);
		expectSchema('ListAssetsResponse', first.body);
		expect(first.body.pagination).toMatchObject({
			total: 40,
			page: 1,
			page_size: 25,
			total_pages: 2,
			previous_page: null
		});
		expect(first.body.pagination.next_page).toContain('page=2');
		for (const a of first.body.results) {
			expectSchema('AssetResponse', a);
			expect(a.status).toBe('FAILED');
			expect(a.error).toHaveProperty('code');
		}
		const times = first.body.results.map((a: { updated_at: string }) => a.updated_at);
		expect([...times].sort().reverse()).toEqual(times);
		const second = await list(failedFirst, '?page=2&page_size=25');
		expect(second.body.results).toHaveLength(15);
		expect(second.body.pagination.next_page).toBeNull();
		const beyond = await list(failedFirst, '?page=9&page_size=25');
		expect(beyond.body.results).toEqual([]);
	});

	it('holds thousands, mixed states, by id or name, case-insensitive by default', async () => {
		const all = await list({ collections: ['backfill-2024'] }, '?page_size=100');
		expect(all.body.pagination.total).toBe(2600);
		expect(all.body.pagination.total_pages).toBe(26);
		const states = new Set(all.body.results.map((a: { status: string }) => a.status));
		expect(states.size).toBeGreaterThan(2);
		const lower = await list({
			collections: ['col_backfill_2024'],
			filters: { AND: [{ key: 'status', value: 'failed' }] }
		});
		expect(lower.body.pagination.total).toBe(Math.floor(2600 / 23));
		const strict = await list({
			collections: ['col_backfill_2024'],
			filters: { case_sensitive: true, AND: [{ key: 'status', value: 'failed' }] }
		});
		expect(strict.body.pagination.total).toBe(0);
		const either = await list({
			collections: ['col_demo_videos'],
			filters: { OR: [{ key: 'status', operator: 'in', value: ['FAILED', 'PROCESSING'] }] }
		});
		expect(either.body.results.map((a: { asset_id: string }) => a.asset_id)).toEqual([
			'ast_failed'
		]);
	});

	it('returns URLs only when asked, and only selected fields', async () => {
		const without = await list({ collections: ['col_demo_images'] });
		expect(JSON.stringify(without.body)).not.toMatch(/"url":"/);
		const withUrls = await list({ collections: ['col_demo_images'], return_url: true });
		expect(JSON.stringify(withUrls.body)).toMatch(/"url":"http/);
		const picked = await list({
			collections: ['col_demo_images'],
			select: ['asset_id', 'file_data.file_type']
		});
		expectSchema('ListAssetsResponse', picked.body);
		expect(Object.keys(picked.body.results[0]).sort()).toEqual(['asset_id', 'file_data']);
	});

	it('members open in the inspector (features and task)', async () => {
		const { body } = await list(failedFirst, '?page_size=1');
		const id = body.results[0].asset_id;
		const features = await call(`/v1/assets/${id}/features`);
		expect(features.status).toBe(200);
		expectSchema('GroupedAssetData', features.body);
		const task = await call(`/v1/tasks/${features.body.asset.task_id}`);
		expectSchema('TaskResponse', task.body);
		expect(task.body.status).toBe('FAILED');
	});

	const errors: [string, () => Promise<{ status: number; body: unknown }>, number, string][] = [
		['unknown collection', () => list({ collections: ['col_nope'] }), 404, 'ErrorResponse'],
		['no collections', () => list({}), 422, 'HTTPValidationError'],
		['collections not a list', () => list({ collections: 'x' }), 422, 'HTTPValidationError'],
		['bad JSON', () => list('{"collections":'), 422, 'HTTPValidationError'],
		[
			'bad operator',
			() =>
				list({
					collections: ['col_demo_images'],
					filters: { AND: [{ key: 'status', operator: 'like' }] }
				}),
			422,
			'HTTPValidationError'
		],
		[
			'bad direction',
			() => list({ collections: ['col_demo_images'], sort: { field: 'x', direction: 'up' } }),
			422,
			'HTTPValidationError'
		],
		[
			'page 0',
			() => list({ collections: ['col_demo_images'] }, '?page=0'),
			422,
			'HTTPValidationError'
		],
		[
			'page_size too big',
			() => list({ collections: ['col_demo_images'] }, '?page_size=1000'),
			422,
			'HTTPValidationError'
		],
		[
			'page not a number',
			() => list({ collections: ['col_demo_images'] }, '?page=two'),
			422,
			'HTTPValidationError'
		],
		['GET is not allowed', () => call('/v1/assets'), 405, 'ErrorResponse'],
		[
			'no key',
			() => list({ collections: ['col_demo_images'] }, '', { authorization: '' }),
			401,
			'ErrorResponse'
		],
		[
			'no read permission',
			() =>
				list({ collections: ['col_demo_images'] }, '', { authorization: `Bearer ${NO_READ_KEY}` }),
			403,
			'ErrorResponse'
		]
	];
	for (const [name, run, expected, schema] of errors) {
		it(`${expected}: ${name}`, async () => {
			const { status, body } = await run();
			expect(status).toBe(expected);
			expectSchema(schema, body);
		});
	}

	it('faults apply to the new paths', async () => {
		for (const [path, fault, expected] of [
			['assets_list', '500', 500],
			['collections', '401', 401],
			['feature', '404', 404]
		] as const) {
			await fetch(`${base}/__standin/faults`, {
				method: 'POST',
				body: JSON.stringify({ path, fault })
			});
			const answer =
				path === 'assets_list'
					? await list({ collections: ['col_demo_images'] })
					: await call(
							path === 'collections' ? '/v1/collections' : '/v1/features/ftr_image_gallery_0001'
						);
			expect(answer.status).toBe(expected);
			expectSchema('ErrorResponse', answer.body);
		}
	});
});
