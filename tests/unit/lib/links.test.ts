import { describe, expect, it } from 'vitest';
import {
	assetHref,
	assetIdOfPath,
	effectiveNamespace,
	namespaceSwitchHref,
	readViewParams,
	settingsHref
} from '$lib/links';

describe('assetHref', () => {
	it('builds the canonical link with params in order, omitting empty ones', () => {
		expect(assetHref('ast_1')).toBe('/assets/ast_1');
		expect(assetHref('ast_1', { item: 'f 1', tab: 'features', namespace: 'demo_prod' })).toBe(
			'/assets/ast_1?namespace=demo_prod&tab=features&item=f+1'
		);
		expect(assetHref('ast_1', { namespace: null, tab: '', item: 'x' })).toBe(
			'/assets/ast_1?item=x'
		);
	});

	it('carries a media time after the item, so a link opens the player there', () => {
		expect(assetHref('ast_1', { tab: 'video', item: 'f1', t: '42.5' })).toBe(
			'/assets/ast_1?tab=video&item=f1&t=42.5'
		);
		expect(assetHref('ast_1', { t: null })).toBe('/assets/ast_1');
	});

	it('encodes the ID as one path segment', () => {
		expect(assetHref('a b?#%')).toBe('/assets/a%20b%3F%23%25');
		expect(assetIdOfPath(assetHref('a b?#%'))).toBe('a b?#%');
	});
});

describe('namespaceSwitchHref', () => {
	const at = (path: string) => new URL(path, 'http://app.test');

	it('reloads the same asset in the other namespace, keeping tab and dropping item', () => {
		expect(
			namespaceSwitchHref(
				at('/assets/ast_shared_id?namespace=demo_prod&tab=raw&item=f1'),
				'demo_staging'
			)
		).toBe('/assets/ast_shared_id?namespace=demo_staging&tab=raw');
	});

	it('"none" removes the namespace', () => {
		expect(namespaceSwitchHref(at('/assets/ast_1?namespace=demo_prod'), null)).toBe(
			'/assets/ast_1'
		);
	});

	it('goes home with the namespace from other pages', () => {
		expect(namespaceSwitchHref(at('/settings'), 'demo_prod')).toBe('/?namespace=demo_prod');
		expect(namespaceSwitchHref(at('/?namespace=x'), null)).toBe('/');
	});
});

describe('readViewParams', () => {
	it('reads the view from shallow state first, else the URL', () => {
		const url = new URL('http://x/assets/a?tab=video&item=v1');
		expect(readViewParams({}, url)).toEqual({ tab: 'video', item: 'v1', page: null, t: null });
		expect(readViewParams({ assetView: { tab: 'image', item: null } }, url)).toEqual({
			tab: 'image',
			item: null,
			page: null,
			t: null
		});
		expect(readViewParams(null, new URL('http://x/assets/a?tab='))).toEqual({
			tab: null,
			item: null,
			page: null,
			t: null
		});
		expect(readViewParams({}, new URL('http://x/assets/a?page=3&t=1:05'))).toMatchObject({
			page: 2,
			t: '1:05'
		});
		expect(
			readViewParams(
				{ assetView: { tab: 'image', item: 'i', page: 4, opened: true, openedFromPage: 4 } },
				url
			)
		).toEqual({ tab: 'image', item: 'i', page: 4, t: null, opened: true, openedFromPage: 4 });
		// Anything else in the state is ignored, never trusted.
		expect(readViewParams({ assetView: { page: -1, opened: 'yes' } }, url)).toEqual({
			tab: null,
			item: null,
			page: null,
			t: null
		});
	});
});

describe('effectiveNamespace', () => {
	const at = (search: string) => new URL(`http://app.test/${search}`);
	it('prefers a non-blank ?namespace=, trimmed, over the saved default', () => {
		expect(effectiveNamespace(at('?namespace=%20prod%20'), 'saved')).toBe('prod');
		expect(effectiveNamespace(at('?namespace=%20'), 'saved')).toBe('saved');
		expect(effectiveNamespace(at(''), 'saved')).toBe('saved');
		expect(effectiveNamespace(at(''), null)).toBeNull();
	});
});

describe('settingsHref', () => {
	it('returns to the page it came from', () => {
		expect(settingsHref()).toBe('/settings');
		expect(settingsHref(new URL('http://app.test/assets/a?tab=image'))).toBe(
			'/settings?next=%2Fassets%2Fa%3Ftab%3Dimage'
		);
	});
});
