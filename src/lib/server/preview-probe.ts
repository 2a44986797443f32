/**
 * Finds out why a preview failed to load. The browser cannot read a cross-origin 403, so the
 * server asks the object store itself, but never as an open proxy: the browser's URL only names
 * which object failed; what is fetched is that object's URL from the asset's own fresh upstream
 * answer, and only on the configured API's host or a public address (see address-guard).
 */
import { request, type Dispatcher } from 'undici';
import { MAX_PROBED_URLS, type PreviewDiagnosis, type ProbeVerdict } from '$lib/api';
import { objectKey, presignedExpiry, presignedUrls } from '$lib/live/expiry';
import type { ValidatedAssetData } from '$lib/mixpeek/types';
import { guardedAgent, refusalReason } from './address-guard';

const PROBE_TIMEOUT_MS = 5_000;

const agents = new Map<string, Dispatcher>();
function agentFor(apiOrigin: string): Dispatcher {
	let agent = agents.get(apiOrigin);
	if (!agent) agents.set(apiOrigin, (agent = guardedAgent(apiOrigin)));
	return agent;
}

/** The status of a one-byte GET, 0 when no answer came; -1 when the address was refused. */
async function probeStatus(url: string, apiOrigin: string): Promise<number> {
	if (refusalReason(url, apiOrigin)) return -1;
	try {
		const answer = await request(url, {
			method: 'GET',
			// One byte is enough to learn the status; undici follows no redirect.
			headers: { range: 'bytes=0-0' },
			dispatcher: agentFor(apiOrigin),
			signal: AbortSignal.timeout(PROBE_TIMEOUT_MS)
		});
		answer.body.on('error', () => {});
		answer.body.destroy();
		return answer.statusCode;
	} catch (err) {
		return (err as { code?: string })?.code === 'E_REFUSED_ADDRESS' ? -1 : 0;
	}
}

function verdictFor(status: number, browserUrl: string, now: number): ProbeVerdict {
	if (status === -1) return 'refused';
	if (status === 0) return 'network';
	if (status === 404) return 'missing';
	if (status >= 200 && status < 300) {
		// The object serves with a fresh signature: the browser's link had run out, or, when it had
		// not, the object loads but the browser could not show it.
		const expiry = presignedExpiry(browserUrl);
		return expiry !== null && expiry <= now ? 'expired_refreshed' : 'unsupported';
	}
	return 'denied';
}

/** Diagnoses failed preview URLs against the asset's fresh response, at most MAX_PROBED_URLS. */
export async function diagnosePreviews(
	failedUrls: string[],
	fresh: ValidatedAssetData,
	apiBaseUrl: string
): Promise<PreviewDiagnosis[]> {
	const apiOrigin = new URL(apiBaseUrl).origin;
	const freshByObject = new Map<string, string>();
	for (const url of presignedUrls(fresh)) {
		const key = objectKey(url);
		if (key) freshByObject.set(key, url);
	}
	const now = Date.now();
	const unique = [...new Set(failedUrls)].slice(0, MAX_PROBED_URLS);
	return Promise.all(
		unique.map(async (url): Promise<PreviewDiagnosis> => {
			const key = objectKey(url);
			const freshUrl = key ? freshByObject.get(key) : undefined;
			if (!freshUrl) return { url, verdict: 'not_from_asset', status: 0 };
			const status = await probeStatus(freshUrl, apiOrigin);
			return { url, verdict: verdictFor(status, url, now), status: Math.max(status, 0) };
		})
	);
}
