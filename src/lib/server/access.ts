/**
 * Who may use the app, and so a key the server holds. On loopback (the demo, one person's laptop)
 * anyone who can connect is the person who started it. Anywhere else a shared key needs the
 * deployment to say how users are let in: an auth proxy in front that sets an identity header
 * (oauth2-proxy, an identity-aware proxy), or an explicit acceptance of anonymous use.
 */
import ipaddr from 'ipaddr.js';

/** True for `localhost` and any address in 127.0.0.0/8 or ::1. */
export function isLoopbackHost(host: string): boolean {
	const bare = host.replace(/^\[|\]$/g, '');
	if (bare === 'localhost') return true;
	if (!ipaddr.isValid(bare)) return false;
	const address = ipaddr.process(bare);
	return address.range() === 'loopback';
}

export class AccessConfigError extends Error {}

/** Why the app must not start with this combination, or null when it may. */
export function sharedKeyProblem(options: {
	host: string;
	hasSharedKey: boolean;
	authProxyHeader: string | null;
	allowAnonymous: boolean;
}): string | null {
	const { host, hasSharedKey, authProxyHeader, allowAnonymous } = options;
	if (!hasSharedKey || isLoopbackHost(host) || authProxyHeader || allowAnonymous) return null;
	return (
		`MIXPEEK_API_KEY is set and HOST is ${host || '(all interfaces)'}, not loopback: anyone who ` +
		'can reach the app would read Mixpeek with that key. Put the app behind an auth proxy and set ' +
		'AUTH_PROXY_HEADER to the identity header it sets (e.g. AUTH_PROXY_HEADER=X-Forwarded-Email), ' +
		'or set ALLOW_ANONYMOUS_SHARED_KEY=1 to accept anonymous use, or listen on HOST=127.0.0.1.'
	);
}

/** A header name as HTTP allows it (a token), lower-cased; throws for anything else. */
export function parseHeaderName(raw: string | undefined): string | null {
	if (!raw) return null;
	if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(raw)) {
		throw new AccessConfigError(`AUTH_PROXY_HEADER must be a header name (got "${raw}").`);
	}
	return raw.toLowerCase();
}

const MAX_IDENTITY_LENGTH = 256;

/**
 * The identity the auth proxy vouched for, or null when the header is missing or empty. Control
 * characters are dropped so a crafted value cannot forge a log line.
 */
export function identityFrom(headers: Headers, headerName: string): string | null {
	const value = headers.get(headerName);
	if (!value) return null;
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	return clean ? clean.slice(0, MAX_IDENTITY_LENGTH) : null;
}

/** Paths that answer without an identity: a load balancer's health check carries none. */
export function isOpenPath(pathname: string): boolean {
	return pathname === '/healthz';
}

export function unauthenticated(headerName: string): Response {
	return new Response(
		`Sign-in required. This app is meant to be reached through its auth proxy, which sets the ` +
			`${headerName} header; this request came without it.\n`,
		{
			status: 401,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		}
	);
}
