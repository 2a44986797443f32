/**
 * Feature embeddings for `GET /v1/features/{id}?return_vectors=true`, and the sample whose vectors
 * are unhealthy. Non-finite floats cannot be JSON numbers: pydantic's default writes NaN/±Inf as
 * null, and its `strings` mode as "NaN"/"Infinity"/"-Infinity"; the broken sample uses both.
 */
import { embedding, feature, asset, features, fileData } from './builders';
import { MEDIA } from './media';
import type { FeatureResponse, GroupedAsset, RenderContext } from './types';

export const VECTOR_HEALTH_ID = 'ast_vector_health';

/** The dimension each vector index has in this deployment. */
export const VECTOR_DIMENSIONS = {
	image_vector: 512,
	text_vector: 1024,
	multimodal_vector: 1408
} as const;
type VectorName = keyof typeof VECTOR_DIMENSIONS;

const BY_MODALITY: Record<string, VectorName[]> = {
	image: ['image_vector', 'multimodal_vector'],
	video: ['multimodal_vector', 'text_vector'],
	audio: ['multimodal_vector'],
	text: ['text_vector']
};

function seedOf(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
}

function healthy(
	featureId: string,
	name: VectorName,
	size: number = VECTOR_DIMENSIONS[name]
): number[] {
	return embedding(seedOf(`${featureId}/${name}`), size);
}

const BROKEN: Record<string, (id: string) => Record<string, unknown>> = {
	ftr_vector_health_0002: (id) => {
		const values: (number | string | null)[] = healthy(id, 'image_vector');
		for (const i of [3, 77, 301]) values[i] = null;
		values[128] = 'NaN';
		values[200] = 'Infinity';
		values[201] = '-Infinity';
		return { image_vector: values, multimodal_vector: healthy(id, 'multimodal_vector') };
	},
	ftr_vector_health_0003: (id) => ({
		image_vector: new Array(VECTOR_DIMENSIONS.image_vector).fill(0),
		multimodal_vector: healthy(id, 'multimodal_vector')
	}),
	ftr_vector_health_0004: (id) => ({
		image_vector: healthy(id, 'image_vector', 384),
		multimodal_vector: healthy(id, 'multimodal_vector')
	})
};

/** The feature's `vectors`: one dense array per vector index of its modality. */
export function vectorsFor(item: FeatureResponse): Record<string, unknown> {
	const id = String(item.feature_id ?? '');
	const broken = BROKEN[id];
	if (broken) return broken(id);
	const names = BY_MODALITY[String(item.modality)] ?? ['multimodal_vector'];
	return Object.fromEntries(names.map((name) => [name, healthy(id, name)]));
}

/** Five image features: one healthy, one with NaN/±Inf, one all zeros, one 384-d, one healthy. */
export function vectorHealth(ctx: RenderContext): GroupedAsset {
	const id = VECTOR_HEALTH_ID;
	const collection = 'col_demo_images';
	const captions = [
		'Healthy embedding',
		'Embedding with NaN and infinite values',
		'Embedding that is all zeros',
		'Embedding with 384 dimensions instead of 512',
		'Another healthy embedding'
	];
	const media = ['pngTestsrc', 'jpegMandelbrot', 'webpRadial', 'pngSmpte', 'jpegGradient'] as const;
	return {
		asset: asset({
			asset_id: id,
			collection_id: collection,
			status: 'DONE',
			modality: 'image',
			file_data: fileData('pngSmpte'),
			metadata: { title: 'Embeddings with problems', extractor: 'image_extractor_v2' },
			created_at: '2025-01-20T19:10:00.000000',
			updated_at: '2025-01-20T19:10:04.000000',
			url: ctx.url(id, MEDIA.pngSmpte.file),
			preview_url: ctx.url(id, MEDIA.pngSmpte.file)
		}),
		features: features({
			image: captions.map((text, index) =>
				feature(ctx, {
					owner: id,
					collection,
					index,
					modality: 'image',
					media: media[index],
					text,
					extra: { file_type: MEDIA[media[index]].type }
				})
			)
		})
	};
}
