/**
 * Finds out why a preview failed to load. The browser cannot read a cross-origin 403, so the
 * server asks the object store itself, but only for objects of the asset's own fresh upstream
 * response: never an open proxy, never a host the upstream did not name.
 */
import { objectKey, presignedUrls } from '$lib/live/expiry';
import type { ValidatedAssetData } from '$lib/mixpeek/schema';

export type PreviewVerdict =
	'expired_refreshed' | 'denied' | 'missing' | 'unsupported' | 'network' | 'not_from_asset';

export interface PreviewDiagnosis {
	url: string;
	verdict: PreviewVerdict;
	/** What the object store answered for the failed URL (0: no answer). */
	status: number;
}

const PROBE_TIMEOUT_MS = 5_000;
export const MAX_PROBED_URLS = 24;

async function probeStatus(url: string): Promise<number> {
	try {
		const response = await fetch(url, {
			method: 'GET',
			// One byte is enough to learn the status; redirects are not followed off the named host.
			headers: { range: 'bytes=0-0' },
			redirect: 'manual',
			signal: AbortSignal.timeout(PROBE_TIMEOUT_MS)
		});
		await response.body?.cancel();
		return response.status;
	} catch {
		return 0;
	}
}

/** Diagnoses failed preview URLs against the asset's fresh response. */
export async function diagnosePreviews(
	failedUrls: string[],
	fresh: ValidatedAssetData
): Promise<PreviewDiagnosis[]> {
	const freshByObject = new Map<string, string>();
	for (const url of presignedUrls(fresh)) {
		const key = objectKey(url);
		if (key) freshByObject.set(key, url);
	}
	const unique = [...new Set(failedUrls)].slice(0, MAX_PROBED_URLS);
	return Promise.all(
		unique.map(async (url): Promise<PreviewDiagnosis> => {
			const key = objectKey(url);
			const freshUrl = key ? freshByObject.get(key) : undefined;
			if (!key || !freshUrl) return { url, verdict: 'not_from_asset', status: 0 };

			const status = await probeStatus(url);
			if (status === 404) return { url, verdict: 'missing', status };
			if (status >= 200 && status < 300) return { url, verdict: 'unsupported', status };
			if (status === 0) return { url, verdict: 'network', status };
			// 403 (or another refusal): did a fresh signature cure it?
			const freshStatus = await probeStatus(freshUrl);
			// Refused before, served with a new signature: the link had expired (on time or early).
			if (freshStatus >= 200 && freshStatus < 300)
				return { url, verdict: 'expired_refreshed', status };
			if (freshStatus === 404) return { url, verdict: 'missing', status: freshStatus };
			return { url, verdict: freshStatus === 0 ? 'network' : 'denied', status };
		})
	);
}
