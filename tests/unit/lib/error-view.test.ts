import { describe, expect, it } from 'vitest';
import type { UpstreamErrorKind } from '$lib/api';
import { describeError } from '$lib/error-view';

const KINDS: (UpstreamErrorKind | 'bad_input')[] = [
	'no_key',
	'unauthorized',
	'forbidden',
	'asset_not_found',
	'namespace_not_found',
	'validation',
	'rate_limited',
	'upstream_error',
	'timeout',
	'unreachable',
	'invalid_response',
	'bad_request',
	'bad_input'
];

describe('describeError', () => {
	it.each(KINDS)('%s has a title and at least one next step', (kind) => {
		const view = describeError(502, { message: 'x', kind });
		expect(view.title.length).toBeGreaterThan(5);
		expect(view.actions.length).toBeGreaterThan(0);
	});

	it('sends key problems to settings', () => {
		for (const kind of ['no_key', 'unauthorized', 'forbidden'] as const) {
			expect(describeError(401, { message: '', kind }).actions).toContain('settings');
		}
		expect(describeError(401, { message: '', kind: 'unauthorized' }).title).toBe(
			'Mixpeek rejected this key'
		);
	});

	it('names the namespace searched for a missing asset, or the key default', () => {
		const inNs = describeError(404, {
			message: '',
			kind: 'asset_not_found',
			assetId: 'ast_1',
			namespace: 'demo_staging'
		});
		expect(inNs.body).toContain('“ast_1” in namespace “demo_staging”');
		expect(inNs.actions).toContain('switch-namespace');
		const noNs = describeError(404, { message: '', kind: 'asset_not_found', namespace: null });
		expect(noNs.body).toContain("the key's default namespace");
	});

	it('lists 422 details and only then', () => {
		const details = ['query.return_url: Input should be a valid boolean'];
		expect(describeError(422, { message: '', kind: 'validation', details }).details).toEqual(
			details
		);
		expect(describeError(502, { message: '', kind: 'upstream_error', details }).details).toEqual(
			[]
		);
	});

	it('says "not answering" only when no answer came; a 5xx is "Mixpeek answered 503"', () => {
		for (const kind of ['timeout', 'unreachable'] as const) {
			const view = describeError(502, { message: '', kind, upstreamStatus: 0 });
			expect(view.title).toBe('Mixpeek is not answering');
			expect(view.actions).toContain('retry');
		}
		for (const code of [500, 503]) {
			const view = describeError(502, {
				message: '',
				kind: 'upstream_error',
				upstreamStatus: code
			});
			expect(view.title).toBe(`Mixpeek answered ${code}`);
			expect(view.title + view.body).not.toContain('not answering');
			expect(view.actions).toContain('retry');
		}
	});

	it('a 422 offers a way back, not a retry that would fail the same way', () => {
		const view = describeError(422, { message: '', kind: 'validation', details: ['x: bad'] });
		expect(view.actions).toContain('back');
		expect(view.actions).not.toContain('retry');
	});

	it('offers the raw body only as a download, never in the text', () => {
		const view = describeError(502, {
			message: 'x',
			kind: 'invalid_response',
			rawBody: '<html>secret gateway page</html>'
		});
		expect(view.actions).toContain('download');
		expect(JSON.stringify(view)).not.toContain('secret gateway');
	});

	it('rate limiting retries by itself', () => {
		expect(describeError(429, { message: '', kind: 'rate_limited' }).actions).toEqual([
			'auto-retry'
		]);
	});

	it('an unknown route is a plain not-found; anything else a generic error', () => {
		expect(describeError(404, { message: 'Not Found' }).title).toBe('Page not found');
		expect(describeError(500, { message: 'boom' }).title).toBe('Something went wrong');
		expect(describeError(500, null).body).not.toContain('boom');
	});
});
