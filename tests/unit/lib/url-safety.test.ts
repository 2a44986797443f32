import { describe, expect, it } from 'vitest';
import { isPresignedUrl, redactPresigned, safeHttpUrl, stripPresign } from '$lib/url-safety';

const SIGNED =
	'https://bucket.s3.amazonaws.com/a/b.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F20250120&X-Amz-Date=20250120T174101Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=' +
	'a'.repeat(64);

describe('safeHttpUrl', () => {
	it('allows absolute http and https', () => {
		expect(safeHttpUrl('https://example.com/x.png')).toBe('https://example.com/x.png');
		expect(safeHttpUrl('  HTTP://example.com/  ')).toBe('http://example.com/');
		expect(safeHttpUrl(SIGNED)).toBe(SIGNED);
	});
	it.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'blob:https://example.com/x',
		'//evil.example/x.png',
		'/relative/path.png',
		'https://',
		'',
		'java\nscript:alert(1)'
	])('rejects %j', (value) => {
		expect(safeHttpUrl(value)).toBeNull();
	});
	it('rejects non-strings', () => {
		for (const v of [null, undefined, 1, {}, ['https://x.y']]) expect(safeHttpUrl(v)).toBeNull();
	});
});

describe('presigned URLs', () => {
	it('detects and strips X-Amz parameters, keeping the rest', () => {
		expect(isPresignedUrl(SIGNED)).toBe(true);
		expect(stripPresign(`${SIGNED}&v=2`)).toBe('https://bucket.s3.amazonaws.com/a/b.png?v=2');
		expect(stripPresign('https://x.y/a?b=1')).toBe('https://x.y/a?b=1');
		expect(stripPresign('not a url')).toBe('not a url');
	});
	it('redacts deeply without touching other values', () => {
		const input = { a: [SIGNED, 1, null], b: { c: SIGNED, d: 'text' } };
		expect(redactPresigned(input)).toEqual({
			a: ['https://bucket.s3.amazonaws.com/a/b.png', 1, null],
			b: { c: 'https://bucket.s3.amazonaws.com/a/b.png', d: 'text' }
		});
		expect(input.a[0]).toBe(SIGNED);
	});
});
