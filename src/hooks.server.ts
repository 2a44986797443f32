import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { HSTS, SECURITY_HEADERS } from '../adapter/security-headers.js';
import { identityFrom, isOpenPath, unauthenticated } from '$lib/server/access';
import { resolveKey } from '$lib/server/session/cookie';
import { compressHtml, compressJson } from '$lib/server/compress';
import { ConfigError, config } from '$lib/server/config';
import { ForgottenStoreError } from '$lib/server/session/forgotten-store';
import { logEvent } from '$lib/server/log';
import { newRequestId } from '$lib/server/mixpeek/client';

export const init: ServerInit = async () => {
	try {
		const { sessionSecretIsEphemeral, apiBaseUrl } = config();
		if (sessionSecretIsEphemeral) {
			console.warn(
				'WARNING: SESSION_SECRET is not set; using a random one. Saved API keys will not survive a ' +
					'restart and will not work across instances. Set SESSION_SECRET (32+ characters).'
			);
		}
		logEvent('start', { apiBaseUrl });
	} catch (err) {
		if (err instanceof ConfigError) {
			console.error(`Configuration error: ${err.message}`);
			process.exit(1);
		}
		throw err;
	}
};

function withSecurityHeaders(response: Response): Response {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.requestId = newRequestId();
	const { authProxyHeader } = config();
	event.locals.identity = authProxyHeader
		? identityFrom(event.request.headers, authProxyHeader)
		: null;
	if (authProxyHeader && !event.locals.identity && !isOpenPath(event.url.pathname)) {
		return withSecurityHeaders(unauthenticated(authProxyHeader));
	}
	let resolved;
	try {
		resolved = await resolveKey(event.cookies, event.url.protocol === 'https:');
	} catch (err) {
		if (!(err instanceof ForgottenStoreError)) throw err;
		// Fail closed: without the store the app cannot tell a forgotten session from a live one.
		logEvent('session_store_error', { requestId: event.locals.requestId, error: err.message });
		return withSecurityHeaders(
			new Response('The session store is not answering. Try again in a moment.\n', {
				status: 503,
				headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }
			})
		);
	}
	const { apiKey, keySource, defaultNamespace } = resolved;
	event.locals.apiKey = apiKey;
	event.locals.keySource = keySource;
	event.locals.defaultNamespace = defaultNamespace;

	let response = withSecurityHeaders(await resolve(event));
	// The API's JSON (a huge asset's refresh is ~10 MB) goes out compressed when the client takes it.
	if (event.url.pathname.startsWith('/api/'))
		response = await compressJson(event.request, response);
	else response = compressHtml(event.request, response);
	// Presigned URLs and asset IDs must not leak through Referer. The settings form is the
	// exception: under no-referrer, Chromium posts a no-JS form with `Origin: null`, which
	// SvelteKit's CSRF check rightly refuses; same-origin still sends nothing to other sites.
	response.headers.set(
		'referrer-policy',
		event.route.id === '/settings' ? 'same-origin' : 'no-referrer'
	);
	// The settings page shows which key is saved: no shared or back-forward cache may keep it.
	if (event.route.id === '/settings') response.headers.set('cache-control', 'no-store');
	// event.url follows ORIGIN under adapter-node, so this is the public scheme, not the socket's.
	if (event.url.protocol === 'https:') response.headers.set('strict-transport-security', HSTS);
	return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = event.locals.requestId ?? newRequestId();
	if (status !== 404) {
		// The stack goes to the log only; the user sees a generic message and the id.
		logEvent('error', {
			errorId,
			status,
			route: event.route.id,
			error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
		});
	}
	return { message: status === 404 ? message : 'Something went wrong on our side.', errorId };
};
