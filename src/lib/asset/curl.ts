/** The asset's upstream request and download names, for the Raw JSON panel's actions. */

function singleQuote(text: string): string {
	return `'${text.replace(/'/g, `'\\''`)}'`;
}

function doubleQuote(text: string): string {
	return `"${text.replace(/["\\$`]/g, '\\$&')}"`;
}

/** The upstream request as a cURL command, the key left as `$MIXPEEK_API_KEY` for the shell. */
export function curlCommand(
	assetId: string,
	namespace: string | null,
	/** The server's configured upstream base URL (the load sends it). */
	apiBaseUrl: string
): string {
	const base = apiBaseUrl.replace(/\/+$/, '');
	const url = `${base}/v1/assets/${encodeURIComponent(assetId)}/features?return_url=true`;
	const parts = ['curl', '-H "Authorization: Bearer $MIXPEEK_API_KEY"'];
	if (namespace) parts.push(`-H ${doubleQuote(`X-Namespace: ${namespace}`)}`);
	parts.push(singleQuote(url));
	return parts.join(' ');
}

/** `GET /v1/features/{id}?return_vectors=true` as a cURL command, key left as `$MIXPEEK_API_KEY`. */
export function featureCurlCommand(
	featureId: string,
	namespace: string | null,
	apiBaseUrl: string
): string {
	const base = apiBaseUrl.replace(/\/+$/, '');
	const url = `${base}/v1/features/${encodeURIComponent(featureId)}?return_vectors=true`;
	const parts = ['curl', '-H "Authorization: Bearer $MIXPEEK_API_KEY"'];
	if (namespace) parts.push(`-H ${doubleQuote(`X-Namespace: ${namespace}`)}`);
	parts.push(singleQuote(url));
	return parts.join(' ');
}

/** One upstream call of today's API (an object page makes several), as a cURL command. */
export function curlForCall(
	call: { method: 'GET' | 'POST'; path: string; body: Record<string, unknown> | null },
	namespace: string | null,
	apiBaseUrl: string
): string {
	const parts = ['curl'];
	if (call.method !== 'GET') parts.push(`-X ${call.method}`);
	parts.push('-H "Authorization: Bearer $MIXPEEK_API_KEY"');
	if (namespace) parts.push(`-H ${doubleQuote(`X-Namespace: ${namespace}`)}`);
	if (call.body) {
		parts.push(
			`-H 'Content-Type: application/json'`,
			`--data ${singleQuote(JSON.stringify(call.body))}`
		);
	}
	parts.push(singleQuote(`${apiBaseUrl.replace(/\/+$/, '')}${call.path}`));
	return parts.join(' ');
}

/** A file name safe on every OS for the downloaded JSON. */
export function jsonFileName(assetId: string): string {
	const safe = assetId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100) || 'asset';
	return `${safe}.features.json`;
}
