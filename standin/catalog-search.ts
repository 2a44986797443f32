// Plain data with no Node imports (like catalog.ts): the search sample's id and the facts its
// tests count on. The generator is `samples-search.ts`.
import type { SampleListing } from './catalog';

export const SEARCH_ASSET_ID = 'ast_search_transcripts';

/** Features per modality: 10,000 in all, the size the search must stay fast at. */
export const SEARCH_COUNTS = { video: 4000, image: 2000, text: 3000, audio: 1000 } as const;

/**
 * Words planted on a fixed rule, so a test knows how many items hold them: item i of a modality
 * carries the word when `i % every === at`. The random filler never contains them.
 */
export const PLANTED = {
	/** In transcriptions (video, audio) and text chunks, written "Zürich". */
	zurich: { word: 'Zürich', every: 100, at: 7, modalities: ['video', 'text', 'audio'] },
	/** In video descriptions and image OCR, written "Café" / "CAFÉ". */
	cafe: { word: 'Café', every: 250, at: 3, modalities: ['video', 'image'] },
	/** In json_output only (video), written "Ångström". */
	angstrom: { word: 'Ångström', every: 500, at: 11, modalities: ['video'] },
	/** In metadata only (text), written "naïve". */
	naive: { word: 'naïve', every: 300, at: 5, modalities: ['text'] }
} as const;

export function plantedCount(key: keyof typeof PLANTED, modality: keyof typeof SEARCH_COUNTS) {
	const rule = PLANTED[key];
	if (!(rule.modalities as readonly string[]).includes(modality)) return 0;
	const n = SEARCH_COUNTS[modality];
	return n > rule.at ? Math.floor((n - 1 - rule.at) / rule.every) + 1 : 0;
}

/** Every this-many video segment has no preview, and every this-many points at a deleted object. */
export const NO_PREVIEW_EVERY = 50;
export const DELETED_PREVIEW_EVERY = 97;
/** Every this-many feature of each modality is marked a duplicate. */
export const DUPLICATE_EVERY = 40;
/** Video segments are this long, back to back. */
export const SEGMENT_SECONDS = 3;

export const SEARCH_LISTING: SampleListing = {
	id: SEARCH_ASSET_ID,
	namespace: 'demo_prod',
	description:
		'Finished video with 10,000 features: transcripts, descriptions, OCR, json_output and metadata to search',
	kind: 'sample'
};
