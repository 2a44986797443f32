import type { UpstreamError } from '$lib/api';

declare global {
	namespace App {
		/** An upstream failure as the error page gets it, plus where it happened. */
		interface Error extends Partial<Pick<UpstreamError, 'retryAfter' | 'details' | 'rawBody'>> {
			message: string;
			/** Set when the error came from an upstream call; the error page picks its state by it. */
			kind?: UpstreamError['kind'] | 'bad_input';
			/** Correlates the page with the server log line. */
			errorId?: string;
			/** The namespace that was searched, null when none was sent. */
			namespace?: string | null;
			assetId?: string;
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
			/** The asset page's view (tab, open item, page, find), set by shallow routing. */
			assetView?: import('$lib/links').AssetViewParams;
		}
		// interface Platform {}
	}
}

export {};
