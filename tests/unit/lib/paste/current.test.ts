import { describe, expect, it } from 'vitest';
import { currentFromBareId, currentFromJson, currentFromUrl } from '$lib/paste/current';

const url = (text: string) => currentFromUrl(new URL(text, 'http://paste.invalid/'));

describe('bare IDs', () => {
	it('claims obj_ and doc_ and leaves everything else to the 2025 reader', () => {
		expect(currentFromBareId('obj_123abc456def')).toEqual({
			ok: true,
			target: { kind: 'object', objectId: 'obj_123abc456def', bucketId: null, itemId: null },
			namespace: null
		});
		expect(currentFromBareId('doc_frame_050')).toMatchObject({
			ok: true,
			target: { kind: 'document', documentId: 'doc_frame_050', collectionId: null }
		});
		for (const id of [
			'ast_image_gallery',
			'3f2b6c1e-9a4d-4e0b-8c55-0e1f2a3b4c5d',
			'obj_',
			'obj_a/b',
			'object_1'
		]) {
			expect(currentFromBareId(id), id).toBeNull();
		}
	});
});

describe('URLs', () => {
	it('an API object URL carries its bucket', () => {
		expect(
			url(
				'https://api.mixpeek.com/v1/buckets/bkt_6a3a022d/objects/obj_video123?return_presigned_urls=true'
			)
		).toEqual({
			ok: true,
			target: { kind: 'object', objectId: 'obj_video123', bucketId: 'bkt_6a3a022d', itemId: null },
			namespace: null
		});
	});

	it("this app's own object link, with namespace and item", () => {
		expect(
			url(
				'http://inspector.local/buckets/bkt_demo_media/objects/obj_video_tour?namespace=demo_prod&item=doc_abc&t=4'
			)
		).toEqual({
			ok: true,
			target: {
				kind: 'object',
				objectId: 'obj_video_tour',
				bucketId: 'bkt_demo_media',
				itemId: 'doc_abc'
			},
			namespace: 'demo_prod'
		});
	});

	it('a document URL carries its collection', () => {
		expect(
			url(
				'https://api.mixpeek.com/v1/collections/col_articles/documents/doc_f8966ff29c18e20c6b45e053'
			)
		).toMatchObject({
			ok: true,
			target: {
				kind: 'document',
				documentId: 'doc_f8966ff29c18e20c6b45e053',
				collectionId: 'col_articles'
			}
		});
	});

	it('the documents-by-object URL opens the object', () => {
		expect(
			url('https://api.mixpeek.com/v1/objects/obj_123/documents?collection_ids=col_a')
		).toMatchObject({
			ok: true,
			target: { kind: 'object', objectId: 'obj_123', bucketId: null }
		});
	});

	it('decodes one escape level and refuses what cannot be an ID', () => {
		expect(url('/v1/buckets/my%20bucket/objects/obj_1')).toMatchObject({
			ok: true,
			target: { bucketId: 'my bucket' }
		});
		expect(url('/v1/buckets/%E0%A4%A/objects/obj_1')).toEqual({
			ok: false,
			reason: 'An ID in that link has a broken %-escape.'
		});
		expect(url('/v1/buckets/a%2Fb/objects/obj_1')).toEqual({
			ok: false,
			reason: 'The bucket contains a slash.'
		});
		// WHATWG URL parsing resolves an encoded dot segment away: nothing is left to claim.
		expect(url('/v1/buckets/b/objects/%2E%2E')).toBeNull();
	});

	it('leaves 2025 and unrelated paths alone', () => {
		expect(url('https://api.mixpeek.com/v1/assets/ast_1/features')).toBeNull();
		expect(url('https://api.mixpeek.com/v1/collections/col_1/documents/list')).toBeNull();
		expect(url('https://api.mixpeek.com/v1/namespaces')).toBeNull();
	});
});

describe('JSON bodies', () => {
	it('an ObjectResponse', () => {
		expect(
			currentFromJson({ object_id: 'obj_1', bucket_id: 'bkt_1', status: 'COMPLETED' })
		).toMatchObject({
			ok: true,
			target: { kind: 'object', objectId: 'obj_1', bucketId: 'bkt_1' }
		});
	});

	it('a DocumentResponse with lineage opens its object on the document', () => {
		const doc = {
			document_id: 'doc_1',
			collection_id: 'col_1',
			_internal: {
				namespace_id: 'ns_1',
				lineage: { root_object_id: 'obj_9', root_bucket_id: 'bkt_9' }
			}
		};
		expect(currentFromJson(doc)).toEqual({
			ok: true,
			target: { kind: 'object', objectId: 'obj_9', bucketId: 'bkt_9', itemId: 'doc_1' },
			namespace: null
		});
		expect(currentFromJson({ document_id: 'doc_1', collection_id: 'col_1' })).toMatchObject({
			target: { kind: 'document', collectionId: 'col_1' }
		});
	});

	it('ignores 2025 bodies', () => {
		expect(currentFromJson({ asset_id: 'ast_1' })).toBeNull();
	});
});

describe("the paste parser with today's recognisers", async () => {
	const { parseLookup } = await import('$lib/paste/parse');

	it('a bare 2025 asset ID still opens the asset page', () => {
		expect(parseLookup('ast_image_gallery')).toEqual({
			ok: true,
			assetId: 'ast_image_gallery',
			namespace: null
		});
	});

	it('obj_ IDs, object URLs and curl commands open the object', () => {
		expect(parseLookup('obj_video_tour')).toMatchObject({
			ok: true,
			target: { kind: 'object', bucketId: null }
		});
		expect(
			parseLookup(
				`curl -H "X-Namespace: demo_prod" -H "Authorization: Bearer sk_x" 'https://api.mixpeek.com/v1/buckets/bkt_1/objects/obj_1?return_presigned_urls=true'`
			)
		).toMatchObject({
			ok: true,
			namespace: 'demo_prod',
			target: { kind: 'object', bucketId: 'bkt_1', objectId: 'obj_1' }
		});
		expect(
			parseLookup('{"object_id": "obj_9", "bucket_id": "bkt_9", "status": "COMPLETED"}')
		).toMatchObject({
			ok: true,
			target: { kind: 'object', objectId: 'obj_9', bucketId: 'bkt_9' }
		});
	});

	it('a document URL opens its document; a bare doc_ asks for more', () => {
		expect(
			parseLookup('https://api.mixpeek.com/v1/collections/col_1/documents/doc_1')
		).toMatchObject({
			ok: true,
			target: { kind: 'document', collectionId: 'col_1', documentId: 'doc_1' }
		});
		const bare = parseLookup('doc_f8966ff29c18e20c6b45e053');
		expect(bare.ok).toBe(false);
		if (!bare.ok) expect(bare.reason).toMatch(/collection/);
	});
});
