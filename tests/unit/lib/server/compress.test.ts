import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressJson, COMPRESS_MIN_BYTES } from '$lib/server/compress';

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
