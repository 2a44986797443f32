import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UpstreamCall } from '$lib/server/mixpeek/current-calls';
import { loadObjectPayload, type Execute } from '$lib/server/mixpeek/current-object';
import { DEMO_KEY } from '../../../../../standin/keys';
import { createStandin, type Standin } from '../../../../../standin/server';

let standin: Standin;
let base: string;

beforeAll(async () => {
	standin = createStandin({ processingMs: 0 });
	base = await standin.listen(0);
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

/** The plan against the stand-in, through plain fetch: what the app's client does, minus policy. */
const execute: Execute = async <T>(call: UpstreamCall<T>) => {
	const started = performance.now();
	const response = await fetch(base + call.path, {
		method: call.method,
		headers: {
			authorization: `Bearer ${DEMO_KEY}`,
			'x-namespace': 'demo_prod',
			...(call.body ? { 'content-type': 'application/json' } : {})
		},
		body: call.body ? JSON.stringify(call.body) : undefined
	});
	const meta = {
		status: response.status,
		latencyMs: Math.round(performance.now() - started),
		requestId: response.headers.get('x-request-id') ?? '',
		fetchedAt: Date.now(),
		namespace: 'demo_prod'
	};
	const json: unknown = await response.json();
	if (!response.ok) {
		return {
			ok: false,
			error: { kind: 'upstream_error', status: response.status, message: 'failed' },
			meta
		};
	}
	const parsed = call.parse(json);
	if (!parsed.success) {
		return { ok: false, error: { kind: 'invalid_response', status: 200, message: 'shape' }, meta };
	}
	return { ok: true, data: parsed.output, meta };
};

describe('the object page fetch plan', () => {
	it('a video object: object, documents from two collections, names, previews', async () => {
		const result = await loadObjectPayload('bkt_demo_media', 'obj_video_tour', execute);
		if (!result.ok) throw new Error('expected the object');
		const { payload } = result;
		expect(payload.object.object_id).toBe('obj_video_tour');
		expect(payload.bucketName).toBe('demo-media');
		expect(payload.documents).toHaveLength(6);
		expect(payload.collections).toEqual([
			{
				id: 'col_demo_video_segments',
				name: 'video-segments',
				extractor: 'multimodal_extractor',
				total: 3
			},
			{
				id: 'col_demo_transcripts',
				name: 'segment-transcripts',
				extractor: 'text_extractor',
				total: 3
			}
		]);
		expect(payload.unlisted).toBe(0);
		const segment = payload.documents[0];
		expect(segment.document_blobs?.[0].presigned_url).toMatch(
			/^http:\/\/127\.0\.0\.1:\d+\/objects\//
		);
		expect(payload.calls.map((c) => `${c.method} ${c.path.split('?')[0]}`).sort()).toEqual([
			'GET /v1/buckets/bkt_demo_media',
			'GET /v1/buckets/bkt_demo_media/objects/obj_video_tour',
			'GET /v1/collections/col_demo_transcripts',
			'GET /v1/collections/col_demo_video_segments',
			'GET /v1/objects/obj_video_tour/documents',
			'POST /v1/collections/col_demo_transcripts/documents/list',
			'POST /v1/collections/col_demo_video_segments/documents/list'
		]);
	});

	it('pages a 450-document gallery by cursor, and stops at the page budget', async () => {
		const all = await loadObjectPayload('bkt_demo_media', 'obj_big_gallery', execute);
		if (!all.ok) throw new Error('expected the object');
		const lists = all.payload.calls.filter((c) => c.method === 'POST');
		expect(lists).toHaveLength(3);
		expect(lists[1].body?.cursor).toBeTruthy();
		expect(all.payload.unlisted).toBe(0);

		const capped = await loadObjectPayload('bkt_demo_media', 'obj_big_gallery', execute, 2);
		if (!capped.ok) throw new Error('expected the object');
		expect(capped.payload.documents).toHaveLength(450);
		expect(capped.payload.unlisted).toBe(50);
	});

	it('a missing object fails the load; a failed list leaves the object', async () => {
		const missing = await loadObjectPayload('bkt_demo_media', 'obj_nope', execute);
		expect(missing.ok).toBe(false);

		await fetch(`${base}/__standin/faults`, {
			method: 'POST',
			body: JSON.stringify({
				fault: '500',
				path: 'features',
				assetId: 'obj_image_gallery',
				count: 5
			})
		});
		const partial = await loadObjectPayload('bkt_demo_media', 'obj_image_gallery', execute);
		if (!partial.ok) throw new Error('expected the object');
		expect(partial.payload.documents).toEqual([]);
		expect(partial.payload.documentsError?.status).toBe(500);
	});
});
