/**
 * What the compare page shows of two assets: a side-by-side of their fields, diffs of metadata
 * and file data, feature counts per kind, and their galleries aligned row by row.
 */
import { diffJson, jsonEqual, type Diff } from './diff';

type Json = Record<string, unknown>;

export interface CompareSide {
	assetId: string;
	namespace: string | null;
	asset: Json;
	features: Json;
}

export interface FieldRow {
	field: string;
	a: unknown;
	b: unknown;
	same: boolean;
}

export interface AlignedItem {
	/** The item's text or caption, and a preview URL (still to be checked by `safeHttpUrl`). */
	text: string | null;
	preview: unknown;
	featureId: string | null;
}

export interface AlignedGroup {
	kind: string;
	countA: number;
	countB: number;
	rows: { a: AlignedItem | null; b: AlignedItem | null; sameId: boolean }[];
	/** Rows left out to keep the page light. */
	hidden: number;
}

export interface CompareView {
	fields: FieldRow[];
	hash: { a: string | null; b: string | null; equal: boolean | null };
	metadata: Diff;
	fileData: Diff;
	groups: AlignedGroup[];
}

export const COMPARED_FIELDS = [
	'status',
	'modality',
	'collection_id',
	'task_id',
	'duplicate_of',
	'created_at',
	'updated_at',
	'score',
	'error'
];

const MAX_ROWS_PER_GROUP = 24;

function list(value: unknown): Json[] {
	return Array.isArray(value) ? value.filter((v): v is Json => !!v && typeof v === 'object') : [];
}

function item(feature: Json | undefined): AlignedItem | null {
	if (!feature) return null;
	const text = ['text', 'description', 'transcription']
		.map((k) => feature[k])
		.find((v) => typeof v === 'string');
	return {
		text: (text as string | undefined)?.slice(0, 280) ?? null,
		preview: feature.preview_url ?? feature.url ?? null,
		featureId: typeof feature.feature_id === 'string' ? feature.feature_id : null
	};
}

/** Kinds in a stable order: the four modalities first, then any other group either side has. */
function kinds(a: Json, b: Json): string[] {
	const known = ['video', 'image', 'text', 'audio'];
	const extra = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
		(k) => !known.includes(k) && (Array.isArray(a[k]) || Array.isArray(b[k]))
	);
	return [...known, ...extra.sort()];
}

export function buildCompareView(a: CompareSide, b: CompareSide): CompareView {
	const hashA = typeof a.asset.file_hash === 'string' ? a.asset.file_hash : null;
	const hashB = typeof b.asset.file_hash === 'string' ? b.asset.file_hash : null;
	const groups = kinds(a.features, b.features).map((kind): AlignedGroup => {
		const xs = list(a.features[kind]);
		const ys = list(b.features[kind]);
		const total = Math.max(xs.length, ys.length);
		const shown = Math.min(total, MAX_ROWS_PER_GROUP);
		const rows = Array.from({ length: shown }, (_, i) => {
			const left = item(xs[i]);
			const right = item(ys[i]);
			return {
				a: left,
				b: right,
				sameId: !!left?.featureId && left.featureId === right?.featureId
			};
		});
		return { kind, countA: xs.length, countB: ys.length, rows, hidden: total - shown };
	});
	return {
		fields: COMPARED_FIELDS.map((field) => ({
			field,
			a: a.asset[field] ?? null,
			b: b.asset[field] ?? null,
			same: jsonEqual(a.asset[field] ?? null, b.asset[field] ?? null)
		})),
		hash: { a: hashA, b: hashB, equal: hashA && hashB ? hashA === hashB : null },
		metadata: diffJson(a.asset.metadata, b.asset.metadata),
		fileData: diffJson(a.asset.file_data, b.asset.file_data),
		groups: groups.filter(
			(g) => g.countA > 0 || g.countB > 0 || ['video', 'image', 'text', 'audio'].includes(g.kind)
		)
	};
}
