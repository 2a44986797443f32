import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNextPath } from '$lib/server/safe-next';

const FALLBACK = '/fallback';
const BASES = ['https://inspector.example', 'http://inspector.example:8080/settings/deep/'];

/** Pieces that, combined, spell most known open-redirect tricks in many encodings. */
const TOKENS = [
	'/',
	'//',
	'\\',
	'.',
	'..',
	'./',
	'../',
	'%2e',
	'%2E',
	'%2f',
	'%2F',
	'%5c',
	'%5C',
	'%252f',
	'%25',
	'%00',
	'%09',
	'%0a',
	'\t',
	'\n',
	'\r',
	' ',
	'\u00a0',
	'\u3000',
	'\uff0f', // fullwidth solidus
	'\u2044', // fraction slash
	'\u2215', // division slash
	'@',
	':',
	'?',
	'#',
	'&',
	'=',
	'evil.example',
	'evil.example:443',
	'user:pw@',
	'http:',
	'https:',
	'javascript:',
	'data:',
	'JaVaScRiPt:',
	'localhost',
	'127.0.0.1',
	'[::1]',
	'assets',
	'settings'
];

const tricky = fc
	.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 10 })
	.map((parts) => parts.join(''));
const anyInput = fc.oneof(
	tricky,
	tricky.map((s) => `/${s}`),
	tricky.map((s) => `/.${s}`),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.webUrl(),
	fc.webPath()
);

/** Where a browser goes with `Location: <path>` from a page at `base`. */
const destination = (path: string, base: string) => new URL(path, base);

describe('safeNextPath, over many encodings', () => {
	it('never leads off the site, from any page of it', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const out = safeNextPath(input, FALLBACK);
				for (const base of BASES) {
					expect(destination(out, base).origin).toBe(new URL(base).origin);
				}
			}),
			{ numRuns: 5_000 }
		);
	});

	it('answers a path that needs no further normalising (a fixed point)', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const out = safeNextPath(input, FALLBACK);
				expect(safeNextPath(out, 'x')).toBe(out);
				const url = destination(out, BASES[0]);
				expect(url.pathname + url.search + url.hash).toBe(out);
			}),
			{ numRuns: 5_000 }
		);
	});

	it('answers only a single-slash path without backslashes or control characters', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const out = safeNextPath(input, FALLBACK);
				expect(out.startsWith('/')).toBe(true);
				expect(out.startsWith('//')).toBe(false);
				// eslint-disable-next-line no-control-regex
				expect(out).not.toMatch(/[\\\u0000-\u001f\u007f]/);
			}),
			{ numRuns: 5_000 }
		);
	});

	it('keeps ordinary paths as they are', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), { minLength: 1, maxLength: 4 }),
				fc.option(fc.stringMatching(/^[a-z]{1,8}=[a-z0-9]{0,8}$/), { nil: undefined }),
				(segments, query) => {
					const path = `/${segments.join('/')}${query ? `?${query}` : ''}`;
					expect(safeNextPath(path, FALLBACK)).toBe(path);
				}
			)
		);
	});

	it.each([
		'/.//evil.example',
		'/a/..//evil.example',
		'/%2e//evil.example',
		'/.%2e//evil',
		'/./\\evil'
	])('refuses %s, which normalises to another host', (input) => {
		expect(safeNextPath(input, FALLBACK)).toBe(FALLBACK);
	});
});
