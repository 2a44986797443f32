/**
 * How the asset page's view goes into the browser's history. The URL is the truth (a reload or a
 * shared link restores it); history entries make Back and Forward walk through what the user did:
 *
 * - opening the viewer and turning a gallery page are entries of their own (Back undoes them);
 * - moving inside the viewer and changing tab replace the entry (Back still closes the viewer);
 * - a new search, filter or sort replaces it too (typing must not leave an entry per keystroke)
 *   and starts every tab again on its first page;
 * - closing the viewer goes back over the entry its opening made, so open-then-close leaves
 *   history as it was; a viewer opened by a link (no entry of ours below it) is closed in place.
 */

import type { AssetViewParams } from '$lib/links';
import { FIND_PARAMS } from '$lib/search/url';

/** The query parameters the asset page's view owns, in the order links show them. */
export const VIEW_PARAMS = ['namespace', 'tab', 'item', 'page', 't'] as const;
// The search's own parameters (`q`, filters, sort) follow these; see `withView`.
export type ViewParam = (typeof VIEW_PARAMS)[number];

export type ViewChange = 'open' | 'move' | 'close' | 'tab' | 'page' | 'time' | 'find';
export type HistoryMode = 'push' | 'replace' | 'back';

/** What the page keeps in `page.state` for an entry it made. */
export interface ViewEntryState extends AssetViewParams {
	/** Set on the entry an `open` pushed: closing may then go back over it. */
	opened?: boolean;
	/** The 0-based gallery page shown under the viewer when it was opened. */
	openedFromPage?: number | null;
}

/**
 * Push, replace or go back for one change. `current` is the state of the entry on screen
 * (undefined after a reload or a fresh link); `closingOnPage` is the page the closed item is on.
 */
export function historyMode(
	change: ViewChange,
	current: ViewEntryState | undefined,
	closingOnPage?: number
): HistoryMode {
	switch (change) {
		case 'open':
		case 'page':
		case 'time':
			return 'push';
		case 'close':
			// Going back lands on the page the viewer was opened from; if arrows moved it to
			// another page, stay there instead (its tile is where focus returns).
			return current?.opened && (current.openedFromPage ?? 0) === (closingOnPage ?? 0)
				? 'back'
				: 'replace';
		default:
			return 'replace';
	}
}

/**
 * `url`'s path and query with `changes` applied: view parameters in a fixed order (null drops
 * one), then `find` (the search and filters, as a query string) in place of the URL's own when
 * given, then every other parameter (anything a later feature adds) kept as it was.
 */
export function withView(
	url: URL,
	changes: Partial<Record<ViewParam, string | null>>,
	find?: string
): string {
	const owned: readonly string[] =
		find === undefined ? VIEW_PARAMS : [...VIEW_PARAMS, ...FIND_PARAMS];
	const next = new URLSearchParams();
	for (const key of VIEW_PARAMS) {
		const value = key in changes ? changes[key] : url.searchParams.get(key);
		if (value !== null && value !== undefined && value !== '') next.set(key, value);
	}
	for (const [key, value] of new URLSearchParams(find ?? '')) {
		if ((FIND_PARAMS as readonly string[]).includes(key)) next.append(key, value);
	}
	for (const [key, value] of url.searchParams) {
		if (!owned.includes(key)) next.append(key, value);
	}
	const query = next.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}

/** `page=` (1-based in the URL) as a 0-based page; null when absent or malformed. */
export function readPageParam(url: URL): number | null {
	const raw = url.searchParams.get('page');
	if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
	const page = Number(raw) - 1;
	return page >= 0 ? page : null;
}

/** A 0-based page as `page=` (page 1 is left out, so links stay short). */
export function pageParam(page: number): string | null {
	return page > 0 ? String(page + 1) : null;
}
