import { describe, expect, it, vi } from 'vitest';
import { FeatureCache } from '../../../../src/lib/vectors/feature-cache';
import { featureFields, siblingDimensions } from '../../../../src/lib/vectors/feature-view';

describe('feature view', () => {
	it('never shows a vector in full, and strips presigned signatures', () => {
		const fields = featureFields({
			feature_id: 'ftr_1',
			vectors: { image_vector: new Array(512).fill(0.5) },
			embedding: new Array(1024).fill(0.1),
			url: 'https://bucket.example/a.png?X-Amz-Signature=abc&X-Amz-Expires=60',
			metadata: { index: 1 }
		});
		const text = JSON.stringify(fields);
		expect(fields.map(([k]) => k)).toEqual(['feature_id', 'embedding', 'url', 'metadata']);
		expect(fields.find(([k]) => k === 'embedding')![1]).toBe('float[1024]');
		expect(text).not.toContain('0.5');
		expect(text).not.toContain('Signature=abc');
	});

	it('collects sibling dimensions per vector name', () => {
		expect(
			siblingDimensions([
				{ ok: true, feature: { vectors: { image_vector: [1, 2, 3], text_vector: [1, 2] } } },
				{ ok: true, feature: { vectors: { image_vector: [1, 2, 3] } } },
				{ ok: false, kind: 'feature_not_found', message: '', status: 404 }
			])
		).toEqual({ image_vector: [3, 3], text_vector: [2] });
	});
});

describe('FeatureCache', () => {
	it('asks once per feature, forgets failures, and names the namespace', async () => {
		let fail = true;
		const fetcher = vi.fn(async (url: RequestInfo | URL) => {
			if (String(url).includes('ftr_bad') && fail) {
				return new Response(
					JSON.stringify({
						error: { kind: 'rate_limited', message: 'slow', status: 429, retryAfter: 7 }
					}),
					{ status: 429 }
				);
			}
			return new Response(JSON.stringify({ data: { feature_id: 'x' } }));
		});
		const cache = new FeatureCache('demo prod', fetcher as typeof fetch);
		await cache.load('ftr_1');
		await cache.load('ftr_1');
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(String(fetcher.mock.calls[0][0])).toBe('/api/features/ftr_1?namespace=demo%20prod');
		const failed = await cache.load('ftr_bad');
		expect(failed).toMatchObject({ ok: false, kind: 'rate_limited', retryAfter: 7 });
		fail = false;
		await Promise.resolve();
		expect(await cache.load('ftr_bad')).toMatchObject({ ok: true });
		expect(fetcher).toHaveBeenCalledTimes(3);
		const slash = await new FeatureCache(null, fetcher as typeof fetch).load('a/b');
		expect(slash.ok).toBe(true);
		expect(String(fetcher.mock.calls[3][0])).toBe('/api/features/a%2Fb');
	});
});
