import type { OtherNamespacesCheck, UpstreamError } from '$lib/api';
import type { ViewEntryState } from '$lib/asset/view-history';

declare global {
	namespace App {
		/** An upstream failure as the error page gets it, plus where it happened. */
		interface Error extends Partial<
			Pick<
				UpstreamError,
				| 'retryAfter'
				| 'details'
				| 'rawBody'
				| 'upstreamRequestId'
				| 'latencyMs'
				| 'attempts'
				| 'timeout'
			>
		> {
			message: string;
			/** Set when the error came from an upstream call; the error page picks its state by it. */
			kind?: UpstreamError['kind'] | 'bad_input';
			/** Correlates the page with the server log line. */
			errorId?: string;
			/** The namespace that was searched, null when none was sent. */
			namespace?: string | null;
			assetId?: string;
			/** Mixpeek's HTTP status; 0 when no answer arrived (timeout, unreachable). */
			upstreamStatus?: number;
			/** After an asset 404: which other namespaces the key can see hold the ID. */
			otherNamespaces?: OtherNamespacesCheck;
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
			/** The asset page's view for this history entry, set by shallow routing. */
			assetView?: ViewEntryState;
		}
		// interface Platform {}
	}
}

export {};
