import type { ParamMatcher } from '@sveltejs/kit';
import { isPlausibleAssetId } from '$lib/ids';

/**
 * SvelteKit matches on the path with `%2F` (and a few other escapes) still encoded, then hands the
 * route the fully decoded ID. Judge the ID the route and Mixpeek would get, so `/assets/a%2Fb` is
 * refused for its slash exactly as the lookup box refuses `a/b`: one rule for both.
 */
function decoded(param: string): string | null {
	try {
		return decodeURIComponent(param);
	} catch {
		return null;
	}
}

export const match = ((param: string): param is string => {
	const id = decoded(param);
	return id !== null && isPlausibleAssetId(id);
}) satisfies ParamMatcher;
