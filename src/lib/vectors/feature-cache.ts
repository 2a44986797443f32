import { apiErrorOf, isFeaturePayload } from '$lib/api';

/**
 * Features fetched for the viewer, once per page: opening an item again, or using it as a
 * sibling of another, costs no second request. A failed load is forgotten so that a retry asks
 * again.
 */

export type FeatureLoad =
	| { ok: true; feature: Record<string, unknown> }
	| { ok: false; kind: string; message: string; status: number; retryAfter?: number };

export class FeatureCache {
	#entries = new Map<string, Promise<FeatureLoad>>();
	readonly #query: string;
	readonly #fetch: typeof fetch;

	constructor(namespace: string | null, fetcher: typeof fetch = (...args) => fetch(...args)) {
		this.#query = namespace ? `?namespace=${encodeURIComponent(namespace)}` : '';
		this.#fetch = fetcher;
	}

	load(featureId: string): Promise<FeatureLoad> {
		let entry = this.#entries.get(featureId);
		if (!entry) {
			entry = this.#request(featureId);
			this.#entries.set(featureId, entry);
			void entry.then((result) => {
				if (!result.ok) this.#entries.delete(featureId);
			});
		}
		return entry;
	}

	async #request(featureId: string): Promise<FeatureLoad> {
		try {
			const response = await this.#fetch(
				`/api/features/${encodeURIComponent(featureId)}${this.#query}`,
				{ headers: { accept: 'application/json' } }
			);
			const body: unknown = await response.json().catch(() => null);
			if (response.ok && isFeaturePayload(body)) return { ok: true, feature: body.data };
			const error = apiErrorOf(body);
			return {
				ok: false,
				kind: error?.kind ?? 'upstream_error',
				message: error?.message ?? `The app answered HTTP ${response.status}.`,
				status: response.status,
				retryAfter: error?.retryAfter
			};
		} catch {
			return {
				ok: false,
				kind: 'network',
				message: 'This page could not reach the Asset Inspector server.',
				status: 0
			};
		}
	}
}

const perPage = new WeakMap<object, FeatureCache>();

/** The cache of one page: `owner` is that page's live asset, so a new load starts afresh. */
export function featureCacheFor(owner: object, namespace: string | null): FeatureCache {
	let cache = perPage.get(owner);
	if (!cache) perPage.set(owner, (cache = new FeatureCache(namespace)));
	return cache;
}
