/**
 * Runtime validation of upstream bodies. The generated types say what Mixpeek promises; these
 * schemas check that a body really has that shape before anything renders it. They are lenient
 * where the contract is (every field optional and nullable, unknown keys kept) and strict where
 * a wrong type would break the page (a string where an object is promised).
 */
import * as v from 'valibot';
import type { NamespaceResponse, ValidatedAssetData as AssetData } from '$lib/mixpeek/types';

const nullableString = v.nullish(v.string());
const jsonObject = v.record(v.string(), v.unknown());

export const FeatureSchema = v.looseObject({
	url: nullableString,
	preview_url: nullableString,
	duplicate_of: nullableString
});

const featureList = v.nullish(v.array(FeatureSchema));

export const AssetSchema = v.looseObject({
	asset_id: nullableString,
	collection_id: nullableString,
	status: nullableString,
	file_data: v.nullish(jsonObject),
	metadata: v.nullish(jsonObject),
	error: v.nullish(v.unknown()),
	modality: nullableString,
	task_id: nullableString,
	file_hash: nullableString,
	updated_at: nullableString,
	created_at: nullableString,
	score: v.nullish(v.number()),
	url: nullableString,
	preview_url: nullableString,
	duplicate_of: nullableString
});

export const GroupedAssetDataSchema = v.object({
	asset: AssetSchema,
	// Required by the spec, but an asset without it still has metadata worth showing.
	features: v.optional(
		v.looseObject({
			video: featureList,
			image: featureList,
			text: featureList,
			audio: featureList
		}),
		{}
	)
});

export const NamespaceListSchema = v.array(
	v.looseObject({
		namespace_id: v.string(),
		namespace_name: v.string(),
		embedding_models: v.array(v.string()),
		payload_indexes: v.optional(v.nullable(v.array(v.unknown())), null)
	})
);

/** What a validated features body is: the browser-safe `ValidatedAssetData` of `$lib/mixpeek/types`. */
export type ValidatedAssetData = v.InferOutput<typeof GroupedAssetDataSchema>;
export type ValidatedNamespaces = v.InferOutput<typeof NamespaceListSchema>;

// Compile-time guards: the validator's output must fit the types the rest of the app reads.
type Fits<A extends B, B> = A;
export type _AssetDataFitsSpec = Fits<ValidatedAssetData, AssetData>;
export type _NamespacesFitSpec = Fits<ValidatedNamespaces, NamespaceResponse[]>;

export function parseAssetData(body: unknown) {
	return v.safeParse(GroupedAssetDataSchema, body);
}

export function parseNamespaces(body: unknown) {
	return v.safeParse(NamespaceListSchema, body);
}

export type ValidatedAsset = v.InferOutput<typeof AssetSchema>;

export function parseAsset(body: unknown) {
	return v.safeParse(AssetSchema, body);
}
