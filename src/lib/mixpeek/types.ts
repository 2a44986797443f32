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
export type ListAssetsRequest = Schemas['ListAssetsRequest'];

type JsonObject = Record<string, unknown>;

/**
 * A `GET /v1/assets/{id}/features` body after the server validated it
 * (`$lib/server/mixpeek/schema.ts`, which checks at compile time that its output fits this type):
 * the spec's shape, with the free-form objects typed as objects and unknown keys kept.
 */
export interface ValidatedAssetData {
	asset: Omit<AssetResponse, 'file_data' | 'metadata'> & {
		file_data?: JsonObject | null;
		metadata?: JsonObject | null;
		[key: string]: unknown;
	};
	features: {
		[K in keyof AssetFeatures]?: ValidatedFeature[] | null;
	} & { [key: string]: unknown };
}

/** One feature of a validated body: the spec's three fields, everything else as sent. */
export type ValidatedFeature = FeatureResponse;

/** A validated `GET /v1/tasks/{id}` body; the status is kept as sent (shown neutrally if unknown). */
export interface ValidatedTask {
	task_id: string;
	status: string;
	inputs?: unknown[] | null;
	outputs?: unknown[] | null;
	[key: string]: unknown;
}

/** A validated `GET /v1/features/{id}?return_vectors=true` body: any fields, `vectors` an object. */
export interface ValidatedFeatureDetail {
	url?: string | null;
	preview_url?: string | null;
	duplicate_of?: string | null;
	vectors?: Record<string, unknown> | null;
	[key: string]: unknown;
}

export interface ValidatedPagination {
	total: number;
	page: number;
	page_size: number;
	total_pages: number;
	next_page?: string | null;
	previous_page?: string | null;
	[key: string]: unknown;
}

export interface ValidatedCollectionList {
	results: {
		count: number;
		size_bytes: number;
		last_updated: string;
		collection_id: string;
		preview_url?: string | null;
		metadata?: JsonObject | null;
		collection_name?: string | null;
		[key: string]: unknown;
	}[];
	pagination: ValidatedPagination;
	[key: string]: unknown;
}

/** A validated page of `POST /v1/assets`. */
export interface ValidatedAssetList {
	results: ValidatedAssetData['asset'][];
	pagination: ValidatedPagination;
	[key: string]: unknown;
}
