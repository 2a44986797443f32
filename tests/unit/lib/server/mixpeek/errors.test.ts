import { describe, expect, it } from 'vitest';
import { httpStatusFor, mapErrorResponse, parseRetryAfter } from '$lib/server/mixpeek/errors';

const envelope = (status: number, type: string, details: unknown = null) =>
	JSON.stringify({ success: false, status, error: { message: 'x', type, details } });
const map = (
	status: number,
	body: string,
	headers: Record<string, string> = {},
	ns: string | null = 'prod'
) => mapErrorResponse(status, body, new Headers(headers), ns);

describe('mapErrorResponse', () => {
	it('maps the envelope by status', () => {
		expect(map(401, envelope(401, 'UnauthorizedError')).kind).toBe('unauthorized');
		expect(map(403, envelope(403, 'ForbiddenError')).kind).toBe('forbidden');
		expect(map(400, envelope(400, 'BadRequestError')).kind).toBe('bad_request');
		expect(map(500, envelope(500, 'InternalServerError')).kind).toBe('upstream_error');
	});

	it('tells a missing namespace from a missing asset', () => {
		const ns = map(404, envelope(404, 'NotFoundError', { resource: 'namespace' }), {}, 'nope');
		expect(ns.kind).toBe('namespace_not_found');
		expect(ns.message).toContain('nope');
		const asset = map(404, envelope(404, 'NotFoundError', { resource: 'asset' }));
		expect(asset.kind).toBe('asset_not_found');
		expect(asset.message).toContain('"prod"');
		expect(map(404, 'Not Found', {}, null).message).toContain("key's default namespace");
	});

	it("reads FastAPI's detail and the wrapped validation errors", () => {
		const fastapi = map(
			422,
			JSON.stringify({
				detail: [
					{
						loc: ['query', 'return_url'],
						msg: 'Input should be a valid boolean',
						type: 'bool_parsing'
					}
				]
			})
		);
		expect(fastapi.kind).toBe('validation');
		expect(fastapi.details).toEqual(['query.return_url: Input should be a valid boolean']);
		const wrapped = map(
			422,
			envelope(422, 'ValidationError', {
				validation_errors: [{ loc: ['path', 'asset_id'], msg: 'too long' }]
			})
		);
		expect(wrapped.details).toEqual(['path.asset_id: too long']);
		expect(map(422, JSON.stringify({ detail: 'Bad input' })).details).toEqual(['Bad input']);
	});

	it('reads the flat 429 body and Retry-After', () => {
		const flat = JSON.stringify({
			error: 'TooManyRequests',
			message: 'Rate limit exceeded',
			details: {}
		});
		const err = map(429, flat, { 'retry-after': '7' });
		expect(err).toMatchObject({ kind: 'rate_limited', retryAfter: 7 });
		expect(map(429, flat).retryAfter).toBe(10);
		expect(map(429, envelope(429, 'TooManyRequestsError'), { 'retry-after': '2' }).retryAfter).toBe(
			2
		);
	});

	it('handles non-JSON gateway bodies', () => {
		expect(map(502, '<html><body>Bad Gateway</body></html>').kind).toBe('upstream_error');
		expect(map(503, 'Service Unavailable').message).toContain('503');
		expect(map(418, '').kind).toBe('upstream_error');
	});

	it('never echoes the upstream body as the message', () => {
		const err = map(500, JSON.stringify({ error: { message: '<script>alert(1)</script>' } }));
		expect(err.message).not.toContain('<script>');
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('30')).toBe(30);
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:12 GMT', now)).toBe(12);
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(null)).toBeUndefined();
	});
});

describe('httpStatusFor', () => {
	it('gives each kind a fitting status', () => {
		expect(httpStatusFor({ kind: 'no_key' })).toBe(401);
		expect(httpStatusFor({ kind: 'asset_not_found' })).toBe(404);
		expect(httpStatusFor({ kind: 'rate_limited' })).toBe(429);
		expect(httpStatusFor({ kind: 'timeout' })).toBe(504);
		expect(httpStatusFor({ kind: 'invalid_response' })).toBe(502);
	});
});
