import type { ParamMatcher } from '@sveltejs/kit';
import { isPlausibleAssetId } from '$lib/ids';

/** A bucket, object or document identifier of today's API: the same rules as an asset ID. */
export const match = ((param: string): param is string =>
	isPlausibleAssetId(param)) satisfies ParamMatcher;
