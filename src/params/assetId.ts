import type { ParamMatcher } from '@sveltejs/kit';
import { isPlausibleAssetId } from '$lib/ids';

export const match = ((param: string): param is string =>
	isPlausibleAssetId(param)) satisfies ParamMatcher;
