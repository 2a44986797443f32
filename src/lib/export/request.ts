/** "Show the request" for one tab: the upstream call behind it, runnable in a shell. */
import { curlCommand } from '$lib/asset/curl';

/**
 * One upstream request answers every tab (features come grouped by modality), so a tab's
 * request is that call narrowed to its group with jq. The key stays `$MIXPEEK_API_KEY`.
 */
export function tabRequest(
	assetId: string,
	namespace: string | null,
	apiBaseUrl: string,
	modality: string
): string {
	const group = /^[a-z_]+$/.test(modality) ? modality : 'video';
	return `${curlCommand(assetId, namespace, apiBaseUrl)} | jq '.features.${group}'`;
}
