/**
 * The mapper for today's API: a bucket object (`ObjectResponse`) and the documents its
 * collections derived from it (`DocumentResponse`), into the same model the asset page renders.
 * The only module besides the validators that knows those fields; the guesses it relies on are
 * in `$lib/mixpeek/current-guesses`.
 */
import { FILE_BLOB_TYPES, blobProperties } from '$lib/mixpeek/current-guesses';
import type { ObjectPayload } from '$lib/mixpeek/current-types';
import { safeHttpUrl } from '$lib/url-safety';
import { classifyStatus } from '../status';
import { registerObjectMapper } from './index';
import { entries, errorMessage, num, str, text } from './fields';
import {
	MODALITIES,
	isModality,
	type AssetModel,
	type AssetSummary,
	type FeatureItem,
	type ItemsByModality,
	type MediaUrls,
	type Modality
} from './model';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** A file of an object or a document: every field the files panel and the viewer show. */
export interface MediaFile {
	role: string | null;
	/** The blob's property (object) or field (document): `hero_image`, `video_segment`, … */
	label: string | null;
	/** `image`, `video`, … as sent. */
	type: string | null;
	/** The presigned URL, only when it is absolute http(s). */
	url: string | null;
	/** A presigned URL that is not http(s) (`javascript:` …): shown as text, never linked. */
	unsafeUrl: string | null;
	/** The permanent address (`s3://…`): text only. */
	storageUrl: string | null;
	mime: string | null;
	filename: string | null;
	sizeBytes: number | null;
	hash: string | null;
}

export interface DocumentItem extends FeatureItem {
	readonly collectionId: string | null;
	/** Tier 2+: the document of another collection this one came from. */
	readonly parentId: string | null;
	readonly createdAt: string | null;
	readonly ocr: string | null;
	/** `document_blobs`, for the viewer's file list. */
	readonly blobs: MediaFile[];
	/** The permanent thumbnail address when no presigned one came (root `thumbnail_url`). */
	readonly storageThumbnail: string | null;
}

export interface CollectionChip {
	id: string;
	name: string | null;
	extractor: string | null;
	/** Documents of this object in this collection and tab. */
	count: number;
}

/** What only an object has: its bucket, files, lineage and collections. */
export interface ObjectExtras {
	bucketId: string;
	bucketName: string | null;
	keyPrefix: string | null;
	files: MediaFile[];
	lineage: { kind: string; id: string }[];
	/** Per tab, the collections whose documents it shows (a picker when more than one). */
	collections: Record<Modality, CollectionChip[]>;
	/** Documents the page budget left without presigned URLs. */
	unlisted: number;
	/** Set when listing documents failed: the page shows the object and says why. */
	documentsError: { kind: string; message: string } | null;
}

export interface ObjectModel extends AssetModel {
	items: Record<Modality, DocumentItem[]>;
	object: ObjectExtras;
}

function fileOf(
	blob: Json,
	role: string | null,
	label: unknown,
	presigned: unknown,
	storage: unknown,
	details: Json
): MediaFile {
	const signed = str(presigned);
	const url = safeHttpUrl(signed);
	return {
		role,
		label: str(label),
		type: str(blob.type),
		url,
		unsafeUrl: signed && !url ? signed : null,
		storageUrl: str(storage),
		mime: str(details.mime_type) ?? str(details.content_type),
		filename: str(details.filename),
		sizeBytes: num(details.size_bytes),
		hash: str(details.hash) ?? str(details.checksum)
	};
}

/** An object blob: `properties.presigned_url` and `properties.url`, file facts in `details`. */
export function objectFile(blob: Json): MediaFile {
	const props = blobProperties(blob);
	const details = isRecord(blob.details) ? blob.details : {};
	return fileOf(blob, 'original', blob.property, props.presigned_url, props.url, details);
}

/** A document blob (`BlobURLRef`): everything sits at its top level. */
export function documentFile(blob: Json): MediaFile {
	return fileOf(blob, str(blob.role), blob.field, blob.presigned_url, blob.url, blob);
}

const isFileBlob = (blob: Json) => FILE_BLOB_TYPES.has(String(blob.type ?? '').toLowerCase());

const PLAYABLE = new Set(['video', 'audio', 'image']);

function urlsOf(blobs: MediaFile[], fallback: MediaFile | null): MediaUrls {
	const thumb = blobs.find((b) => b.role === 'thumbnail');
	const playable =
		blobs.find(
			(b) => (b.role === 'processed' || b.role === 'source') && PLAYABLE.has(String(b.type))
		) ?? null;
	const unsafe = blobs.map((b) => b.unsafeUrl).filter((u): u is string => !!u);
	return {
		// Without a document blob of its own, a segment plays from the object's original file.
		original: playable?.url ?? fallback?.url ?? null,
		preview: thumb?.url ?? (playable?.type === 'image' ? playable.url : null),
		unsafe
	};
}

/** Every root key is in the detail list, `document_blobs` and `_internal` included (the viewer's fields). */
const ITEM_DECLARED = new Set<string>();

function modalityOf(doc: Json): string {
	const internal = isRecord(doc._internal) ? doc._internal : {};
	return (str(internal.modality) ?? 'other').trim().toLowerCase() || 'other';
}

function itemOf(
	doc: Json,
	id: string,
	modality: Modality,
	index: number,
	files: MediaFile[]
): DocumentItem {
	const internal = isRecord(doc._internal) ? doc._internal : {};
	const lineage = isRecord(internal.lineage) ? internal.lineage : {};
	const meta = isRecord(doc.metadata) ? doc.metadata : {};
	const blobs = records(doc.document_blobs).map(documentFile);
	const original = files.find((f) => f.type === modality && f.url) ?? null;
	let urls: MediaUrls | undefined;
	let details: [string, unknown][] | undefined;
	const start = num(doc.start_time) ?? num(doc.timestamp);
	return {
		id,
		featureId: str(doc.document_id),
		modality,
		index,
		position: index + 1,
		start,
		end: num(doc.end_time),
		timestamp: num(doc.timestamp),
		texts: {
			text: text(doc.text) ?? text(meta.chunk_text),
			description: text(doc.description),
			transcription: text(doc.transcription)
		},
		get urls() {
			return (urls ??= urlsOf(blobs, original));
		},
		duplicateOf: null,
		get details() {
			return (details ??= Object.entries(doc).filter(([key]) => !ITEM_DECLARED.has(key)));
		},
		raw: doc,
		collectionId: str(doc.collection_id),
		parentId: lineage.source_type === 'collection' ? str(lineage.source_document_id) : null,
		createdAt: str(internal.created_at),
		ocr: text(doc.ocr_text),
		blobs,
		storageThumbnail: text(doc.thumbnail_url)
	};
}

function mostCommon(values: string[]): string | null {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best: string | null = null;
	for (const [v, c] of counts) if (best === null || c > counts.get(best)!) best = v;
	return best;
}

function summaryOf(
	fallbackId: string,
	payload: ObjectPayload,
	files: MediaFile[],
	fileBlobs: Json[]
): AssetSummary {
	const object = payload.object as Json;
	const first = fileBlobs[0];
	const firstFile = files[0] ?? null;
	const details = first && isRecord(first.details) ? first.details : {};
	const props = first ? blobProperties(first) : {};
	const valueBlobs = records(object.blobs).filter((b) => !isFileBlob(b));
	const metadata: [string, unknown][] = [
		...entries(object.metadata),
		...(object.key_prefix != null ? [['key_prefix', object.key_prefix] as [string, unknown]] : []),
		...valueBlobs.map((b) => {
			const p = blobProperties(b);
			// Prefixed: a blob property may share its name with a metadata key.
			return [`blobs.${str(b.property) ?? '?'}`, 'value' in p ? p.value : p] as [string, unknown];
		})
	];
	const docModalities = payload.documents.map((d) => modalityOf(d as Json));
	const error = object.error;
	const thumbnail = files.find(
		(f) => f !== firstFile && f.type === 'image' && /thumb/i.test(f.label ?? '')
	);
	return {
		id: text(object.object_id) ?? fallbackId,
		status: str(object.status),
		statusInfo: classifyStatus(object.status),
		modality: (firstFile ? str(first.type)?.toLowerCase() : null) ?? mostCommon(docModalities),
		file: {
			type: firstFile?.mime ?? null,
			sizeBytes: details.size_bytes,
			other: Object.entries(props).filter(([k]) => k !== 'url' && k !== 'presigned_url')
		},
		// The spec types a blob's properties as a bare object: a declared length is a guess.
		duration: num(props.duration) ?? num(details.duration),
		metadata,
		createdAt: str(object.created_at),
		updatedAt: str(object.updated_at),
		taskId: null,
		collectionId: null,
		fileHash: firstFile?.hash ?? null,
		duplicateOf: null,
		score: null,
		urls: {
			original: firstFile?.url ?? null,
			preview: thumbnail?.url ?? (firstFile?.type === 'image' ? firstFile.url : null),
			unsafe: files.map((f) => f.unsafeUrl).filter((u): u is string => !!u)
		},
		error:
			error === null || error === undefined || error === ''
				? null
				: { message: errorMessage(error), raw: error }
	};
}

export function fromObjects2026(payload: ObjectPayload, objectId: string): ObjectModel {
	const object = payload.object as Json;
	const fileBlobs = records(object.blobs).filter(isFileBlob);
	const files = fileBlobs.map(objectFile);
	const docs = payload.documents.filter(isRecord);

	const seen = new Map<string, number>();
	for (const d of docs)
		if (typeof d.document_id === 'string')
			seen.set(d.document_id, (seen.get(d.document_id) ?? 0) + 1);
	const items = Object.fromEntries(MODALITIES.map((m) => [m, [] as DocumentItem[]])) as Record<
		Modality,
		DocumentItem[]
	>;
	const others = new Map<string, number>();
	const taken = new Set<string>();
	for (const doc of docs) {
		const modality = modalityOf(doc);
		if (!isModality(modality)) {
			others.set(modality, (others.get(modality) ?? 0) + 1);
			continue;
		}
		const list = items[modality];
		const did = doc.document_id;
		let id =
			typeof did === 'string' && did !== '' && seen.get(did) === 1
				? did
				: `${modality}-${list.length}`;
		for (let n = 2; taken.has(id); n++) id = `${modality}-${list.length}~${n}`;
		taken.add(id);
		list.push(itemOf(doc, id, modality, list.length, files));
	}

	const info = new Map(payload.collections.map((c) => [c.id, c]));
	const collections = Object.fromEntries(
		MODALITIES.map((m) => {
			const counts = new Map<string, number>();
			for (const item of items[m]) {
				const key = item.collectionId ?? '';
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
			return [
				m,
				[...counts].map(([id, count]) => ({
					id,
					name: info.get(id)?.name ?? null,
					extractor: info.get(id)?.extractor ?? null,
					count
				}))
			];
		})
	) as Record<Modality, CollectionChip[]>;

	return {
		summary: summaryOf(objectId, payload, files, fileBlobs),
		items: items as ItemsByModality & Record<Modality, DocumentItem[]>,
		counts: Object.fromEntries(MODALITIES.map((m) => [m, items[m].length])) as Record<
			Modality,
			number
		>,
		unknownGroups: [...others].map(([key, count]) => ({ key, count })),
		raw: payload,
		object: {
			bucketId: str(object.bucket_id) ?? payload.bucketId,
			bucketName: payload.bucketName,
			keyPrefix: str(object.key_prefix),
			files,
			lineage: records(object.source_details).map((d) => ({
				kind: String(d.type ?? ''),
				id: String(d.source_id ?? '')
			})),
			collections,
			unlisted: payload.unlisted,
			documentsError: payload.documentsError
				? { kind: payload.documentsError.kind, message: payload.documentsError.message }
				: null
		}
	};
}

registerObjectMapper(fromObjects2026);
