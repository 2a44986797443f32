/**
 * Where a server-side fetch on the browser's behalf may go: the configured Mixpeek API's own host,
 * or a public address. Never loopback, private, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, unique-local or any other reserved range. The check is made on the address a
 * name resolves to, at connect time, by the same lookup the socket then uses, so a name that
 * resolves differently on a second lookup (DNS rebinding) cannot slip through.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

/** True only for globally routable unicast addresses (ipaddr.js's `unicast` range). */
export function isPublicAddress(address: string): boolean {
	if (!ipaddr.isValid(address)) return false;
	// `::ffff:10.0.0.1` is 10.0.0.1: judge the IPv4 inside.
	return ipaddr.process(address).range() === 'unicast';
}

export class RefusedAddressError extends Error {
	readonly code = 'E_REFUSED_ADDRESS';
}

type Lookup = typeof dnsLookup;

function bareHost(hostname: string): string {
	return hostname.replace(/^\[|\]$/g, '');
}

/**
 * Why `url` may not be fetched, or null when it may be tried (a name is checked again when it is
 * resolved). `apiOrigin` is the configured API's origin, which is allowed wherever it points.
 */
export function refusalReason(url: string, apiOrigin: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'not a URL';
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not http(s)';
	if (parsed.username || parsed.password) return 'credentials in the URL';
	if (parsed.origin === apiOrigin) return null;
	const host = bareHost(parsed.hostname);
	// The API's host on another port or scheme is not the API: no scanning its neighbours.
	if (host === bareHost(new URL(apiOrigin).hostname)) return 'another port of the API host';
	if (ipaddr.isValid(host) && !isPublicAddress(host)) return `${host} is not a public address`;
	return null;
}

/**
 * A `dns.lookup` that fails for any non-public answer unless the name is the API's own host. The
 * socket connects to the address this returns, so what was checked is what is used.
 */
export function guardedLookup(apiHostname: string, lookup: Lookup = dnsLookup): Lookup {
	return ((hostname: string, options: unknown, callback: unknown) => {
		const done = (typeof options === 'function' ? options : callback) as (
			err: NodeJS.ErrnoException | null,
			address?: string | LookupAddress[],
			family?: number
		) => void;
		const opts = (typeof options === 'object' && options ? options : {}) as { all?: boolean };
		lookup(hostname, { ...opts, all: true }, (err, addresses) => {
			if (err) return done(err);
			const list = addresses as LookupAddress[];
			const allowed =
				bareHost(hostname) === apiHostname || list.every((a) => isPublicAddress(a.address));
			if (!allowed || list.length === 0) {
				return done(new RefusedAddressError(`${hostname} resolves to a non-public address`));
			}
			if (opts.all) return done(null, list);
			done(null, list[0].address, list[0].family);
		});
	}) as Lookup;
}

/** An undici dispatcher whose connections only reach the API host or public addresses. */
export function guardedAgent(apiOrigin: string, lookup?: Lookup): Agent {
	return new Agent({
		connect: { lookup: guardedLookup(bareHost(new URL(apiOrigin).hostname), lookup) },
		keepAliveTimeout: 5_000
	});
}
