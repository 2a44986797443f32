/**
 * Recognisers for today's Mixpeek IDs and URLs (`obj_…`, `doc_…`, bucket/object and
 * collection/document API paths, and this app's own object links). The paste parser asks these
 * first; whatever they do not claim is read as a 2025 asset, as before.
 */
import type { ResolvedPathname } from '$app/types';
import { assetIdProblem } from '$lib/ids';
import { appHref, objectHref } from '$lib/links';

export type CurrentTarget =
	| {
			kind: 'object';
			objectId: string;
			/** null when only the object ID was pasted; the server finds its bucket. */
			bucketId: string | null;
			/** A document to open in the viewer (`item=` of our links, or a pasted document URL). */
			itemId: string | null;
	  }
	| { kind: 'document'; documentId: string; collectionId: string | null };

export type CurrentMatch =
	{ ok: true; target: CurrentTarget; namespace: string | null } | { ok: false; reason: string };

/** `obj_123abc`, `doc_frame_050`: the prefix, then letters, digits, `_` or `-` (spec examples). */
const PREFIXED = /^(obj|doc|bkt|col|btch)_[A-Za-z0-9_-]+$/;

export const isObjectId = (id: string) => PREFIXED.test(id) && id.startsWith('obj_');
export const isDocumentId = (id: string) => PREFIXED.test(id) && id.startsWith('doc_');

function problem(id: string, what: string): string | null {
	const found = assetIdProblem(id);
	return found ? found.replace('The asset ID', `The ${what}`) : null;
}

function decode(segment: string | undefined): string | null {
	if (segment === undefined || segment === '') return null;
	try {
		return decodeURIComponent(segment);
	} catch {
		return null;
	}
}

function checked(target: CurrentTarget, namespace: string | null): CurrentMatch {
	const parts: [string | null, string][] =
		target.kind === 'object'
			? [
					[target.objectId, 'object ID'],
					[target.bucketId, 'bucket'],
					[target.itemId, 'document ID']
				]
			: [
					[target.documentId, 'document ID'],
					[target.collectionId, 'collection']
				];
	for (const [value, what] of parts) {
		const reason = value === null ? null : problem(value, what);
		if (reason) return { ok: false, reason };
	}
	return { ok: true, target, namespace };
}

/** A bare ID: only `obj_…` and `doc_…` are today's; anything else is left to the 2025 reader. */
export function currentFromBareId(text: string): CurrentMatch | null {
	if (isObjectId(text))
		return checked({ kind: 'object', objectId: text, bucketId: null, itemId: null }, null);
	if (isDocumentId(text))
		return checked({ kind: 'document', documentId: text, collectionId: null }, null);
	return null;
}

/**
 * API paths (`/v1/buckets/b/objects/o`, `/v1/collections/c/documents/d`, `/v1/objects/o/…`)
 * and this app's `/buckets/b/objects/o?item=…`. null when the path is none of them.
 */
export function currentFromUrl(url: URL): CurrentMatch | null {
	const s = url.pathname.split('/');
	const namespace = url.searchParams.get('namespace')?.trim() || null;
	const broken: CurrentMatch = { ok: false, reason: 'An ID in that link has a broken %-escape.' };
	const item = url.searchParams.get('item');
	for (let i = 0; i < s.length; i++) {
		if (s[i] === 'buckets' && s[i + 2] === 'objects' && s[i + 1] && s[i + 3]) {
			const bucketId = decode(s[i + 1]);
			const objectId = decode(s[i + 3]);
			if (bucketId === null || objectId === null) return broken;
			return checked(
				{ kind: 'object', objectId, bucketId, itemId: item && isDocumentId(item) ? item : null },
				namespace
			);
		}
		if (
			s[i] === 'collections' &&
			s[i + 2] === 'documents' &&
			s[i + 1] &&
			s[i + 3] &&
			s[i + 3] !== 'list'
		) {
			const collectionId = decode(s[i + 1]);
			const documentId = decode(s[i + 3]);
			if (collectionId === null || documentId === null) return broken;
			return checked({ kind: 'document', documentId, collectionId }, namespace);
		}
		if (s[i] === 'objects' && s[i + 1] && (s[i - 1] === 'v1' || i === 1)) {
			const objectId = decode(s[i + 1]);
			if (objectId === null) return broken;
			if (!isObjectId(objectId)) continue;
			return checked({ kind: 'object', objectId, bucketId: null, itemId: null }, namespace);
		}
	}
	return null;
}

/** An `ObjectResponse` or `DocumentResponse` body (or one wrapped in a log line as JSON). */
export function currentFromJson(record: Record<string, unknown>): CurrentMatch | null {
	const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
	const namespace = str('namespace') ?? str('namespace_id');
	const documentId = str('document_id');
	if (documentId && isDocumentId(documentId)) {
		const lineage = (record._internal as { lineage?: Record<string, unknown> } | undefined)
			?.lineage;
		const root = typeof lineage?.root_object_id === 'string' ? lineage.root_object_id : null;
		const bucket = typeof lineage?.root_bucket_id === 'string' ? lineage.root_bucket_id : null;
		// With its lineage a document leads straight to its object page, opened on it.
		if (root && isObjectId(root)) {
			return checked(
				{ kind: 'object', objectId: root, bucketId: bucket, itemId: documentId },
				namespace
			);
		}
		return checked({ kind: 'document', documentId, collectionId: str('collection_id') }, namespace);
	}
	const objectId = str('object_id');
	if (objectId && isObjectId(objectId)) {
		return checked(
			{ kind: 'object', objectId, bucketId: str('bucket_id'), itemId: null },
			namespace
		);
	}
	return null;
}

/** Where a recognised target opens: its object page, or the routes that find its bucket first. */
export function currentTargetHref(
	target: CurrentTarget,
	namespace: string | null
): ResolvedPathname {
	const query = (extra: Record<string, string | null>) => {
		const search = new URLSearchParams();
		for (const [k, v] of Object.entries({ namespace, ...extra })) if (v) search.set(k, v);
		const text = search.toString();
		return text ? `?${text}` : '';
	};
	if (target.kind === 'object') {
		return target.bucketId
			? objectHref(target.bucketId, target.objectId, { namespace, item: target.itemId })
			: appHref(`/objects/${encodeURIComponent(target.objectId)}${query({ item: target.itemId })}`);
	}
	return appHref(
		`/collections/${encodeURIComponent(target.collectionId ?? '')}/documents/${encodeURIComponent(target.documentId)}${query({})}`
	);
}
