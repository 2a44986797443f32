import type { components } from '../src/lib/mixpeek/openapi';

// The generated types read the spec's free-form `type: object` as `Record<string, never>`, so
// bodies are typed here with every key required: the real API emits them all, null when empty.
type JsonObject = Record<string, unknown>;

export interface AssetResponse {
	asset_id: string | null;
	collection_id: string | null;
	status: string | null;
	file_data: JsonObject | null;
	metadata: JsonObject | null;
	error: unknown;
	modality: string | null;
	task_id: string | null;
	file_hash: string | null;
	updated_at: string | null;
	created_at: string | null;
	score: number | null;
	url: string | null;
	preview_url: string | null;
	duplicate_of: string | null;
}

export type FeatureResponse = JsonObject & {
	url?: string | null;
	preview_url?: string | null;
	duplicate_of?: string | null;
};

export interface AssetFeatures {
	video: FeatureResponse[] | null;
	image: FeatureResponse[] | null;
	text: FeatureResponse[] | null;
	audio: FeatureResponse[] | null;
}

export type TaskStatus = components['schemas']['TaskStatus'];

export interface TaskResponse {
	task_id: string;
	status: TaskStatus;
	inputs: unknown[] | null;
	outputs: unknown[] | null;
}

export interface GroupedAsset {
	asset: AssetResponse;
	features: AssetFeatures & Record<string, unknown>;
}

export interface RenderContext {
	/** A presigned URL for `file` stored under `ownerAssetId`, or null when URLs were not asked for. */
	url(ownerAssetId: string, file: string): string | null;
	/** Whether the caller asked for URLs; hostile samples emit their raw values only then. */
	returnUrl: boolean;
	processingPhase(assetId: string): 'PENDING' | 'PROCESSING' | 'DONE';
	/** How far the asset's processing clock has run; `tracked` is false for assets without one. */
	processingClock(assetId: string): ProcessingClock;
}

export interface ProcessingClock {
	tracked: boolean;
	startedAt: number;
	spanMs: number;
	/** 0 at the first request, 1 (and beyond) once processing is done. */
	fraction: number;
}

export interface Sample {
	id: string;
	namespace: string;
	description: string;
	render(ctx: RenderContext): GroupedAsset;
}
