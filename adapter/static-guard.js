/**
 * Runs in front of adapter-node's static file server (copied into build/ and registered before its
 * handler by ./harden.js): static files (and SvelteKit's route-resolution scripts) get the same
 * security headers as pages, HSTS when the app's origin is https, and methods other than GET/HEAD
 * answer 405 instead of the file.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env } from './env.js';
import { HSTS, SECURITY_HEADERS } from './security-headers.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every URL path adapter-node serves from disk (its own env reader gives ORIGIN). */
function staticPaths() {
	const paths = new Set();
	for (const dir of ['client', 'prerendered']) {
		const base = join(root, dir);
		const walk = (current) => {
			let entries;
			try {
				entries = readdirSync(current, { withFileTypes: true });
			} catch {
				return;
			}
			for (const entry of entries) {
				const full = join(current, entry.name);
				if (entry.isDirectory()) walk(full);
				else paths.add(`/${relative(base, full).split(sep).join('/')}`.replace(/\.(br|gz)$/, ''));
			}
		};
		walk(base);
	}
	return paths;
}

const files = staticPaths();
const https = String(env('ORIGIN', '')).startsWith('https:');

function pathOf(url) {
	const raw = (url ?? '/').split('?')[0];
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/**
 * SvelteKit's server-side route resolution (`router.resolution: 'server'`) answers these before any
 * hook runs: a small script naming the route's chunks, public like the files themselves.
 */
const ROUTE_RESOLUTION_SUFFIX = '/__route.js';

/** Polka middleware: (req, res, next). */
export function staticGuard(req, res, next) {
	const path = pathOf(req.url);
	if (!files.has(path) && !path.endsWith(ROUTE_RESOLUTION_SUFFIX)) return next();
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	res.setHeader('referrer-policy', 'no-referrer');
	if (https) res.setHeader('strict-transport-security', HSTS);
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
		res.end('Method not allowed: static files answer GET and HEAD only.\n');
		return;
	}
	next();
}
