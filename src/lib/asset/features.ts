/** Choosing among the view model's feature items: tab selection, lookup by id, paging. */
import {
	MODALITIES,
	isModality,
	type FeatureItem,
	type ItemsByModality,
	type Modality
} from './view-model';
import { resolveItemParam } from '$lib/search/url';

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

/**
 * The item an `?item=` names: a feature ID (exact, IDs win even when all digits), else a 1-based
 * position (`item=4321`) in `positionTab`, the way the tiles number them.
 */
export function resolveItem(
	items: ItemsByModality,
	value: string | null,
	positionTab: Modality
): FeatureItem | null {
	return resolveItemParam(value, items[positionTab], (id) => findItem(items, id));
}

export const PAGE_SIZE = 120;

/**
 * The tiles a gallery page shows before the viewport is known (the server render and the first
 * client frame): a screenful on any layout. A page of at most this many is never windowed.
 */
export const FIRST_WINDOW = 20;

/** Which gallery page (0-based) holds the item at `index`. */
export function pageOf(index: number, pageSize = PAGE_SIZE): number {
	return Math.max(0, Math.floor(index / pageSize));
}
