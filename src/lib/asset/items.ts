/** Feature items: stable identity, per-modality grouping and tab selection. */
import type { ValidatedAssetData } from '$lib/mixpeek/schema';
import { MODALITIES, type Modality } from '$lib/mixpeek/types';

export type Feature = NonNullable<ValidatedAssetData['features']['image']>[number];
export type FeatureGroups = ValidatedAssetData['features'];

export interface FeatureItem {
	/** Stable, unique within the asset: the item's `feature_id`, else `<modality>-<index>`. */
	id: string;
	modality: Modality;
	index: number;
	feature: Feature;
}

export type ItemsByModality = Record<Modality, FeatureItem[]>;

/** Keys shown on the tile/viewer itself rather than in the item's detail list. */
const DECLARED_KEYS = new Set(['url', 'preview_url', 'duplicate_of']);

export function isModality(value: unknown): value is Modality {
	return typeof value === 'string' && (MODALITIES as readonly string[]).includes(value);
}

function asList(value: unknown): Feature[] {
	return Array.isArray(value)
		? value.filter((f): f is Feature => f !== null && typeof f === 'object')
		: [];
}

/**
 * Groups the features by modality and gives each a unique id. A `feature_id` is used when it is a
 * non-empty string seen once in the asset; repeated or missing ones fall back to the positional id.
 */
export function buildItems(features: FeatureGroups | null | undefined): ItemsByModality {
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
			return { id, modality, index, feature };
		});
	}
	return out;
}

export function countItems(items: ItemsByModality): Record<Modality, number> {
	return Object.fromEntries(MODALITIES.map((m) => [m, items[m].length])) as Record<
		Modality,
		number
	>;
}

export function findItem(items: ItemsByModality, id: string | null): FeatureItem | null {
	if (!id) return null;
	for (const m of MODALITIES) {
		const hit = items[m].find((item) => item.id === id);
		if (hit) return hit;
	}
	return null;
}

/** The asset's own modality when it has features, else the first non-empty one, else the own/first. */
export function defaultTab(assetModality: unknown, counts: Record<Modality, number>): Modality {
	const own = typeof assetModality === 'string' ? assetModality.trim().toLowerCase() : '';
	if (isModality(own) && counts[own] > 0) return own;
	const firstNonEmpty = MODALITIES.find((m) => counts[m] > 0);
	if (firstNonEmpty) return firstNonEmpty;
	return isModality(own) ? own : MODALITIES[0];
}

/** The tab to show: a valid `?tab=`, else the open item's modality, else the default. */
export function resolveTab(
	requested: string | null,
	openItem: FeatureItem | null,
	assetModality: unknown,
	counts: Record<Modality, number>
): Modality {
	if (isModality(requested)) return requested;
	if (openItem) return openItem.modality;
	return defaultTab(assetModality, counts);
}

/** Feature groups upstream sent that this page has no tab for (shown as a note, and in Raw JSON). */
export function unknownGroups(features: FeatureGroups | null | undefined) {
	if (!features) return [];
	return Object.entries(features)
		.filter(([key, value]) => !isModality(key) && value != null)
		.map(([key, value]) => ({ key, count: Array.isArray(value) ? value.length : null }));
}

/** The item's keys beyond url/preview_url/duplicate_of, for its detail view. */
export function extraEntries(feature: Feature): [string, unknown][] {
	return Object.entries(feature).filter(([key]) => !DECLARED_KEYS.has(key));
}

/** A string field of an untrusted feature, or null. */
export function textField(feature: Feature, key: string): string | null {
	const value = feature[key];
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A numeric field of an untrusted feature, or null. */
export function numberField(feature: Feature, key: string): number | null {
	const value = feature[key];
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export const PAGE_SIZE = 120;

/** Which gallery page (0-based) holds the item at `index`. */
export function pageOf(index: number, pageSize = PAGE_SIZE): number {
	return Math.max(0, Math.floor(index / pageSize));
}
