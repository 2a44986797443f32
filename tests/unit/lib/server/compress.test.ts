import { once } from 'node:events';
import { brotliDecompressSync, createGunzip, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	chooseEncoding,
	compressHtml,
	compressJson,
	COMPRESS_MIN_BYTES
} from '$lib/server/compress';

const big = JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => ({ id: `ftr_${i}` })) });

function request(acceptEncoding?: string): Request {
	const headers: Record<string, string> = acceptEncoding
		? { 'accept-encoding': acceptEncoding }
		: {};
	return new Request('http://app.test/api/assets/ast_1/features', { headers });
}

const jsonResponse = (text: string, headers: Record<string, string> = {}) =>
	new Response(text, {
		status: 200,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }
	});

describe('chooseEncoding', () => {
	it('prefers brotli, then gzip, and honours q=0 and *', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(chooseEncoding('*')).toBe('br');
		expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('GZIP ; Q=1')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('gzip;q=0')).toBeNull();
		expect(chooseEncoding('')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});

describe('compressJson', () => {
	it('brotli-compresses a large JSON answer and keeps status and headers', async () => {
		const res = await compressJson(
			request('gzip, br'),
			jsonResponse(big, { 'content-length': String(big.length) })
		);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-encoding')).toBe('br');
		expect(res.headers.get('content-length')).toBeNull();
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('vary')).toContain('accept-encoding');
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.length).toBeLessThan(big.length / 5);
		expect(brotliDecompressSync(bytes).toString()).toBe(big);
	});

	it('gzips for a client that takes only gzip, error answers included', async () => {
		const res = await compressJson(
			request('gzip'),
			new Response(big, { status: 502, headers: { 'content-type': 'application/json' } })
		);
		expect(res.status).toBe(502);
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(big);
	});

	it('leaves small answers, identity clients and other types as they are', async () => {
		const small = '{"ok":true}';
		expect(small.length).toBeLessThan(COMPRESS_MIN_BYTES);
		const a = await compressJson(request('br'), jsonResponse(small));
		expect(a.headers.get('content-encoding')).toBeNull();
		expect(await a.text()).toBe(small);
		const declared = jsonResponse(small, { 'content-length': String(small.length) });
		expect(await compressJson(request('br'), declared)).toBe(declared);

		const b = await compressJson(request(), jsonResponse(big));
		expect(b.headers.get('content-encoding')).toBeNull();
		expect(b.headers.get('vary')).toContain('accept-encoding');
		expect(await b.text()).toBe(big);

		const html = new Response(big, { headers: { 'content-type': 'text/html' } });
		expect(await compressJson(request('br'), html)).toBe(html);
	});
});

describe('compressHtml', () => {
	const page = `<!doctype html><html><body>${'<div class="flex gap-2">tile</div>'.repeat(400)}</body></html>`;
	const htmlResponse = (body: BodyInit) =>
		new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });

	it('compresses a page with brotli or gzip and keeps its status and headers', async () => {
		const br = compressHtml(request('gzip, br'), htmlResponse(page));
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('accept-encoding');
		const brBody = Buffer.from(await br.arrayBuffer());
		expect(brBody.length).toBeLessThan(page.length / 5);
		expect(brotliDecompressSync(brBody).toString()).toBe(page);

		const gz = compressHtml(request('gzip'), htmlResponse(page));
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page);
	});

	it('sends each chunk of a streamed page as it comes, not at the end', async () => {
		let push!: (text: string | null) => void;
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				push = (text) =>
					text === null ? controller.close() : controller.enqueue(new TextEncoder().encode(text));
			}
		});
		const res = compressHtml(request('gzip'), htmlResponse(body));
		const gunzip = createGunzip();
		const seen: string[] = [];
		gunzip.on('data', (chunk: Buffer) => seen.push(chunk.toString()));
		const reader = res.body!.getReader();
		push('<html><body>shell');
		// The shell is readable while the rest of the page has not been rendered yet (without a
		// flush per chunk these reads would wait for the end and the test would time out).
		const first = await reader.read();
		expect(first.done).toBe(false);
		const decoded = once(gunzip, 'data');
		gunzip.write(first.value);
		await decoded;
		expect(seen.join('')).toBe('<html><body>shell');
		push('</body></html>');
		push(null);
		for (let next = await reader.read(); !next.done; next = await reader.read())
			gunzip.write(next.value);
		gunzip.end();
		await new Promise((resolve) => gunzip.on('end', resolve));
		expect(seen.join('')).toBe('<html><body>shell</body></html>');
	});

	it('leaves pages for identity clients, JSON and encoded answers as they are', async () => {
		const plain = htmlResponse(page);
		expect(compressHtml(request(), plain)).toBe(plain);
		const json = jsonResponse(big);
		expect(compressHtml(request('br'), json)).toBe(json);
		const encoded = new Response('x', {
			headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }
		});
		expect(compressHtml(request('br'), encoded)).toBe(encoded);
	});
});
