import type { UpstreamErrorKind } from '$lib/mixpeek/types';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Set when the error came from an upstream call; the error page picks its state by it. */
			kind?: UpstreamErrorKind | 'bad_input';
			/** Correlates the page with the server log line. */
			errorId?: string;
			/** Seconds to wait before retrying (rate limited). */
			retryAfter?: number;
			/** The namespace that was searched, null when none was sent. */
			namespace?: string | null;
			assetId?: string;
			/** Field-level messages of a 422. */
			details?: string[];
			/** The start of a body the app could not understand, for a bug report (never holds the key). */
			rawBody?: string;
		}
		interface Locals {
			/** The Mixpeek key for this request: the user's saved one, else the server default. Server-only. */
			apiKey: string | null;
			/** Where the key came from, for the settings page. */
			keySource: 'cookie' | 'server' | null;
			/** The user's saved default namespace. */
			defaultNamespace: string | null;
			requestId: string;
			/** Who the auth proxy says is asking (AUTH_PROXY_HEADER), for the logs; null without one. */
			identity: string | null;
		}
		// interface PageData {}
		interface PageState {
			/** The asset page's tab and open item, set by shallow routing (replaceState). */
			assetView?: { tab: string | null; item: string | null };
		}
		// interface Platform {}
	}
}

export {};
