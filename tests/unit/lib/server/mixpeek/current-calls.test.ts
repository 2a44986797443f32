import { describe, expect, it } from 'vitest';
import {
	bucketFromDocuments,
	blobProperties,
	documentsOfObjectBody,
	readPagination
} from '$lib/mixpeek/current-guesses';
import {
	documentCall,
	documentsPageCall,
	namespacesCall,
	objectCall,
	objectDocumentsCall
} from '$lib/server/mixpeek/current-calls';
import { parseObjectDocuments } from '$lib/server/mixpeek/current-schema';

describe("calls to today's API", () => {
	it('encodes each ID as exactly one path segment', () => {
		expect(objectCall('bkt/../x', 'obj_1?a=b#c').path).toBe(
			'/v1/buckets/bkt%2F..%2Fx/objects/obj_1%3Fa%3Db%23c?return_presigned_urls=true'
		);
		// `..` has nothing to encode; the upstream sees one segment named `..` (URL() would not).
		expect(objectDocumentsCall('a/b', ['col a', 'col&b']).path).toBe(
			'/v1/objects/a%2Fb/documents?collection_ids=col%20a&collection_ids=col%26b'
		);
		expect(documentCall('col_1', '%2e%2e').path).toBe(
			'/v1/collections/col_1/documents/%252e%252e?return_presigned_urls=true'
		);
	});

	it('builds the documents list body itself, with the object filter and presigned URLs', () => {
		const call = documentsPageCall({
			collectionId: 'col_1',
			objectId: 'obj_"}; DROP',
			modality: 'video',
			cursor: 'eyJvIjoyMDB9'
		});
		expect(call.method).toBe('POST');
		expect(call.path).toBe('/v1/collections/col_1/documents/list?limit=200&include_total=true');
		expect(call.body).toEqual({
			filters: {
				AND: [
					{ field: '_internal.lineage.root_object_id', operator: 'eq', value: 'obj_"}; DROP' },
					{ field: '_internal.modality', operator: 'eq', value: 'video' }
				]
			},
			sort: { field: 'start_time', direction: 'asc' },
			return_url: true,
			return_vectors: false,
			cursor: 'eyJvIjoyMDB9'
		});
		expect(
			documentsPageCall({
				collectionId: 'c',
				objectId: 'o',
				modality: null,
				cursor: null,
				limit: 5000
			}).path
		).toContain('limit=1000');
	});

	it('refuses a cursor that could not have come from upstream', () => {
		for (const cursor of ['a b', 'x'.repeat(3000), 'line\nbreak', '']) {
			expect(() =>
				documentsPageCall({ collectionId: 'c', objectId: 'o', modality: null, cursor })
			).toThrow();
		}
	});

	it('lists namespaces with a POST whose body is empty', () => {
		expect(namespacesCall()).toMatchObject({
			method: 'POST',
			path: '/v1/namespaces/list?limit=100',
			body: {},
			sendNamespace: false
		});
	});
});

describe('the guesses about untyped answers', () => {
	const doc = (id: string) => ({ document_id: id, collection_id: 'col_1' });

	it('finds the documents wherever the untyped body keeps them', () => {
		expect(documentsOfObjectBody({ documents: [doc('doc_a')] })).toEqual([doc('doc_a')]);
		expect(documentsOfObjectBody({ results: [doc('doc_a')], total: 1 })).toEqual([doc('doc_a')]);
		expect(documentsOfObjectBody([doc('doc_a')])).toEqual([doc('doc_a')]);
		expect(documentsOfObjectBody({ object_id: 'obj_1', items: [doc('doc_b')] })).toEqual([
			doc('doc_b')
		]);
		expect(
			documentsOfObjectBody({ col_1: [doc('doc_a')], col_2: { documents: [doc('doc_b')] } })
		).toEqual([doc('doc_a'), doc('doc_b')]);
		expect(documentsOfObjectBody({ object_id: 'obj_1', total: 0 })).toEqual([]);
		expect(documentsOfObjectBody({ documents: [] })).toEqual([]);
		expect(documentsOfObjectBody('nope')).toBeNull();
		expect(documentsOfObjectBody([1, 2])).toBeNull();
	});

	it('a document that breaks the schema fails the whole answer', () => {
		expect(parseObjectDocuments({ documents: [doc('doc_a')] }).success).toBe(true);
		expect(
			parseObjectDocuments({ documents: [{ document_id: 'doc_a', collection_id: 7 }] }).success
		).toBe(false);
	});

	it('reads both pagination forms', () => {
		expect(readPagination({ pagination: { total: 450, next_cursor: 'abc' } })).toEqual({
			total: 450,
			nextCursor: 'abc',
			hasMore: true
		});
		expect(
			readPagination({ pagination: { has_more: false, limit: 10, offset: 0, total_count: 1 } })
		).toEqual({ total: 1, nextCursor: null, hasMore: false });
		expect(readPagination({ pagination: {}, total_count: 3 })).toEqual({
			total: 3,
			nextCursor: null,
			hasMore: null
		});
		expect(readPagination({})).toEqual({ total: null, nextCursor: null, hasMore: null });
	});

	it('reads old and new blob forms, newest winning', () => {
		expect(
			blobProperties({ data: { a: 1, b: 1 }, metadata: { c: 1 }, properties: { b: 2 } })
		).toEqual({ a: 1, b: 2, c: 1 });
	});

	it("finds the bucket of a pasted object in its documents' lineage", () => {
		expect(
			bucketFromDocuments([
				{ document_id: 'd', _internal: { lineage: { root_bucket_id: 'bkt_1' } } }
			])
		).toBe('bkt_1');
		expect(bucketFromDocuments([{ document_id: 'd' }])).toBeNull();
	});
});
