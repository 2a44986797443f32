import { config } from '$lib/server/config';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	/** Assets the operator lists for a first look (FEATURED_ASSETS), shown on the home page only. */
	featuredAssets: config().featuredAssets
})) satisfies PageServerLoad;
