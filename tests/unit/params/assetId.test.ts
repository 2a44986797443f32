import { describe, expect, it } from 'vitest';
import { parseLookup } from '$lib/paste/parse';
import { match } from '../../../src/params/assetId';

/** The route's matcher and the lookup box apply one rule to the same decoded ID. */
describe('asset ID in the path, still partly encoded', () => {
	it.each(['a%2Fb', 'a%2fb', 'a%5Cb', '%2E%2E', 'a%0Ab'])(
		'refuses %s like the lookup box',
		(raw) => {
			expect(match(raw)).toBe(false);
			const pasted = parseLookup(decodeURIComponent(raw));
			expect(pasted.ok).toBe(false);
		}
	);

	it.each(['ast_1', 'a%2Bb', 'ast%2D1', '%C3%BCn'])('accepts %s', (raw) => {
		expect(match(raw)).toBe(true);
		expect(parseLookup(decodeURIComponent(raw)).ok).toBe(true);
	});

	it('refuses a broken escape instead of throwing', () => {
		expect(match('a%E0%A4%A')).toBe(false);
	});
});
