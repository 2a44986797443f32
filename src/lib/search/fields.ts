/**
 * What of a feature is searchable. Features are untrusted, free-form JSON: besides the fields the
 * contract names (`text`, `feature_id`) extractors add `transcription`, `description`, OCR output,
 * `json_output` and `metadata`. Every string is searched except links, the ids every item of the
 * asset shares, and timestamps; numbers only where they are values someone reads (metadata).
 */

export interface SearchField {
	/** Where the text sits in the feature: `transcription`, `json_output.scene`, `metadata.tags[0]`. */
	name: string;
	text: string;
}

/** Not searched: links (credentials, and noise), ids shared by the whole asset, times. */
const SKIPPED_KEYS = new Set([
	'url',
	'preview_url',
	'thumbnail_url',
	'asset_id',
	'collection_id',
	'namespace_id',
	'modality',
	'duplicate_of',
	'created_at',
	'updated_at',
	'embedding',
	'embeddings',
	'vector'
]);

/** Searched before anything else, so a hit there is the one the UI names. */
const FIRST_KEYS = [
	'feature_id',
	'text',
	'transcription',
	'description',
	'caption',
	'ocr_text',
	'ocr'
];

/** Bounds for hostile or huge features: enough for real transcripts, not for a 5 MB blob. */
const MAX_DEPTH = 6;
const MAX_ARRAY = 500;
const MAX_CHARS = 20_000;

const LINK = /^(?:https?|s3|gs|data|javascript):/i;

function searchableString(value: string): boolean {
	return value.trim() !== '' && !LINK.test(value.trim());
}

/** The searchable fields of one feature, in a stable order (named fields first). */
export function featureFields(feature: Record<string, unknown>): SearchField[] {
	const out: SearchField[] = [];
	let budget = MAX_CHARS;
	const push = (name: string, text: string) => {
		if (budget <= 0) return;
		const kept = text.length > budget ? text.slice(0, budget) : text;
		budget -= kept.length;
		out.push({ name, text: kept });
	};
	const walk = (name: string, value: unknown, depth: number, numbers: boolean) => {
		if (typeof value === 'string') {
			if (searchableString(value)) push(name, value);
		} else if (typeof value === 'number' || typeof value === 'boolean') {
			if (numbers && (typeof value === 'boolean' || Number.isFinite(value)))
				push(name, String(value));
		} else if (value !== null && typeof value === 'object' && depth < MAX_DEPTH) {
			if (Array.isArray(value)) {
				// A long list of numbers is an embedding or a polygon, not something anyone reads.
				const list = value.slice(0, MAX_ARRAY);
				list.forEach((entry, i) => walk(`${name}[${i}]`, entry, depth + 1, numbers));
			} else {
				for (const [key, child] of Object.entries(value)) {
					if (!SKIPPED_KEYS.has(key)) walk(`${name}.${key}`, child, depth + 1, numbers);
				}
			}
		}
	};
	const keys = Object.keys(feature);
	const ordered = [
		...FIRST_KEYS.filter((k) => Object.hasOwn(feature, k)),
		...keys.filter((k) => !FIRST_KEYS.includes(k))
	];
	for (const key of ordered) {
		if (SKIPPED_KEYS.has(key)) continue;
		walk(key, feature[key], 0, key === 'metadata');
	}
	return out;
}

/** A field name for people: `json_output.objects[0].label` → `json_output`. */
export function fieldGroup(name: string): string {
	return name.split(/[.[]/, 1)[0];
}
