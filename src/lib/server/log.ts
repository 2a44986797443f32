/**
 * Structured, one-line logs. Nothing here ever receives a key or a presigned URL: callers pass
 * paths and ids only, and the upstream path never holds a signature.
 */
import { config } from './config';

interface UpstreamLogLine {
	requestId: string;
	/** The identity the auth proxy vouched for; null when the deployment has none. */
	user: string | null;
	path: string;
	namespace: string | null;
	status: number;
	latencyMs: number;
	outcome: string;
	/** For a request that joined an identical one in flight: that one's request id. */
	sharedWith?: string;
}

export function logUpstream(line: UpstreamLogLine): void {
	if (config().logSilent) return;
	console.info(
		JSON.stringify({
			at: new Date().toISOString(),
			event: 'upstream',
			...line,
			path: line.path.split('?')[0]
		})
	);
}

export function logEvent(event: string, fields: Record<string, unknown>): void {
	if (config().logSilent) return;
	console.info(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));
}
