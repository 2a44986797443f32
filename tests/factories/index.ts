/**
 * Typed test data for unit and component tests. Bodies have the stand-in's shape (every asset
 * key present, null when empty, as `standin/types.ts` says the real API sends). The stand-in's
 * builders are not imported: they pull in its sample media, which jsdom cannot load.
 */
import type {
	AssetFeaturesPayload,
	DiagnoseResponse,
	PreviewDiagnosis,
	UpstreamMeta
} from '$lib/api';
import type { ValidatedAssetData, ValidatedFeature } from '$lib/mixpeek/types';
import type { AssetFeatures, AssetResponse } from '../../standin/types';

type Groups = Partial<Record<'video' | 'image' | 'text' | 'audio', ValidatedFeature[] | null>> &
	Record<string, unknown>;

/** A validated features body: every asset key present (null when empty), like the real API. */
export function assetData(
	fields: Partial<AssetResponse> = {},
	groups: Groups = {}
): ValidatedAssetData {
	const asset: AssetResponse = {
		asset_id: 'ast_test',
		collection_id: null,
		status: 'DONE',
		file_data: null,
		metadata: null,
		error: null,
		modality: null,
		task_id: null,
		file_hash: null,
		updated_at: null,
		created_at: null,
		score: null,
		url: null,
		preview_url: null,
		duplicate_of: null,
		...fields
	};
	const features: AssetFeatures = { video: null, image: null, text: null, audio: null };
	return { asset: { ...asset }, features: { ...features, ...groups } };
}

/** One feature; `n` numbers the id and URLs so lists are easy to build. */
export function feature(n = 0, fields: Record<string, unknown> = {}): ValidatedFeature {
	return {
		feature_id: `ftr_${n}`,
		url: `https://objects.test/f/${n}.png`,
		preview_url: `https://objects.test/p/${n}.png`,
		duplicate_of: null,
		...fields
	};
}

/** `count` features numbered from 0. */
export function featureList(
	count: number,
	fields: Record<string, unknown> = {}
): ValidatedFeature[] {
	return Array.from({ length: count }, (_, n) => feature(n, fields));
}

/** An S3-style presigned URL signed at `signedAt`, valid for `expiresIn` seconds. */
export function presignedUrl({
	signedAt = new Date(),
	expiresIn = 3600,
	origin = 'https://bucket.s3.amazonaws.com',
	path = '/objects/a.png'
}: {
	signedAt?: Date | number;
	expiresIn?: number | string;
	origin?: string;
	path?: string;
} = {}): string {
	const stamp = new Date(signedAt).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
	return (
		`${origin}${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${stamp}` +
		`&X-Amz-Expires=${expiresIn}&X-Amz-SignedHeaders=host&X-Amz-Signature=${'a'.repeat(64)}`
	);
}

export function upstreamMeta(fields: Partial<UpstreamMeta> = {}): UpstreamMeta {
	return {
		status: 200,
		latencyMs: 5,
		requestId: 'req_test',
		fetchedAt: Date.now(),
		namespace: null,
		...fields
	};
}

/** A `GET /api/assets/…/features` body. */
export function featuresPayload(
	data: ValidatedAssetData = assetData(),
	upstream: Partial<UpstreamMeta> = {}
): AssetFeaturesPayload {
	return { data, upstream: upstreamMeta(upstream) };
}

/** A `POST /api/assets/…/diagnose` body. */
export function diagnoseResponse(
	diagnoses: PreviewDiagnosis[],
	data: ValidatedAssetData = assetData()
): DiagnoseResponse {
	return { ...featuresPayload(data), diagnoses };
}
