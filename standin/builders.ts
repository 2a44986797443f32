import { createHash } from 'node:crypto';
import { MEDIA, mediaSize, type MediaName } from './media';
import type { AssetResponse, FeatureResponse, GroupedAsset, RenderContext } from './types';

const GALLERY_IMAGES: MediaName[] = [
	'pngTestsrc',
	'jpegMandelbrot',
	'webpRadial',
	'pngSmpte',
	'jpegGradient',
	'webpHue'
];
const CAPTIONS = [
	'A broadcast test pattern with a moving colour bar',
	'A Mandelbrot set rendered in deep blues',
	'A radial gradient from green to yellow',
	'SMPTE colour bars as used for calibration',
	'A linear gradient from navy to orange',
	'A hue-shifted test pattern'
];

function hash(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

export function taskIdFor(assetId: string): string {
	return assetId.replace(/^ast_/, 'tsk_');
}

/** Fills every AssetResponse key, since the real API emits them all, null when empty. */
export function asset(fields: Partial<AssetResponse> & { asset_id: string }): AssetResponse {
	const { asset_id, ...rest } = fields;
	return {
		asset_id,
		collection_id: null,
		status: null,
		file_data: null,
		metadata: null,
		error: null,
		modality: null,
		task_id: taskIdFor(fields.asset_id),
		file_hash: hash(fields.asset_id),
		updated_at: null,
		created_at: null,
		score: null,
		url: null,
		preview_url: null,
		duplicate_of: null,
		...rest
	};
}

export function features(groups: Partial<GroupedAsset['features']> = {}): GroupedAsset['features'] {
	return { video: null, image: null, text: null, audio: null, ...groups };
}

export function fileData(media: MediaName, extra: Record<string, unknown> = {}) {
	const info = MEDIA[media];
	return {
		file_size_bytes: mediaSize(media),
		file_type: info.type.split(';')[0],
		...(info.width ? { width: info.width, height: info.height } : {}),
		...extra
	};
}

export interface FeatureSpec {
	owner: string;
	collection: string;
	index: number;
	modality: string;
	media: MediaName | null;
	preview?: MediaName | null;
	text: string;
	extra?: Record<string, unknown>;
}

export function feature(ctx: RenderContext, spec: FeatureSpec): FeatureResponse {
	const file = spec.media ? MEDIA[spec.media].file : null;
	const preview = spec.preview === undefined ? file : spec.preview && MEDIA[spec.preview].file;
	const seconds = String(spec.index % 60).padStart(2, '0');
	return {
		feature_id: `ftr_${spec.owner.replace(/^ast_/, '')}_${String(spec.index + 1).padStart(4, '0')}`,
		asset_id: spec.owner,
		collection_id: spec.collection,
		modality: spec.modality,
		url: file && ctx.url(spec.owner, file),
		preview_url: preview && ctx.url(spec.owner, preview),
		metadata: { extractor: `${spec.modality}_extractor_v2`, index: spec.index },
		text: spec.text,
		created_at: `2025-01-20T17:42:${seconds}.${String(spec.index % 1000).padStart(3, '0')}Z`,
		...spec.extra
	};
}

export function imageFeatures(
	ctx: RenderContext,
	owner: string,
	count: number,
	collection: string
) {
	const list: FeatureResponse[] = new Array(count);
	for (let i = 0; i < count; i++) {
		const media = GALLERY_IMAGES[i % GALLERY_IMAGES.length];
		const caption = CAPTIONS[i % CAPTIONS.length];
		list[i] = feature(ctx, {
			owner,
			collection,
			index: i,
			modality: 'image',
			media,
			text: count > CAPTIONS.length ? `${caption} (#${i + 1})` : caption,
			extra: { file_type: MEDIA[media].type }
		});
	}
	return list;
}

/** Deterministic pseudo-random floats, so the embedding is stable across runs. */
export function embedding(seed: number, size: number): number[] {
	let state = seed >>> 0;
	const values = new Array<number>(size);
	for (let i = 0; i < size; i++) {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		values[i] = Math.round((unit * 2 - 1) * 1e6) / 1e6;
	}
	return values;
}

export function imageAsset(
	ctx: RenderContext,
	id: string,
	count: number,
	extra: Partial<Omit<AssetResponse, 'asset_id'>> = {}
): GroupedAsset {
	const collection = 'col_demo_images';
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'image',
			file_data: fileData('pngTestsrc'),
			metadata: { title: `Generated gallery of ${count}`, generated: true },
			created_at: '2025-01-20T17:41:03.512000',
			updated_at: '2025-01-20T17:41:09.100000',
			url: ctx.url(id, MEDIA.pngTestsrc.file),
			preview_url: ctx.url(id, MEDIA.pngTestsrc.file),
			...extra
		}),
		features: features({ image: imageFeatures(ctx, id, count, collection) })
	};
}

const LOREM =
	'The inspector shows every feature Mixpeek extracted from an asset, grouped by modality. ' +
	'Long chunks like this one check that text wraps, truncates with a way to expand, and stays ' +
	'selectable. Nothing here is meaningful beyond its length and its ordinary punctuation; ' +
	'it is the sort of paragraph a transcript or an OCR pass produces. ';

export function longText(chars: number): string {
	return (
		LOREM.repeat(Math.ceil(chars / LOREM.length))
			.slice(0, chars)
			.trimEnd() + '.'
	);
}

export function nested(depth: number): Record<string, unknown> {
	let node: Record<string, unknown> = { depth, leaf: true };
	for (let d = depth - 1; d >= 1; d--) node = { depth: d, child: node };
	return node;
}
