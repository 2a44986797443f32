/**
 * Headers every response carries, pages and static files alike. Plain JS: the SvelteKit hook and
 * the static-file guard that runs in front of adapter-node's file server both import it.
 */
export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

/** Two years, subdomains included: sent only when the app's own origin is https. */
export const HSTS = 'max-age=63072000; includeSubDomains';
