/**
 * The mapper for the 2025 API: `GET /v1/assets/{id}/features` answers `{asset, features}` with
 * features grouped by modality. The only module (besides the validator) that knows those fields.
 */
import type { ValidatedAssetData } from '$lib/mixpeek/types';
import { classifyStatus } from '../status';
import { entries, errorMessage, mediaUrls, num, str, text } from './fields';
import {
	MODALITIES,
	isModality,
	type AssetModel,
	type AssetSummary,
	type FeatureItem,
	type ItemsByModality,
	type MediaUrls,
	type Modality
} from './model';

type Feature = Record<string, unknown>;

/** Keys the model names; the rest go to an item's detail list. */
const DECLARED_KEYS = new Set(['url', 'preview_url', 'duplicate_of']);
const FILE_KEYS = new Set(['file_type', 'file_size_bytes']);

function asList(value: unknown): Feature[] {
	return Array.isArray(value)
		? value.filter((f): f is Feature => f !== null && typeof f === 'object')
		: [];
}

function summaryOf(asset: ValidatedAssetData['asset'], fallbackId: string): AssetSummary {
	const fileData = asset.file_data ?? {};
	const error = asset.error;
	return {
		id: text(asset.asset_id) ?? fallbackId,
		status: str(asset.status),
		statusInfo: classifyStatus(asset.status),
		modality: str(asset.modality),
		file: {
			type: str(fileData.file_type),
			sizeBytes: fileData.file_size_bytes,
			other: entries(fileData).filter(([k]) => !FILE_KEYS.has(k))
		},
		duration: num(fileData.duration),
		metadata: entries(asset.metadata),
		createdAt: str(asset.created_at),
		updatedAt: str(asset.updated_at),
		taskId: str(asset.task_id),
		collectionId: str(asset.collection_id),
		fileHash: str(asset.file_hash),
		duplicateOf: text(asset.duplicate_of),
		score: num(asset.score),
		urls: mediaUrls(asset.url, asset.preview_url),
		error:
			error === null || error === undefined || error === ''
				? null
				: { message: errorMessage(error), raw: error }
	};
}

function itemOf(feature: Feature, id: string, modality: Modality, index: number): FeatureItem {
	// URL checks and the detail list are computed when first read: a 10,000-feature asset
	// shows one page of tiles, and most items are never opened.
	let urls: MediaUrls | undefined;
	let details: [string, unknown][] | undefined;
	return {
		id,
		featureId: str(feature.feature_id),
		modality,
		index,
		position: index + 1,
		start: num(feature.start_time),
		end: num(feature.end_time),
		timestamp: num(feature.timestamp),
		texts: {
			text: text(feature.text),
			description: text(feature.description),
			transcription: text(feature.transcription)
		},
		get urls() {
			return (urls ??= mediaUrls(feature.url, feature.preview_url));
		},
		duplicateOf: text(feature.duplicate_of),
		get details() {
			return (details ??= Object.entries(feature).filter(([key]) => !DECLARED_KEYS.has(key)));
		},
		raw: feature
	};
}

/**
 * Groups the features by modality and gives each a unique id. A `feature_id` is used when it is a
 * non-empty string seen once in the asset; repeated or missing ones fall back to the positional id.
 */
export function itemsOf(
	features: ValidatedAssetData['features'] | null | undefined
): ItemsByModality {
	const lists = MODALITIES.map((m) => [m, asList(features?.[m])] as const);
	const seen = new Map<string, number>();
	for (const [, list] of lists) {
		for (const f of list) {
			if (typeof f.feature_id === 'string' && f.feature_id !== '') {
				seen.set(f.feature_id, (seen.get(f.feature_id) ?? 0) + 1);
			}
		}
	}
	const taken = new Set<string>();
	const out = {} as ItemsByModality;
	for (const [modality, list] of lists) {
		out[modality] = list.map((feature, index) => {
			const fid = feature.feature_id;
			let id =
				typeof fid === 'string' && fid !== '' && seen.get(fid) === 1 ? fid : `${modality}-${index}`;
			for (let n = 2; taken.has(id); n++) id = `${modality}-${index}~${n}`;
			taken.add(id);
			return itemOf(feature, id, modality, index);
		});
	}
	return out;
}

export function fromFeatures2025(data: ValidatedAssetData, fallbackId: string): AssetModel {
	const items = itemsOf(data.features);
	return {
		summary: summaryOf(data.asset, fallbackId),
		items,
		counts: Object.fromEntries(MODALITIES.map((m) => [m, items[m].length])) as Record<
			Modality,
			number
		>,
		unknownGroups: Object.entries(data.features ?? {})
			.filter(([key, value]) => !isModality(key) && value != null)
			.map(([key, value]) => ({ key, count: Array.isArray(value) ? value.length : null })),
		raw: data
	};
}
