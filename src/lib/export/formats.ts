/** The export files: JSON (rows as they are) and CSV (one line per row, texts in columns). */
import Papa from 'papaparse';
import type { ExportRow } from './rows';

export interface ExportMeta {
	assetId: string;
	namespace: string | null;
	/** Which tab, or "all". */
	scope: string;
	/** The query and filters the rows went through, as the URL states them. */
	view: string;
	exportedAt: string;
	signedLinks: boolean;
}

export function toJson(meta: ExportMeta, rows: readonly ExportRow[]): string {
	return JSON.stringify({ ...meta, count: rows.length, features: rows }, null, 2);
}

/** The named text fields get their own columns; everything else is folded into `other_texts`. */
const TEXT_COLUMNS = ['text', 'transcription', 'description'] as const;
const COLUMNS = [
	'modality',
	'kind',
	'position',
	'id',
	'feature_id',
	'start_s',
	'end_s',
	...TEXT_COLUMNS,
	'other_texts',
	'url',
	'preview_url',
	'duplicate_of'
];

function csvRecord(row: ExportRow): unknown[] {
	const others = Object.entries(row.texts)
		.filter(([name]) => !(TEXT_COLUMNS as readonly string[]).includes(name))
		.map(([name, text]) => `${name}: ${text}`)
		.join('\n');
	return [
		row.modality,
		row.kind,
		row.position,
		row.id,
		row.feature_id,
		row.start_s,
		row.end_s,
		...TEXT_COLUMNS.map((name) => row.texts[name] ?? ''),
		others,
		row.url,
		row.preview_url,
		row.duplicate_of
	];
}

/**
 * RFC 4180 CSV with a header line. Cells that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`) are prefixed with a quote: upstream text is untrusted, and ops open these in Excel.
 */
export function toCsv(rows: readonly ExportRow[]): string {
	return Papa.unparse(
		{ fields: COLUMNS, data: rows.map(csvRecord) },
		{ escapeFormulae: true, newline: '\r\n' }
	);
}

/** A file name that says what is in it: `ast_x-video-search-2026-12-01T2210Z.csv`. */
export function exportFileName(meta: ExportMeta, extension: 'csv' | 'json'): string {
	const stamp = meta.exportedAt.replace(/:\d{2}(\.\d+)?Z$/, 'Z').replace(/[:]/g, '');
	const safe = (s: string) => s.replace(/[^\w.-]+/g, '_').slice(0, 80);
	const filtered = meta.view ? '-filtered' : '';
	return `${safe(meta.assetId)}-${safe(meta.scope)}${filtered}-${stamp}.${extension}`;
}
