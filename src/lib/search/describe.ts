/** What a view was narrowed by, in words, for empty states and export notes. */
import { formatSeconds, type FindState } from './params';

/** The fields a query is matched against, as the empty state names them. */
export const SEARCHED_FIELDS =
	'feature ID, text, transcription, description, OCR text, json_output strings and metadata values';

const PREVIEW_WORDS: Record<FindState['preview'], string | null> = {
	any: null,
	has: 'has a preview',
	broken: 'preview missing or failed',
	missing: 'preview missing',
	failed: 'preview failed to load'
};

/** The filters of `find` (not the query) as a list of phrases; empty when none is set. */
export function describeFilters(find: FindState, kindLabel: (kind: string) => string): string[] {
	const out: string[] = [];
	if (find.kinds.length) out.push(`kind ${find.kinds.map(kindLabel).join(' or ')}`);
	if (find.from !== null && find.to !== null) {
		out.push(`time ${formatSeconds(find.from)}–${formatSeconds(find.to)}`);
	} else if (find.from !== null) {
		out.push(`time from ${formatSeconds(find.from)}`);
	} else if (find.to !== null) {
		out.push(`time up to ${formatSeconds(find.to)}`);
	}
	const preview = PREVIEW_WORDS[find.preview];
	if (preview) out.push(preview);
	if (find.duplicate === 'yes') out.push('duplicates only');
	if (find.duplicate === 'no') out.push('no duplicates');
	return out;
}
