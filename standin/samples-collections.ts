/**
 * Collections and the assets in them, for `GET /v1/collections` and `POST /v1/assets`. Besides the
 * hand-made samples, two generated batches give a triage list something to page through: a
 * nightly ingest of a few hundred assets in every state, and a backfill of a few thousand.
 */
import { createHash } from 'node:crypto';
import { asset, features, feature, fileData } from './builders';
import { MEDIA, type MediaName } from './media';
import type { AssetResponse, GroupedAsset, RenderContext, Sample } from './types';

export interface CollectionInfo {
	collection_id: string;
	collection_name: string;
	namespace: string;
	description: string;
	/** Hand-made sample asset ids that belong here (their render decides the rest). */
	samples: readonly string[];
	/** Generated members: id prefix, how many, and the first created_at. */
	generated?: { prefix: string; count: number; start: string; failedEvery: number };
}

export const COLLECTIONS: readonly CollectionInfo[] = [
	{
		collection_id: 'col_demo_images',
		collection_name: 'demo-images',
		namespace: 'demo_prod',
		description: 'Hand-made image samples',
		samples: [
			'ast_image_gallery',
			'ast_processing',
			'ast_duplicate',
			'ast_empty',
			'ast_big_gallery',
			'ast_shared_id',
			'ast_missing_object',
			'ast_vector_health'
		]
	},
	{
		collection_id: 'col_demo_videos',
		collection_name: 'demo-videos',
		namespace: 'demo_prod',
		description: 'Hand-made video samples',
		samples: ['ast_video_tour', 'ast_failed']
	},
	{
		collection_id: 'col_demo_docs',
		collection_name: 'demo-docs',
		namespace: 'demo_prod',
		description: 'Hand-made text samples',
		samples: ['ast_text_notes']
	},
	{
		collection_id: 'col_demo_audio',
		collection_name: 'demo-audio',
		namespace: 'demo_prod',
		description: 'Hand-made audio samples',
		samples: ['ast_audio_clip']
	},
	{
		collection_id: 'col_<b>hostile</b>',
		collection_name: '<img src=x onerror=alert(1)>',
		namespace: 'demo_prod',
		description: 'The hostile sample',
		samples: ['ast_hostile']
	},
	{
		collection_id: 'col_nightly_ingest',
		collection_name: 'nightly-ingest-2025-01-20',
		namespace: 'demo_prod',
		description: '360 assets of one nightly upload, in every state',
		samples: [],
		generated: { prefix: 'ast_ingest_', count: 360, start: '2025-01-20T02:00:00', failedEvery: 9 }
	},
	{
		collection_id: 'col_backfill_2024',
		collection_name: 'backfill-2024',
		namespace: 'demo_prod',
		description: '2600 assets of a backfill, mostly done',
		samples: [],
		generated: {
			prefix: 'ast_backfill_',
			count: 2600,
			start: '2024-12-01T00:00:00',
			failedEvery: 23
		}
	},
	{
		collection_id: 'col_staging_docs',
		collection_name: 'staging-docs',
		namespace: 'demo_staging',
		description: 'Staging text assets',
		samples: ['ast_shared_id'],
		generated: { prefix: 'ast_stage_', count: 40, start: '2025-01-22T07:00:00', failedEvery: 7 }
	}
];

/** By id or by name, as the API accepts either. */
export function findCollection(namespace: string, wanted: string): CollectionInfo | null {
	return (
		COLLECTIONS.find(
			(c) =>
				c.namespace === namespace && (c.collection_id === wanted || c.collection_name === wanted)
		) ?? null
	);
}

const ERRORS = [
	{ code: 'DECODE_ERROR', message: 'ffprobe could not read the stream', stage: 'probe' },
	{ code: 'DOWNLOAD_FAILED', message: 'Source URL answered HTTP 403', stage: 'download' },
	{ code: 'UNSUPPORTED_CODEC', message: 'Codec hevc_10bit is not supported', stage: 'probe' },
	{ code: 'EXTRACTOR_TIMEOUT', message: 'Extractor did not finish within 900 s', stage: 'extract' },
	{ code: 'EMBEDDING_FAILED', message: 'Embedding service returned 503', stage: 'embed' }
];

const KINDS: { modality: string; media: MediaName; ext: string }[] = [
	{ modality: 'image', media: 'jpegMandelbrot', ext: 'jpg' },
	{ modality: 'image', media: 'pngSmpte', ext: 'png' },
	{ modality: 'video', media: 'video', ext: 'webm' },
	{ modality: 'text', media: 'notes', ext: 'txt' },
	{ modality: 'audio', media: 'audio', ext: 'webm' },
	{ modality: 'image', media: 'webpHue', ext: 'webp' }
];

function unit(id: string): number {
	return createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32;
}

function iso(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace('Z', '')
		.replace(/\.(\d{3})$/, '.$1000');
}

interface Generated {
	collection: CollectionInfo;
	index: number;
}

function parseGenerated(namespace: string, assetId: string): Generated | null {
	for (const collection of COLLECTIONS) {
		const gen = collection.generated;
		if (!gen || collection.namespace !== namespace || !assetId.startsWith(gen.prefix)) continue;
		const digits = assetId.slice(gen.prefix.length);
		if (!/^\d{5}$/.test(digits)) return null;
		const index = Number(digits);
		return index >= 1 && index <= gen.count ? { collection, index } : null;
	}
	return null;
}

function generatedId(collection: CollectionInfo, index: number): string {
	return `${collection.generated!.prefix}${String(index).padStart(5, '0')}`;
}

/** State of generated member number `index`: deterministic, with failures spread through. */
function stateOf(id: string, index: number, failedEvery: number): string {
	if (index % failedEvery === 0) return 'FAILED';
	const roll = unit(id);
	if (roll < 0.06) return 'PROCESSING';
	if (roll < 0.1) return 'PENDING';
	if (roll < 0.14) return 'SKIPPED';
	if (roll < 0.16) return 'CANCELLED';
	return 'DONE';
}

function renderGenerated(ctx: RenderContext, { collection, index }: Generated): GroupedAsset {
	const gen = collection.generated!;
	const id = generatedId(collection, index);
	const kind = KINDS[index % KINDS.length];
	const status = stateOf(id, index, gen.failedEvery);
	const created = Date.parse(`${gen.start}Z`) + index * 47_000;
	const updated = created + Math.round(2_000 + unit(`${id}/u`) * 600_000);
	const file = MEDIA[kind.media].file;
	const done = status === 'DONE';
	const base = fileData(kind.media, {
		file_name: `${collection.collection_name}-${index}.${kind.ext}`
	});
	const size = Math.round(20_000 + unit(`${id}/s`) * 40_000_000);
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection.collection_id,
			status,
			modality: kind.modality,
			file_data: { ...base, file_size_bytes: size },
			metadata: {
				title: `${collection.collection_name} #${index}`,
				batch: collection.collection_name,
				index
			},
			error: status === 'FAILED' ? ERRORS[index % ERRORS.length] : null,
			created_at: iso(created),
			updated_at: iso(updated),
			duplicate_of: status === 'SKIPPED' ? generatedId(collection, Math.max(1, index - 1)) : null,
			url: ctx.url(id, file),
			preview_url: done && kind.modality === 'image' ? ctx.url(id, file) : null
		}),
		features: done
			? features({
					[kind.modality]: [
						feature(ctx, {
							owner: id,
							collection: collection.collection_id,
							index: 0,
							modality: kind.modality,
							media: kind.media,
							preview: kind.modality === 'image' ? kind.media : null,
							text: `Extracted from ${collection.collection_name} #${index}`
						})
					]
				})
			: features()
	};
}

/** A generated member of a collection as a sample, so the inspector can open it too. */
export function findCollectionSample(namespace: string, assetId: string): Sample | null {
	const generated = parseGenerated(namespace, assetId);
	if (!generated) return null;
	return {
		id: assetId,
		namespace,
		description: `Member ${generated.index} of ${generated.collection.collection_id}`,
		render: (ctx) => renderGenerated(ctx, generated)
	};
}

/** Every asset in a collection, rendered without features. */
export function collectionAssets(
	collection: CollectionInfo,
	ctx: RenderContext,
	find: (id: string) => Sample | null
): AssetResponse[] {
	const list: AssetResponse[] = [];
	for (const id of collection.samples) {
		const sample = find(id);
		if (sample) list.push({ ...sample.render(ctx).asset, collection_id: collection.collection_id });
	}
	const gen = collection.generated;
	if (gen) {
		for (let i = 1; i <= gen.count; i++) {
			list.push(renderGenerated(ctx, { collection, index: i }).asset);
		}
	}
	return list;
}
