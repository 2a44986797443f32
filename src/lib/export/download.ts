/** Builds an export of the current view: its file name and text. */
import { presignedExpiry } from '$lib/live/expiry';
import type { FindItem } from '$lib/search/engine.svelte';
import { featureFields, type SearchField } from '$lib/search/fields';
import { exportFileName, toCsv, toJson, type ExportMeta } from './formats';
import { exportRows, type ExportItem } from './rows';

export interface ExportableItem extends FindItem {
	readonly position: number;
	readonly featureId: string | null;
}

export interface ExportRequest {
	items: readonly ExportableItem[];
	kindOf: (item: ExportableItem) => string;
	fieldsOf?: (item: ExportableItem) => SearchField[];
	meta: Omit<ExportMeta, 'exportedAt' | 'signedLinks'>;
	includeSigned: boolean;
	format: 'csv' | 'json';
}

function toExportItem(request: ExportRequest, item: ExportableItem): ExportItem {
	return {
		modality: item.modality,
		kind: request.kindOf(item),
		position: item.position,
		id: item.id,
		featureId: item.featureId,
		start: item.start,
		end: item.end,
		fields: request.fieldsOf?.(item) ?? featureFields(item.raw),
		url: item.urls.original,
		previewUrl: item.urls.preview,
		duplicateOf: item.duplicateOf
	};
}

/** The earliest expiry among the items' presigned links (epoch ms), or null when none says. */
export function linksExpireAt(items: readonly FindItem[]): number | null {
	let earliest: number | null = null;
	for (const item of items) {
		for (const url of [item.urls.original, item.urls.preview]) {
			const at = presignedExpiry(url);
			if (at !== null && (earliest === null || at < earliest)) earliest = at;
		}
	}
	return earliest;
}

/** The export file's name and text. */
export function buildExport(request: ExportRequest, now = new Date()) {
	const meta: ExportMeta = {
		...request.meta,
		exportedAt: now.toISOString(),
		signedLinks: request.includeSigned
	};
	const rows = exportRows(
		request.items.map((item) => toExportItem(request, item)),
		{ includeSigned: request.includeSigned }
	);
	const body = request.format === 'csv' ? toCsv(rows) : toJson(meta, rows);
	return { name: exportFileName(meta, request.format), body, rows: rows.length };
}
