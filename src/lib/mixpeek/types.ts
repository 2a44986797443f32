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
