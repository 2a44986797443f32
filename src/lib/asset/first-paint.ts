/**
 * What the first paint of a huge asset needs. Shipping 10,000 features (3 MiB of presigned URLs)
 * inside the HTML made the browser spend longer compiling the inline data than painting; the
 * server sends each modality's first gallery page (or the page of a deep-linked item) with the
 * exact counts, and the page fetches the rest as JSON right after it hydrates.
 */
import type { ValidatedAssetData } from '$lib/mixpeek/types';
import { PAGE_SIZE, countItems, findItem, pageOf } from './features';
import { itemsOf } from './view-model/from-features-2025';
import { MODALITIES, type Modality } from './view-model';

/** Assets with more features than this are windowed; smaller ones are sent whole. */
export const WHOLE_ASSET_LIMIT = 1_000;

export interface FirstPaintSlice {
	data: ValidatedAssetData;
	/** Exact feature counts when `data` holds only a window of them; null when it is whole. */
	totals: Record<Modality, number> | null;
}

export function firstPaintSlice(
	data: ValidatedAssetData,
	openItemId: string | null,
	limit = WHOLE_ASSET_LIMIT
): FirstPaintSlice {
	// The same items the page builds again from `data`: cheap next to the upstream call.
	const items = itemsOf(data.features);
	const totals = countItems(items);
	if (MODALITIES.reduce((sum, m) => sum + totals[m], 0) <= limit) return { data, totals: null };

	const open = findItem(items, openItemId);
	const features = { ...data.features };
	for (const m of MODALITIES) {
		const list = data.features[m];
		if (!Array.isArray(list)) continue;
		const keep = open?.modality === m ? (pageOf(open.index) + 1) * PAGE_SIZE : PAGE_SIZE;
		features[m] = list.slice(0, keep);
	}
	return { data: { ...data, features }, totals };
}
