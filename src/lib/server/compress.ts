/**
 * Compression of the app's JSON answers and pages. adapter-node compresses nothing it renders: a
 * refresh of a 10,000-feature asset is ~10 MB of JSON that shrinks ~40× (the same URL prefixes
 * and field names over and over), and an asset page's HTML (~60 KB, mostly Tailwind classes and
 * presigned URLs) ~5×, which on a phone's connection is most of the time to first paint. Small
 * JSON answers stay as they are: below the threshold the bytes saved do not pay for the work.
 * zlib runs on libuv's thread pool, so the event loop stays free.
 *
 * BREACH (guessing a secret in a compressed page from its size, with a reflected input beside
 * it) finds nothing to guess here: the API key is never in a body, the session cookie is a
 * header, and presigned signatures are minted anew for every upstream call, so no secret is the
 * same in two answers.
 */
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Brotli quality 4 and gzip level 6: within a few percent of the best size at a fraction of the
// time (10 MB of asset JSON: ~50 KB in ~0.15 s for brotli, ~225 KB in ~0.08 s for gzip).
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

/** Answers smaller than this go out uncompressed. */
export const COMPRESS_MIN_BYTES = 2048;

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to use for an Accept-Encoding header: brotli, else gzip, when the client accepts
 * it with a q-value above 0 (`*` counts for both); null for identity.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const q = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [rawName, ...params] = part.toLowerCase().split(';');
		const name = rawName.trim();
		if (!name) continue;
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		q.set(name, Number.isFinite(value) ? value : 0);
	}
	const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip')) return 'gzip';
	return null;
}

function isJson(response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	return type.startsWith('application/json');
}

function isHtml(response: Response): boolean {
	return (response.headers.get('content-type') ?? '').startsWith('text/html');
}

/**
 * A page compressed as it is sent. Every chunk is flushed as it arrives, so a page whose data
 * streams still paints its shell before the rest is rendered.
 */
export function compressHtml(request: Request, response: Response): Response {
	if (!isHtml(response) || response.headers.has('content-encoding') || !response.body)
		return response;
	response.headers.append('vary', 'accept-encoding');
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (!encoding) return response;
	const zip =
		encoding === 'br'
			? createBrotliCompress({
					flush: constants.BROTLI_OPERATION_FLUSH,
					params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY }
				})
			: createGzip({ level: GZIP_LEVEL, flush: constants.Z_SYNC_FLUSH });
	const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
	source.on('error', (error) => zip.destroy(error));
	source.pipe(zip);
	return encodedAs(response, encoding, Readable.toWeb(zip) as ReadableStream<Uint8Array>);
}

/** The response with another body in `encoding`: same status and headers, no stale length. */
function encodedAs(response: Response, encoding: Encoding, body: BodyInit): Response {
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The same response with its JSON body compressed for this request, or the response untouched
 * (not JSON, already encoded, no body, too small, or the client takes no encoding we offer).
 */
export async function compressJson(request: Request, response: Response): Promise<Response> {
	if (!isJson(response) || response.headers.has('content-encoding') || !response.body)
		return response;
	response.headers.append('vary', 'accept-encoding');
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	// Nothing is copied on the proxy's hot path when there is nothing to gain.
	const declared = response.headers.get('content-length');
	if (!encoding || (declared !== null && Number(declared) < COMPRESS_MIN_BYTES)) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const init = {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	};
	if (body.length < COMPRESS_MIN_BYTES) return new Response(body, init);
	const compressed =
		encoding === 'br'
			? await brotli(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length
					}
				})
			: await gzipAsync(body, { level: GZIP_LEVEL });
	return encodedAs(response, encoding, new Uint8Array(compressed));
}
