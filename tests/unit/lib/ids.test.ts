import { describe, expect, it } from 'vitest';
import { assetIdProblem, isPlausibleAssetId, namespaceProblem } from '$lib/ids';
import { match } from '../../../src/params/assetId';

describe('asset ID matcher', () => {
	it.each([
		'ast_123',
		'asset_123456789',
		'3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		'with space',
		'ünïcode',
		'a'.repeat(256)
	])('accepts %s', (id) => {
		expect(match(id)).toBe(true);
		expect(isPlausibleAssetId(id)).toBe(true);
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['a'.repeat(257), 'longer than 256'],
		['a/b', 'slash'],
		['a\\b', 'slash'],
		['a\nb', 'control'],
		['a\u0000b', 'control'],
		['..', 'dot segment']
	])('refuses %j with a reason', (id, reason) => {
		expect(match(id)).toBe(false);
		expect(assetIdProblem(id)).toContain(reason);
	});
});

describe('namespace check', () => {
	it('accepts names and ids', () => {
		expect(namespaceProblem('netflix_prod')).toBeNull();
		expect(namespaceProblem('ns_123')).toBeNull();
	});
	it('refuses CR/LF and very long values', () => {
		expect(namespaceProblem('prod\r\nX-Evil: 1')).toContain('control');
		expect(namespaceProblem('n'.repeat(257))).toContain('longer');
		expect(namespaceProblem('prodé')).toContain('ASCII');
		expect(namespaceProblem('рrod')).toContain('ASCII'); // Cyrillic р
	});
});
