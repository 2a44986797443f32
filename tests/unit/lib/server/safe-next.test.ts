import { describe, expect, it } from 'vitest';
import { safeNextPath } from '$lib/server/safe-next';

describe('safeNextPath', () => {
	it.each([
		['/assets/ast_1?namespace=prod&tab=video', '/assets/ast_1?namespace=prod&tab=video'],
		['/', '/'],
		['/settings#x', '/settings#x']
	])('keeps the same-site path %s', (input, expected) => {
		expect(safeNextPath(input)).toBe(expected);
	});

	it.each([
		'//evil.example',
		'//evil.example/path',
		'https://evil.example',
		'http://evil.example/assets/x',
		'/\\evil.example',
		'\\\\evil.example',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,hi',
		'/\tevil',
		'/\n/evil.example',
		' //evil.example',
		'evil.example',
		'',
		null,
		undefined,
		'/' + 'a'.repeat(5000)
	])('refuses %s', (input) => {
		expect(safeNextPath(input as string, '/fallback')).toBe('/fallback');
	});

	it('normalises dot segments without leaving the site', () => {
		expect(safeNextPath('/assets/../settings')).toBe('/settings');
		expect(safeNextPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
	});
});
