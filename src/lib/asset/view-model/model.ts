/**
 * What the asset page shows, independent of which Mixpeek API generation answered. Components
 * render these types and never read upstream field names; a mapper per generation
 * (`from-features-2025.ts`, …) produces them and `index.ts` picks the mapper.
 */
import type { StatusInfo } from '../status';

/** The four modalities the page has tabs for, in display order. */
export const MODALITIES = ['video', 'image', 'text', 'audio'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Tab labels. */
export const MODALITY_LABELS: Record<Modality, string> = {
	video: 'Video',
	image: 'Image',
	text: 'Text',
	audio: 'Audio'
};

/** What one item of a modality is called in the viewer ("Video segment 3 of 12"). */
export const ITEM_KIND_LABELS: Record<Modality, string> = {
	video: 'Video segment',
	image: 'Image',
	text: 'Text',
	audio: 'Audio clip'
};

export function isModality(value: unknown): value is Modality {
	return typeof value === 'string' && (MODALITIES as readonly string[]).includes(value);
}

/** An object's links. Only allow-listed http(s) URLs are here; anything else is in `unsafe`. */
export interface MediaUrls {
	original: string | null;
	preview: string | null;
	/** Values sent as a URL that are not absolute http(s): shown as text, never linked. */
	unsafe: string[];
}

/** The texts Mixpeek extracted for an item; null when absent or blank. */
export interface ItemTexts {
	/** Plain text (a text feature's content, an image caption, on-screen text). */
	text: string | null;
	description: string | null;
	transcription: string | null;
}

/** One extracted feature, as every gallery tile, the viewer and later panels read it. */
export interface FeatureItem {
	/** Stable and unique within the asset: the upstream feature id, else `<modality>-<index>`. */
	readonly id: string;
	/** The upstream feature id as sent (may repeat or be missing; `id` never does). */
	readonly featureId: string | null;
	readonly modality: Modality;
	/** 0-based position in its modality's list. */
	readonly index: number;
	/** 1-based position, as shown ("Segment 3"). */
	readonly position: number;
	/** Time range in seconds, null when not a timed item. */
	readonly start: number | null;
	readonly end: number | null;
	/** The instant a frame was taken (an image feature's `timestamp`), null when not sent. */
	readonly timestamp: number | null;
	readonly texts: ItemTexts;
	readonly urls: MediaUrls;
	/** The asset this item duplicates, for a link to it. */
	readonly duplicateOf: string | null;
	/** Fields beyond what the model names, for the detail list. */
	readonly details: [string, unknown][];
	/** The item as upstream sent it, for the JSON view. */
	readonly raw: Record<string, unknown>;
}

export type ItemsByModality = Record<Modality, FeatureItem[]>;

/** A failed processing run's error, when upstream sent one. */
export interface AssetError {
	/** A one-line message when the error carried one. */
	message: string | null;
	/** The error as sent, for the folded view and "Copy error". */
	raw: unknown;
}

export interface AssetFile {
	/** MIME type as sent. */
	type: string | null;
	/** Size in bytes as sent (formatters accept only finite numbers). */
	sizeBytes: unknown;
	/** Other file data fields, for the detail list. */
	other: [string, unknown][];
}

/** The asset's own record. */
export interface AssetSummary {
	id: string;
	/** The status as sent (may be any string). */
	status: string | null;
	statusInfo: StatusInfo;
	/** The modality as sent (may be one the page has no tab for). */
	modality: string | null;
	file: AssetFile;
	/** The media's length in seconds as upstream declared it (`file_data.duration`), else null. */
	duration: number | null;
	metadata: [string, unknown][];
	createdAt: string | null;
	updatedAt: string | null;
	taskId: string | null;
	collectionId: string | null;
	fileHash: string | null;
	duplicateOf: string | null;
	score: number | null;
	urls: MediaUrls;
	error: AssetError | null;
}

/** A group of features upstream sent that the page has no tab for. */
export interface UnknownGroup {
	key: string;
	/** Its size when it is a list. */
	count: number | null;
}

export interface AssetModel {
	summary: AssetSummary;
	items: ItemsByModality;
	/** How many items each modality holds in this answer. */
	counts: Record<Modality, number>;
	unknownGroups: UnknownGroup[];
	/** The upstream answer as validated, for Raw JSON, copy and download. */
	raw: unknown;
}
