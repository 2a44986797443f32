import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export function requestId(): string {
	return randomBytes(12).toString('hex');
}

/**
 * Percent-decodes once the way Python's urllib.parse.unquote does (as uvicorn decodes paths):
 * invalid escapes stay literal and invalid UTF-8 becomes U+FFFD, so malformed input never throws.
 */
export function unquote(value: string): string {
	return value.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) =>
		Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8')
	);
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off', 'f', 'n']);

/** pydantic v2's lax str → bool rules, which FastAPI applies to boolean query parameters. */
export function parseBool(value: string): boolean | null {
	const word = value.toLowerCase();
	if (TRUE_WORDS.has(word)) return true;
	if (FALSE_WORDS.has(word)) return false;
	return null;
}

export function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	sendText(res, status, JSON.stringify(body), 'application/json', headers);
}

export function sendText(
	res: ServerResponse,
	status: number,
	text: string,
	contentType: string,
	headers: Record<string, string> = {}
): void {
	const body = Buffer.from(text, 'utf8');
	res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': body.length });
	res.end(res.req?.method === 'HEAD' ? undefined : body);
}

export class BodyError extends Error {}

export async function readJson(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limit) throw new BodyError(`Body larger than ${limit} bytes`);
		chunks.push(chunk);
	}
	const text = Buffer.concat(chunks).toString('utf8').trim();
	if (!text) return {};
	try {
		return JSON.parse(text);
	} catch {
		throw new BodyError('Body is not valid JSON');
	}
}
