/**
 * What the one error page says for each error kind, and which next step it offers. Text here is
 * the app's own; upstream bodies are never echoed (the raw body is only offered as a download).
 */
export type ErrorAction =
	| 'settings'
	| 'switch-namespace'
	| 'retry'
	| 'auto-retry'
	| 'download'
	| 'lookup'
	| 'home'
	| 'back';

export interface ErrorState {
	title: string;
	body: string;
	actions: ErrorAction[];
	/** Field problems to list (422). */
	details: string[];
}

const quote = (value: string) => `“${value}”`;

function where(namespace: string | null | undefined): string {
	return namespace
		? `namespace ${quote(namespace)}`
		: "the key's default namespace (none was sent)";
}

export function describeError(status: number, error: App.Error | null): ErrorState {
	const e = error ?? { message: '' };
	const asset = e.assetId ? `asset ${quote(e.assetId)}` : 'this asset';
	const state = (title: string, body: string, actions: ErrorAction[]): ErrorState => ({
		title,
		body,
		actions,
		details: e.kind === 'validation' ? (e.details ?? []) : []
	});
	switch (e.kind) {
		case 'no_key':
			return state(
				'No Mixpeek key saved',
				'Save your Mixpeek API key in Settings; you will come straight back here.',
				['settings']
			);
		case 'unauthorized':
			return state(
				'Mixpeek rejected this key',
				'The API key in use was refused. It may be mistyped, revoked or from another account. Replace it in Settings.',
				['settings']
			);
		case 'forbidden':
			return state(
				'This key may not read assets',
				'Mixpeek knows the key but does not let it read assets. Ask your Mixpeek admin for read access, or save a key that has it.',
				['settings']
			);
		case 'asset_not_found':
			return state(
				'Asset not found',
				`Mixpeek has no ${asset} in ${where(e.namespace)}.${e.otherNamespaces?.found.length ? '' : ' It may live in a namespace this key cannot see, or the ID may be mistyped.'}`,
				['switch-namespace', 'lookup']
			);
		case 'collection_not_found':
		case 'task_not_found':
		case 'feature_not_found':
			return state(
				'Not found',
				`${e.message || 'Mixpeek has no such item.'} It may live in another namespace.`,
				['switch-namespace', 'home']
			);
		case 'object_not_found':
			return state(
				'Object not found',
				`${e.message} The object ${e.assetId ? quote(e.assetId) + ' ' : ''}may live in another namespace or bucket: switch below, or paste its bucket/object URL.`,
				['switch-namespace', 'lookup']
			);
		case 'namespace_not_found':
			return state(
				'Namespace unknown',
				`Mixpeek does not know ${where(e.namespace)}. Pick a namespace this key can see.`,
				['switch-namespace']
			);
		case 'validation':
			return state(
				'Mixpeek found the request invalid',
				'Mixpeek refused the request and said what was wrong. Retrying the same request would fail the same way: check the asset ID and namespace.',
				['back', 'lookup']
			);
		case 'rate_limited':
			return state(
				'Rate limited',
				`Mixpeek is limiting requests for this key. This page loads ${asset} again by itself.`,
				['auto-retry']
			);
		case 'timeout':
			return state(
				'Mixpeek is not answering',
				'The request timed out. Mixpeek may be slow or down; try again in a moment.',
				['retry']
			);
		case 'unreachable':
			return state(
				'Mixpeek is not answering',
				'The server could not reach Mixpeek at all. It may be down, or the network in between is.',
				['retry']
			);
		case 'upstream_error': {
			// Mixpeek did answer: say with what, so nobody reads a 503 as an outage of this app.
			const code = e.upstreamStatus || null;
			return state(
				code && code >= 400
					? `Mixpeek answered ${code}`
					: 'Mixpeek sent an answer this app refused',
				code && code >= 500
					? 'The error is on Mixpeek’s side. Try again in a moment; if it persists, send Mixpeek the request ID below.'
					: `${e.message || `Mixpeek answered with an error of its own (HTTP ${status}).`} Try again in a moment.`,
				['retry']
			);
		}
		case 'invalid_response':
			return state(
				'Mixpeek sent something this app does not understand',
				'The answer did not have the shape Mixpeek’s API promises. Download it for a bug report, or try again.',
				['download', 'retry']
			);
		case 'bad_input':
			return state(
				'That is not an asset this app can look up',
				e.message || 'The address has an impossible asset ID or namespace.',
				['lookup']
			);
		case 'bad_request':
			return state(
				'Mixpeek refused the request',
				'Mixpeek called the request malformed. Check the asset ID and namespace.',
				['lookup']
			);
	}
	if (status === 404) {
		return state(
			'Page not found',
			'There is nothing at this address. Open an asset from the home page.',
			['lookup', 'home']
		);
	}
	return state(
		'Something went wrong',
		'The error was logged. Try again, or go back to the home page.',
		['retry', 'home']
	);
}
