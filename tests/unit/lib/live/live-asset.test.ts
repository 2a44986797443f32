import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveAsset } from '$lib/live/live-asset.svelte';
import type { AssetFeaturesPayload } from '$lib/api';

// A minimal document: the controller only reads `hidden` and listens for visibilitychange.
class FakeDocument extends EventTarget {
	hidden = false;
	setHidden(hidden: boolean) {
		this.hidden = hidden;
		this.dispatchEvent(new Event('visibilitychange'));
	}
}
const doc = new FakeDocument();
vi.stubGlobal('document', doc);

const payload = (
	status: string,
	url: string | null = null,
	fetchedAt = Date.now()
): AssetFeaturesPayload => ({
	data: {
		asset: { asset_id: 'ast_1', status },
		features: { image: url ? [{ url, preview_url: url }] : null }
	},
	upstream: { status: 200, latencyMs: 5, requestId: 'r', fetchedAt, namespace: null }
});

function fakeServer(answers: (() => Response)[]) {
	const calls: { url: string; at: number }[] = [];
	const fetcher = vi.fn(async (url: RequestInfo | URL) => {
		calls.push({ url: String(url), at: Date.now() });
		const next = answers.length > 1 ? answers.shift()! : answers[0];
		return next();
	}) as unknown as typeof fetch;
	return { calls, fetcher };
}
const json =
	(body: unknown, status = 200, headers: Record<string, string> = {}) =>
	() =>
		new Response(JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json', ...headers }
		});

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
	doc.hidden = false;
});
afterEach(() => vi.useRealTimers());

describe('LiveAsset polling', () => {
	it('polls a processing asset at 2, 4, 8 s… and stops at DONE with a finished notice', async () => {
		const { calls, fetcher } = fakeServer([
			json(payload('PROCESSING')),
			json(payload('PROCESSING')),
			json(payload('DONE'))
		]);
		const live = new LiveAsset('ast_1', 'prod', payload('PENDING'), null, fetcher);
		const stop = live.start();
		expect(live.polling).toBe(true);
		await vi.advanceTimersByTimeAsync(1_999);
		expect(calls).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(1);
		expect(calls[0].url).toBe('/api/assets/ast_1/features?namespace=prod');
		await vi.advanceTimersByTimeAsync(4_000);
		expect(calls).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(8_000);
		expect(calls).toHaveLength(3);
		expect(live.data.asset.status).toBe('DONE');
		expect(live.finishedWith).toBe('DONE');
		expect(live.polling).toBe(false);
		await vi.advanceTimersByTimeAsync(600_000);
		expect(calls).toHaveLength(3);
		stop();
	});

	it('does not poll a finished asset at all', async () => {
		const { calls, fetcher } = fakeServer([json(payload('DONE'))]);
		new LiveAsset('ast_1', null, payload('DONE'), null, fetcher).start();
		await vi.advanceTimersByTimeAsync(3_600_000);
		expect(calls).toHaveLength(0);
	});

	it('pauses while the page is hidden and resumes when it shows', async () => {
		const { calls, fetcher } = fakeServer([json(payload('PROCESSING'))]);
		const live = new LiveAsset('ast_1', null, payload('PROCESSING'), null, fetcher);
		live.start();
		doc.setHidden(true);
		await vi.advanceTimersByTimeAsync(120_000);
		expect(calls).toHaveLength(0);
		doc.setHidden(false);
		await vi.advanceTimersByTimeAsync(2_000);
		expect(calls.length).toBeGreaterThanOrEqual(1);
		live.destroy();
	});

	it('keeps the last good data on 429 and retries after Retry-After', async () => {
		const limited = json(
			{ error: { kind: 'rate_limited', message: 'slow down', status: 429, retryAfter: 7 } },
			429,
			{
				'retry-after': '7'
			}
		);
		const { calls, fetcher } = fakeServer([limited, json(payload('DONE'))]);
		const live = new LiveAsset('ast_1', null, payload('PROCESSING'), null, fetcher);
		live.start();
		await vi.advanceTimersByTimeAsync(2_000);
		expect(calls).toHaveLength(1);
		expect(live.failure).toMatchObject({ kind: 'rate_limited', retryAt: Date.now() + 7_000 });
		expect(live.data.asset.status).toBe('PROCESSING');
		await vi.advanceTimersByTimeAsync(6_999);
		expect(calls).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(2);
		expect(live.failure).toBeNull();
		expect(live.data.asset.status).toBe('DONE');
		live.destroy();
	});

	it('fetches the whole of a windowed huge asset at once, then reports exact counts from it', async () => {
		const whole = payload('DONE');
		const { calls, fetcher } = fakeServer([json(whole)]);
		const totals = { video: 0, image: 10_000, text: 0, audio: 0 };
		const live = new LiveAsset('ast_1', null, payload('DONE'), totals, fetcher);
		expect(live.totals).toEqual(totals);
		live.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(calls).toHaveLength(1);
		expect(live.totals).toBeNull();
		live.destroy();
	});

	it('takes the rest of a windowed asset from the page when the server streams it', async () => {
		const { calls, fetcher } = fakeServer([json(payload('DONE'))]);
		const totals = { video: 0, image: 3, text: 0, audio: 0 };
		const first = payload('DONE', 'http://x/1.png');
		const live = new LiveAsset('ast_1', null, first, totals, fetcher);
		live.completeWith(
			Promise.resolve({ image: [{ url: 'http://x/2.png' }, { url: 'http://x/3.png' }] })
		);
		live.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(calls).toHaveLength(0);
		expect(live.totals).toBeNull();
		expect(live.data.features.image?.map((f) => f.url)).toEqual([
			'http://x/1.png',
			'http://x/2.png',
			'http://x/3.png'
		]);
		live.destroy();
	});

	it('fetches the whole asset when the streamed rest fails', async () => {
		const { calls, fetcher } = fakeServer([json(payload('DONE'))]);
		const totals = { video: 0, image: 3, text: 0, audio: 0 };
		const live = new LiveAsset('ast_1', null, payload('DONE'), totals, fetcher);
		live.completeWith(Promise.reject(new Error('stream cut')));
		live.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(calls).toHaveLength(1);
		expect(live.totals).toBeNull();
		live.destroy();
	});

	it('shares one request between concurrent refreshes', async () => {
		const { calls, fetcher } = fakeServer([json(payload('DONE'))]);
		const live = new LiveAsset('ast_1', null, payload('DONE'), null, fetcher);
		await Promise.all([live.refresh(), live.refresh(), live.refresh()]);
		expect(calls).toHaveLength(1);
	});
});

describe('LiveAsset URL lifecycle', () => {
	const signed = (at: Date, seconds: number) => {
		const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
		return `http://127.0.0.1:4010/objects/a.png?X-Amz-Date=${stamp}&X-Amz-Expires=${seconds}&X-Amz-Signature=abc`;
	};

	it('re-mints shortly before the earliest URL expires', async () => {
		const now = new Date();
		const { calls, fetcher } = fakeServer([
			json(payload('DONE', signed(new Date(Date.now() + 60_000), 3600)))
		]);
		const live = new LiveAsset(
			'ast_1',
			null,
			payload('DONE', signed(now, 3600), now.getTime()),
			null,
			fetcher
		);
		live.start();
		await vi.advanceTimersByTimeAsync(3_540_000 - 1);
		expect(calls).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(1);
		live.destroy();
	});

	it('diagnoses failed previews in one batch and stops after repeated failures of the same object', async () => {
		const now = new Date();
		const url = signed(now, 3600);
		const diagnosed = json({
			...payload('DONE', signed(now, 3600)),
			diagnoses: [{ url, verdict: 'expired_refreshed' }]
		});
		const { calls, fetcher } = fakeServer([diagnosed]);
		const live = new LiveAsset('ast_1', null, payload('DONE', url), null, fetcher);
		live.previewFailed(url);
		live.previewFailed(url);
		await vi.advanceTimersByTimeAsync(250);
		expect(calls).toHaveLength(1);
		expect(calls[0].url).toBe('/api/assets/ast_1/diagnose');
		expect(live.verdictFor(url)).toBe('expired_refreshed');
		// Fails again: one more diagnosis after the cool-down, then it says so instead of looping.
		live.previewFailed(url);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(calls).toHaveLength(2);
		live.previewFailed(url);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(calls).toHaveLength(2);
		expect(live.verdictFor(url)).toBe('still_failing');
	});
});

describe('upstream requests per hour of an open page', () => {
	const stamp = (at: number) =>
		new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
	// Like Mixpeek: every answer carries URLs signed now, valid for an hour.
	const freshAnswer = (status: string) => () =>
		new Response(
			JSON.stringify(
				payload(
					status,
					`https://s3.example/o.png?X-Amz-Date=${stamp(Date.now())}&X-Amz-Expires=3600`
				)
			),
			{ headers: { 'content-type': 'application/json' } }
		);

	it('makes about one request an hour when DONE (re-minting only)', async () => {
		const { calls, fetcher } = fakeServer([freshAnswer('DONE')]);
		const live = new LiveAsset('ast_1', null, await freshAnswer('DONE')().json(), null, fetcher);
		live.start();
		await vi.advanceTimersByTimeAsync(3 * 3_600_000);
		expect(calls.length).toBe(3);
		live.destroy();
	});

	it('polls about 120 times an hour while processing (2 s doubling to 30 s)', async () => {
		const { calls, fetcher } = fakeServer([freshAnswer('PROCESSING')]);
		const live = new LiveAsset(
			'ast_1',
			null,
			await freshAnswer('PROCESSING')().json(),
			null,
			fetcher
		);
		live.start();
		await vi.advanceTimersByTimeAsync(3_600_000);
		// 2+4+8+16 s, then every 30 s: 4 + 119 polls; the re-mint rides on them (no extra calls).
		expect(calls.length).toBe(123);
		live.destroy();
	});
});
