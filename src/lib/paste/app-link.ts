/**
 * A pasted link of this app (`…/assets/<id>?tab=…&item=…`) carries the view a colleague was
 * looking at: keep all of it. A Mixpeek API URL (`/v1/assets/<id>/features?return_url=true`)
 * carries the API's own query, which means nothing here.
 */

/** Parameter names that could hold a credential: never carried into our URL. */
const SECRET_NAME = /key|token|secret|signature|credential|password|auth|x-amz/i;
const MAX_KEPT = 30;
const MAX_VALUE_LENGTH = 2000;

/** Whether `segments` (a path split on `/`) is this app's asset page: `[base…]/assets/<id>[/]`. */
export function isAppAssetPath(segments: string[], at: number): boolean {
	if (segments[at - 1] === 'v1') return false;
	const rest = segments.slice(at + 2);
	return rest.length === 0 || (rest.length === 1 && rest[0] === '');
}

/** The query parameters of an app link to carry over, in order; `namespace` is read apart. */
export function keptViewParams(url: URL): [string, string][] {
	const kept: [string, string][] = [];
	for (const [name, value] of url.searchParams) {
		if (name === 'namespace' || SECRET_NAME.test(name)) continue;
		if (value.length > MAX_VALUE_LENGTH || name.length > 64) continue;
		kept.push([name, value]);
		if (kept.length === MAX_KEPT) break;
	}
	return kept;
}
