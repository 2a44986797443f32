/**
 * The app's names for Mixpeek's shapes. Everything here derives from the generated
 * `openapi.d.ts` (run `npm run gen:types`), never from hand-written copies of the spec.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

export type AssetResponse = Schemas['AssetResponse'];
export type FeatureResponse = Schemas['FeatureResponse'];
export type AssetFeatures = Schemas['AssetFeatures'];
export type GroupedAssetData = Schemas['GroupedAssetData'];
export type ErrorResponse = Schemas['ErrorResponse'];
export type HTTPValidationError = Schemas['HTTPValidationError'];
export type NamespaceResponse = Schemas['NamespaceResponse'];
export type TaskResponse = Schemas['TaskResponse'];
export type TaskStatus = Schemas['TaskStatus'];

/** The four modalities the features endpoint groups by, in display order. */
export const MODALITIES = ['video', 'image', 'text', 'audio'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * Every way an upstream call can fail, as the UI tells them apart. The server maps each
 * upstream answer to exactly one kind (src/lib/server/mixpeek.ts).
 */
export type UpstreamErrorKind =
	| 'no_key'
	| 'unauthorized'
	| 'forbidden'
	| 'asset_not_found'
	| 'namespace_not_found'
	| 'validation'
	| 'rate_limited'
	| 'upstream_error'
	| 'timeout'
	| 'unreachable'
	| 'invalid_response'
	| 'bad_request';

/** What the diagnostics strip shows about the upstream call that produced the data. */
export interface UpstreamMeta {
	/** HTTP status of the last upstream answer (0 when none arrived). */
	status: number;
	/** Wall time of the upstream call, retries included, in ms. */
	latencyMs: number;
	/** Upstream's request id header when it sent one, else ours. */
	requestId: string;
	/** When the data was fetched, epoch ms. */
	fetchedAt: number;
	/** The namespace sent as X-Namespace, or null when none was sent. */
	namespace: string | null;
}

/** Body of `GET /api/assets/[asset_id]/features` on success. */
export interface AssetFeaturesPayload {
	data: import('./schema').ValidatedAssetData;
	upstream: UpstreamMeta;
}

/** Body of the app's JSON API on failure. */
export interface ApiErrorBody {
	error: { kind: UpstreamErrorKind; message: string; retryAfter?: number; status: number };
}
