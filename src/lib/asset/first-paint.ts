/**
 * What the first paint of an asset needs. The gallery mounts only a screenful of tiles before the
 * viewport is known, so inlining every feature made the server serialise (and the browser
 * compile) data nobody sees yet: for 10,000 features, 3 MiB of presigned URLs; for 100, most of
 * the page's work. The server renders each modality's first screenful (or everything up to the
 * page of a deep-linked item or gallery page) with the exact counts. The rest of a big asset is
 * streamed after the HTML, in the same response (the same upstream answer and signatures, so the
 * tiles already shown keep their URLs); a huge one's the page fetches as JSON once it hydrated,
 * which parses far faster than the same data inlined in HTML compiles.
 */
import type { ValidatedAssetData, ValidatedFeature } from '$lib/mixpeek/types';
import { FIRST_WINDOW, PAGE_SIZE, defaultTab, pageOf, resolveItem } from './features';
import { itemsOf } from './view-model/from-features-2025';
import { MODALITIES, isModality, type Modality } from './view-model';

/** Assets with more features than this are not streamed whole with the page (see above). */
export const STREAM_LIMIT = 1_000;

/** Per modality, the features a first paint left out (modalities it sent whole are absent). */
export type FeatureTails = Partial<Record<Modality, ValidatedFeature[]>>;

export interface FirstPaintSlice {
	data: ValidatedAssetData;
	/** Exact feature counts when `data` holds only a window of them; null when it is whole. */
	totals: Record<Modality, number> | null;
	/** What the window left out, when the asset is small enough to stream it with the page. */
	rest: FeatureTails | null;
}

/** What the link asks to see first: an item (by ID or position), a tab, a 0-based gallery page. */
export interface FirstPaintView {
	item: string | null;
	tab?: string | null;
	page?: number | null;
}

export function firstPaintSlice(
	data: ValidatedAssetData,
	view: string | null | FirstPaintView
): FirstPaintSlice {
	const wanted = typeof view === 'object' && view !== null ? view : { item: view };
	// Validated lists hold objects only, so their lengths are the counts the model makes.
	const totals = Object.fromEntries(
		MODALITIES.map((m) => [m, data.features[m]?.length ?? 0])
	) as Record<Modality, number>;
	const whole = { data, totals: null, rest: null };
	if (MODALITIES.every((m) => totals[m] <= FIRST_WINDOW)) return whole;

	const tab = isModality(wanted.tab) ? wanted.tab : defaultTab(data.asset.modality, totals);
	// Items (and their IDs) only for a deep link: building 10,000 of them to count is wasted.
	const open = wanted.item ? resolveItem(itemsOf(data.features), wanted.item, tab) : null;
	const features = { ...data.features };
	const rest: FeatureTails = {};
	let cut = false;
	for (const m of MODALITIES) {
		const list = data.features[m];
		if (!list) continue;
		let pages = open?.modality === m ? pageOf(open.index) + 1 : 0;
		// A linked gallery page of the tab it applies to.
		if (m === tab && wanted.page) pages = Math.max(pages, Math.min(wanted.page + 1, 10_000));
		// Else the first screenful: the gallery mounts no more before the viewport is known.
		const kept = pages > 0 ? pages * PAGE_SIZE : FIRST_WINDOW;
		if (list.length <= kept) continue;
		features[m] = list.slice(0, kept);
		rest[m] = list.slice(kept);
		cut = true;
	}
	if (!cut) return whole;
	const streamed = MODALITIES.reduce((sum, m) => sum + totals[m], 0) <= STREAM_LIMIT;
	return { data: { ...data, features }, totals, rest: streamed ? rest : null };
}

/** A first paint's window with the features it left out put back: the asset as it was sent. */
export function withTails(data: ValidatedAssetData, rest: FeatureTails): ValidatedAssetData {
	const features = { ...data.features };
	for (const m of MODALITIES) {
		const tail = rest[m];
		if (tail) features[m] = [...(features[m] ?? []), ...tail];
	}
	return { ...data, features };
}
