/**
 * What an export holds: one row per feature of the current view, with its kind, time range,
 * texts and ids. Presigned URLs are credentials that outlive the tab they were copied from, so
 * their signatures are stripped unless the user explicitly asks to keep them.
 */
import { stripPresign } from '$lib/url-safety';
import type { SearchField } from '$lib/search/fields';

export interface ExportItem {
	modality: string;
	kind: string;
	/** 1-based position in its tab, as the tile shows it. */
	position: number;
	/** The page's id for the item (the feature ID when unique). */
	id: string;
	featureId: string | null;
	start: number | null;
	end: number | null;
	fields: SearchField[];
	url: string | null;
	previewUrl: string | null;
	duplicateOf: string | null;
}

export interface ExportRow {
	modality: string;
	kind: string;
	position: number;
	id: string;
	feature_id: string | null;
	start_s: number | null;
	end_s: number | null;
	texts: Record<string, string>;
	url: string | null;
	preview_url: string | null;
	duplicate_of: string | null;
}

export interface ExportOptions {
	/** Keep presigned URLs whole (they then work until they expire). */
	includeSigned: boolean;
}

const URL_IN_TEXT = /https?:\/\/[^\s"'<>]+/gi;

/** A text with every presigned URL inside it stripped of its signature. */
export function scrubText(text: string): string {
	return /x-amz-/i.test(text) ? text.replace(URL_IN_TEXT, (url) => stripPresign(url)) : text;
}

function link(value: string | null, options: ExportOptions): string | null {
	if (value === null) return null;
	return options.includeSigned ? value : stripPresign(value);
}

export function exportRow(item: ExportItem, options: ExportOptions): ExportRow {
	const texts: Record<string, string> = {};
	for (const field of item.fields) {
		const text = options.includeSigned ? field.text : scrubText(field.text);
		texts[field.name] = field.name in texts ? `${texts[field.name]}\n${text}` : text;
	}
	return {
		modality: item.modality,
		kind: item.kind,
		position: item.position,
		id: item.id,
		feature_id: item.featureId,
		start_s: item.start,
		end_s: item.end,
		texts,
		url: link(item.url, options),
		preview_url: link(item.previewUrl, options),
		duplicate_of: item.duplicateOf
	};
}

export function exportRows(items: readonly ExportItem[], options: ExportOptions): ExportRow[] {
	return items.map((item) => exportRow(item, options));
}
