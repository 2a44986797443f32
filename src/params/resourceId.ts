import type { ParamMatcher } from '@sveltejs/kit';
import { isPlausibleAssetId } from '$lib/ids';

/** Collection, task and feature IDs follow the same rules as asset IDs: one plain path segment. */
export const match = ((param: string): param is string =>
	isPlausibleAssetId(param)) satisfies ParamMatcher;
