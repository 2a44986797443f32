/**
 * Runtime validation of upstream bodies. The generated types say what Mixpeek promises; these
 * schemas check that a body really has that shape before anything renders it. They are lenient
 * where the contract is (every field optional and nullable, unknown keys kept) and strict where
 * a wrong type would break the page (a string where an object is promised).
 */
import * as v from 'valibot';
import type {
	NamespaceResponse,
	ValidatedAssetData as AssetData,
	ValidatedAssetList,
	ValidatedCollectionList,
	ValidatedFeature,
	ValidatedFeatureDetail,
	ValidatedTask
} from '$lib/mixpeek/types';

const nullableString = v.nullish(v.string());
const jsonObject = v.record(v.string(), v.unknown());

const isNullableString = (value: unknown) => value == null || typeof value === 'string';

/** A feature: an object (as valibot's looseObject takes it) whose URL fields are strings or absent. */
function isFeature(value: unknown): value is ValidatedFeature {
	if (typeof value !== 'object' || value === null) return false;
	const { url, preview_url, duplicate_of } = value as Record<string, unknown>;
	return isNullableString(url) && isNullableString(preview_url) && isNullableString(duplicate_of);
}

/**
 * A feature list, checked in place: an asset can hold 10,000 features, and `v.array(v.looseObject())`
 * rebuilt every one of them (~10 ms and as much garbage per call) only to return an equal copy.
 */
const featureList = v.nullish(
	v.custom<ValidatedFeature[]>(
		(list) => Array.isArray(list) && list.every(isFeature),
		'Invalid feature list'
	)
);

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

// Around an asset: its task, one feature with vectors, the collections, a page of the asset list.

export const TaskSchema = v.looseObject({
	task_id: v.string(),
	// The spec has an enum, but an unknown status is shown neutrally rather than refused.
	status: v.optional(v.string(), 'PENDING'),
	inputs: v.nullish(v.array(v.unknown())),
	outputs: v.nullish(v.array(v.unknown()))
});

export const FeatureDetailSchema = v.looseObject({
	url: nullableString,
	preview_url: nullableString,
	duplicate_of: nullableString,
	vectors: v.nullish(v.record(v.string(), v.unknown()))
});

const PaginationSchema = v.looseObject({
	total: v.pipe(v.number(), v.integer(), v.minValue(0)),
	page: v.pipe(v.number(), v.integer()),
	page_size: v.pipe(v.number(), v.integer()),
	total_pages: v.pipe(v.number(), v.integer(), v.minValue(0)),
	next_page: nullableString,
	previous_page: nullableString
});

export const CollectionListSchema = v.looseObject({
	results: v.array(
		v.looseObject({
			count: v.number(),
			size_bytes: v.number(),
			last_updated: v.string(),
			collection_id: v.string(),
			preview_url: nullableString,
			metadata: v.nullish(v.record(v.string(), v.unknown())),
			collection_name: nullableString
		})
	),
	pagination: PaginationSchema
});

export const AssetListSchema = v.looseObject({
	results: v.array(AssetSchema),
	pagination: PaginationSchema
});

export type _TaskFits = Fits<v.InferOutput<typeof TaskSchema>, ValidatedTask>;
export type _FeatureFits = Fits<v.InferOutput<typeof FeatureDetailSchema>, ValidatedFeatureDetail>;
export type _CollectionsFit = Fits<
	v.InferOutput<typeof CollectionListSchema>,
	ValidatedCollectionList
>;
export type _AssetListFits = Fits<v.InferOutput<typeof AssetListSchema>, ValidatedAssetList>;

export const parseTask = (body: unknown) => v.safeParse(TaskSchema, body);
export const parseFeatureDetail = (body: unknown) => v.safeParse(FeatureDetailSchema, body);
export const parseCollectionList = (body: unknown) => v.safeParse(CollectionListSchema, body);
export const parseAssetList = (body: unknown) => v.safeParse(AssetListSchema, body);
