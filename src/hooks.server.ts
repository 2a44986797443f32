import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { resolveKey } from '$lib/server/auth';
import { ConfigError, config } from '$lib/server/config';
import { logEvent } from '$lib/server/log';
import { newRequestId } from '$lib/server/mixpeek';

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

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

export const handle: Handle = async ({ event, resolve }) => {
	const { apiKey, keySource, defaultNamespace } = await resolveKey(event.cookies);
	event.locals.apiKey = apiKey;
	event.locals.keySource = keySource;
	event.locals.defaultNamespace = defaultNamespace;
	event.locals.requestId = newRequestId();

	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	// Presigned URLs and asset IDs must not leak through Referer. The settings form is the
	// exception: under no-referrer, Chromium posts a no-JS form with `Origin: null`, which
	// SvelteKit's CSRF check rightly refuses; same-origin still sends nothing to other sites.
	response.headers.set(
		'referrer-policy',
		event.route.id === '/settings' ? 'same-origin' : 'no-referrer'
	);
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
