import type { IncomingMessage, ServerResponse } from 'node:http';
import { s3ErrorXml } from './errors';
import { requestId, sendText, unquote } from './http';
import { loadObject, sendObject } from './media';
import { amzDate, type Presigner } from './presign';

export const OBJECT_PREFIX = '/objects/';

/** The URL path an object of `assetId` is served under; each segment encoded once. */
export function objectPath(namespaceId: string, assetId: string, file: string): string {
	return OBJECT_PREFIX + [namespaceId, assetId, file].map(encodeURIComponent).join('/');
}

const DENIED_MESSAGES = {
	missing:
		'Query-string authentication requires the X-Amz-Date, X-Amz-Expires and X-Amz-Signature parameters',
	malformed: 'X-Amz-Date, X-Amz-Expires or X-Amz-Signature is malformed',
	signature: 'The request signature we calculated does not match the signature you provided',
	expired: 'Request has expired'
};

/** Plays S3 behind a presigned URL: signature first, then expiry, then whether the key exists. */
export function serveObject(
	req: IncomingMessage,
	res: ServerResponse,
	path: string,
	query: URLSearchParams,
	presigner: Presigner,
	nowMs: number
): void {
	const id = requestId().slice(0, 16).toUpperCase();
	const headers = { 'x-amz-request-id': id, 'access-control-allow-origin': '*' };
	const xml = (status: number, code: string, message: string, extra?: Record<string, string>) =>
		sendText(res, status, s3ErrorXml(code, message, id, extra), 'application/xml', headers);

	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.setHeader('allow', 'GET, HEAD');
		xml(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
		return;
	}
	const verdict = presigner.verify(path, query, nowMs);
	if (!verdict.ok) {
		const extra: Record<string, string> =
			verdict.reason === 'expired'
				? {
						'X-Amz-Expires': query.get('X-Amz-Expires') ?? '',
						Expires: new Date(verdict.expiresAt).toISOString(),
						ServerTime: amzDate(nowMs)
					}
				: {};
		xml(403, 'AccessDenied', DENIED_MESSAGES[verdict.reason], extra);
		return;
	}
	const key = unquote(path.slice(OBJECT_PREFIX.length));
	const object = loadObject(key.slice(key.lastIndexOf('/') + 1));
	if (!object) {
		xml(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
		return;
	}
	sendObject(req, res, object, {
		...headers,
		'cache-control': `private, max-age=${verdict.remainingSeconds}`
	});
}
