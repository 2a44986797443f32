import { describe, expect, it } from 'vitest';
import { earliestExpiry, objectKey, presignedExpiry } from '$lib/live/expiry';
import type { ValidatedAssetData } from '$lib/mixpeek/types';

const signed = (date: string, expires: number | string, path = '/objects/a.png') =>
	`https://bucket.s3.amazonaws.com${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${date}&X-Amz-Expires=${expires}&X-Amz-SignedHeaders=host&X-Amz-Signature=${'a'.repeat(64)}`;

describe('presignedExpiry', () => {
	it('adds X-Amz-Expires to X-Amz-Date', () => {
		expect(presignedExpiry(signed('20250120T174101Z', 3600))).toBe(
			Date.parse('2025-01-20T18:41:01Z')
		);
	});
	it('gives each URL its own date when dates alternate (the last date is remembered)', () => {
		const a = signed('20250120T174101Z', 60);
		const b = signed('20250121T000000Z', 60);
		expect([a, b, a, b].map(presignedExpiry)).toEqual([
			Date.parse('2025-01-20T17:42:01Z'),
			Date.parse('2025-01-21T00:01:00Z'),
			Date.parse('2025-01-20T17:42:01Z'),
			Date.parse('2025-01-21T00:01:00Z')
		]);
	});
	it('reads parameter names case-insensitively', () => {
		expect(presignedExpiry('https://h/o?x-amz-date=20250120T000000Z&x-amz-expires=60')).toBe(
			Date.parse('2025-01-20T00:01:00Z')
		);
	});
	it.each([
		['no params', 'https://cdn.example/a.png'],
		['bad date', signed('2025-01-20', 3600)],
		['bad expires', signed('20250120T174101Z', 'soon')],
		['zero expires', signed('20250120T174101Z', 0)],
		['not http', 'javascript:alert(1)'],
		['not a URL', 'https://'],
		['not a string', 42]
	])('is null for %s', (_name, url) => {
		expect(presignedExpiry(url)).toBeNull();
	});
});

describe('earliestExpiry', () => {
	it('finds the earliest among the asset and every feature, ignoring URLs without expiry', () => {
		const data = {
			asset: { url: signed('20250120T100000Z', 3600), preview_url: null },
			features: {
				image: [{ url: signed('20250120T100000Z', 600), preview_url: 'https://cdn.example/x.png' }],
				video: null,
				hologram: [{ url: signed('20250120T090000Z', 60) }]
			}
		} as unknown as ValidatedAssetData;
		expect(earliestExpiry(data)).toBe(Date.parse('2025-01-20T09:01:00Z'));
		expect(earliestExpiry({ asset: {}, features: {} } as ValidatedAssetData)).toBeNull();
	});
	it('keys objects by origin and path, not signature', () => {
		expect(objectKey(signed('20250120T100000Z', 1))).toBe(
			objectKey(signed('20260120T100000Z', 99))
		);
		expect(objectKey('javascript:alert(1)')).toBeNull();
	});
});

describe('presignedExpiry edge cases', () => {
	it('does not read look-alike parameter names or values in the path', () => {
		expect(presignedExpiry('https://h/X-Amz-Date=20250120T000000Z/o?X-Amz-Expires=60')).toBeNull();
		expect(
			presignedExpiry('https://h/o?NotX-Amz-Date=20250120T000000Z&X-Amz-Expires=60')
		).toBeNull();
		expect(presignedExpiry('https://h/o?X-Amz-Expires=60&X-Amz-Date=20250120T000000Z#frag')).toBe(
			Date.parse('2025-01-20T00:01:00Z')
		);
	});
});
