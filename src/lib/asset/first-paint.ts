/**
 * What the first paint of a huge asset needs. Shipping 10,000 features (3 MiB of presigned URLs)
 * inside the HTML made the browser spend longer compiling the inline data than painting; the
 * server sends each modality's first screenful (or everything up to the page of a deep-linked
 * item or gallery page) with the exact counts, and the page fetches the rest as JSON right after
 * it hydrates.
 */
import type { ValidatedAssetData } from '$lib/mixpeek/types';
import { FIRST_WINDOW, PAGE_SIZE, countItems, defaultTab, pageOf, resolveItem } from './features';
import { itemsOf } from './view-model/from-features-2025';
import { MODALITIES, isModality, type Modality } from './view-model';

/** Assets with more features than this are windowed; smaller ones are sent whole. */
export const WHOLE_ASSET_LIMIT = 1_000;

export interface FirstPaintSlice {
	data: ValidatedAssetData;
	/** Exact feature counts when `data` holds only a window of them; null when it is whole. */
	totals: Record<Modality, number> | null;
}

/** What the link asks to see first: an item (by ID or position), a tab, a 0-based gallery page. */
export interface FirstPaintView {
	item: string | null;
	tab?: string | null;
	page?: number | null;
}

export function firstPaintSlice(
	data: ValidatedAssetData,
	view: string | null | FirstPaintView,
	limit = WHOLE_ASSET_LIMIT
): FirstPaintSlice {
	const wanted = typeof view === 'object' && view !== null ? view : { item: view };
	// The same items the page builds again from `data`: cheap next to the upstream call.
	const items = itemsOf(data.features);
	const totals = countItems(items);
	if (MODALITIES.reduce((sum, m) => sum + totals[m], 0) <= limit) return { data, totals: null };

	const tab = isModality(wanted.tab) ? wanted.tab : defaultTab(data.asset.modality, totals);
	const open = resolveItem(items, wanted.item, tab);
	const features = { ...data.features };
	for (const m of MODALITIES) {
		const list = data.features[m];
		if (!Array.isArray(list)) continue;
		let pages = open?.modality === m ? pageOf(open.index) + 1 : 0;
		// A linked gallery page of the tab it applies to.
		if (m === tab && wanted.page) pages = Math.max(pages, Math.min(wanted.page + 1, 10_000));
		// Else the first screenful: the gallery mounts no more before the viewport is known.
		features[m] = list.slice(0, pages > 0 ? pages * PAGE_SIZE : FIRST_WINDOW);
	}
	return { data: { ...data, features }, totals };
}
