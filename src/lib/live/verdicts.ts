import type { PreviewVerdict } from '$lib/api';

/** What a tile says about a preview that failed, once the server found out why. */
export const VERDICT_MESSAGES: Record<PreviewVerdict, string> = {
	expired_refreshed: 'Link expired — refreshed',
	denied: 'Access denied by storage (403)',
	missing: 'Object missing (404)',
	unsupported: "Can't play this format here",
	network: 'Network error',
	not_from_asset: 'Not a URL of this asset',
	refused: 'Not checked: not a public address',
	still_failing: 'Still failing after a fresh link'
};

export function verdictMessage(verdict: PreviewVerdict | undefined): string | null {
	return verdict ? VERDICT_MESSAGES[verdict] : null;
}
