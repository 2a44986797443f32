/**
 * Search parts only a search shows (hits outside a tile's texts, the "nothing matches" state),
 * fetched once a query or filter is active so the page's first load carries none of them.
 */
import { LazyComponent } from '$lib/lazy-component.svelte';

export const matchList = new LazyComponent(() => import('./MatchList.svelte'));
export const findEmpty = new LazyComponent(() => import('./FindEmpty.svelte'));

/** Fetches both; a failure leaves the plain tiles and the count line, which still say enough. */
export function loadSearchParts(): void {
	matchList.load().catch(() => {});
	findEmpty.load().catch(() => {});
}
