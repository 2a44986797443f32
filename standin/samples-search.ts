/**
 * A big asset full of text to search: 10,000 features over all four modalities, each with the
 * kinds of text extractors produce (transcription, description, OCR, json_output, metadata),
 * accents and mixed case included. Deterministic, so tests can count on the planted words.
 */
import { asset, feature, features, fileData } from './builders';
import {
	DELETED_PREVIEW_EVERY,
	DUPLICATE_EVERY,
	NO_PREVIEW_EVERY,
	PLANTED,
	SEARCH_ASSET_ID,
	SEARCH_COUNTS,
	SEGMENT_SECONDS
} from './catalog-search';
import { MEDIA, type MediaName } from './media';
import type { FeatureResponse, GroupedAsset, RenderContext, Sample } from './types';

const FILLER = (
	'signal frame colour bars tone clock segment camera studio street river bridge market train ' +
	'station window garden people crowd light shadow morning evening music voice speaker interview ' +
	'report weather traffic harbour ferry tower square bicycle lantern museum library meeting ' +
	'council budget schedule delivery warehouse forklift pallet invoice'
).split(' ');
const SCENES = ['intro', 'interview', 'street', 'studio', 'harbour', 'outro'];
const OBJECTS = ['person', 'car', 'bicycle', 'boat', 'sign', 'dog', 'laptop', 'microphone'];
const SPEAKERS = ['Ana', 'Björn', 'Chloé', 'Dmitri', 'Eun-ji'];
const PREVIEWS: MediaName[] = ['videoSeg0', 'videoSeg1', 'videoSeg2'];
const IMAGES: MediaName[] = ['pngTestsrc', 'jpegMandelbrot', 'webpRadial', 'pngSmpte'];

/** A small deterministic generator (mulberry32), so every run serves the same words. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function words(next: () => number, count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) out.push(FILLER[Math.floor(next() * FILLER.length)]);
	const text = out.join(' ');
	return text[0].toUpperCase() + text.slice(1) + '.';
}

function planted(key: keyof typeof PLANTED, modality: string, i: number): string {
	const rule = PLANTED[key];
	return (rule.modalities as readonly string[]).includes(modality) && i % rule.every === rule.at
		? rule.word
		: '';
}

function withWord(text: string, word: string): string {
	return word ? `${text.slice(0, -1)} near ${word}.` : text;
}

function segments(ctx: RenderContext, owner: string, base: { collection: string }) {
	const next = random(1);
	const list: FeatureResponse[] = [];
	for (let i = 0; i < SEARCH_COUNTS.video; i++) {
		const preview =
			i % NO_PREVIEW_EVERY === NO_PREVIEW_EVERY - 1 ? null : PREVIEWS[i % PREVIEWS.length];
		const f = feature(ctx, {
			owner,
			collection: base.collection,
			index: i,
			modality: 'video',
			media: 'video',
			preview,
			text: withWord(words(next, 12), planted('zurich', 'video', i)),
			extra: {
				start_time: i * SEGMENT_SECONDS,
				end_time: (i + 1) * SEGMENT_SECONDS,
				transcription: withWord(words(next, 14), planted('zurich', 'video', i)),
				description: `Segment ${i + 1}: ${SCENES[i % SCENES.length]} shot${planted('cafe', 'video', i) ? ' outside the Café' : ''}`,
				json_output: {
					scene: SCENES[i % SCENES.length],
					objects: [{ label: OBJECTS[i % OBJECTS.length], confidence: 0.5 + (i % 50) / 100 }],
					measurement: planted('angstrom', 'video', i) ? '3 Ångström resolution' : null
				},
				...(i % DUPLICATE_EVERY === 0 ? { duplicate_of: 'ast_video_tour' } : {})
			}
		});
		if (i % DELETED_PREVIEW_EVERY === DELETED_PREVIEW_EVERY - 1) {
			f.preview_url = ctx.url(owner, 'segment-deleted.jpg');
		}
		list.push(f);
	}
	return list;
}

function stills(ctx: RenderContext, owner: string, collection: string) {
	const next = random(2);
	return Array.from({ length: SEARCH_COUNTS.image }, (_, i) =>
		feature(ctx, {
			owner,
			collection,
			index: SEARCH_COUNTS.video + i,
			modality: 'image',
			media: IMAGES[i % IMAGES.length],
			text: words(next, 8),
			extra: {
				ocr_text: `${planted('cafe', 'image', i) ? 'CAFÉ ' : ''}EXIT ${i + 1}`,
				...(i % DUPLICATE_EVERY === 0 ? { duplicate_of: 'ast_video_tour' } : {})
			}
		})
	);
}

function chunks(ctx: RenderContext, owner: string, collection: string) {
	const next = random(3);
	return Array.from({ length: SEARCH_COUNTS.text }, (_, i) => {
		const f = feature(ctx, {
			owner,
			collection,
			index: SEARCH_COUNTS.video + SEARCH_COUNTS.image + i,
			modality: 'text',
			media: null,
			preview: null,
			text: withWord(words(next, 40), planted('zurich', 'text', i)),
			extra: i % DUPLICATE_EVERY === 0 ? { duplicate_of: 'ast_video_tour' } : {}
		});
		const tone = planted('naive', 'text', i) ? 'naïve' : 'plain';
		f.metadata = { extractor: 'ocr_v3', page: Math.floor(i / 10) + 1, tone };
		return f;
	});
}

function ranges(ctx: RenderContext, owner: string, collection: string) {
	const next = random(4);
	const offset = SEARCH_COUNTS.video + SEARCH_COUNTS.image + SEARCH_COUNTS.text;
	return Array.from({ length: SEARCH_COUNTS.audio }, (_, i) =>
		feature(ctx, {
			owner,
			collection,
			index: offset + i,
			modality: 'audio',
			media: 'audio',
			preview: 'audioCover',
			text: words(next, 6),
			extra: {
				start_time: i * 12,
				end_time: i * 12 + 12,
				transcription: withWord(words(next, 16), planted('zurich', 'audio', i)),
				metadata: { speaker: SPEAKERS[i % SPEAKERS.length], channel: i % 2 ? 'left' : 'right' },
				...(i % DUPLICATE_EVERY === 0 ? { duplicate_of: 'ast_video_tour' } : {})
			}
		})
	);
}

function searchTranscripts(ctx: RenderContext): GroupedAsset {
	const id = SEARCH_ASSET_ID;
	const collection = 'col_demo_videos';
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'video',
			file_data: fileData('video', { duration: SEARCH_COUNTS.video * SEGMENT_SECONDS }),
			metadata: { title: 'Council meeting archive', language: 'en', speakers: SPEAKERS },
			created_at: '2025-02-03T09:00:00.000000',
			updated_at: '2025-02-03T11:42:10.000000',
			url: ctx.url(id, MEDIA.video.file),
			preview_url: ctx.url(id, MEDIA.videoThumb.file)
		}),
		features: features({
			video: segments(ctx, id, { collection }),
			image: stills(ctx, id, collection),
			text: chunks(ctx, id, collection),
			audio: ranges(ctx, id, collection)
		})
	};
}

/** Keyed like samples.ts's renderers: `<namespace>/<asset id>`. */
export const SEARCH_RENDERERS: Record<string, Sample['render']> = {
	[`demo_prod/${SEARCH_ASSET_ID}`]: searchTranscripts
};
