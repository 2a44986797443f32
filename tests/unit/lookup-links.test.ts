import { describe, expect, it } from 'vitest';
import { buildAssetHref as assetHref } from '$lib/asset/deeplink';
import { assetIdOfPath, namespaceSwitchHref } from '$lib/lookup/links';
import { namespaceColour, namespaceHue } from '$lib/components/namespace/colour';

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

/** WCAG relative luminance of an `hsl(h s% l%)` string. */
function luminance(hsl: string): number {
	const [h, s, l] = hsl.match(/[\d.]+/g)!.map(Number);
	const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		return l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
	};
	const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(f(0)) + 0.7152 * lin(f(8)) + 0.0722 * lin(f(4));
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('namespace colour', () => {
	it('is deterministic', () => {
		expect(namespaceColour('demo_prod')).toEqual(namespaceColour('demo_prod'));
	});

	it('keeps prod and staging apart', () => {
		const prod = namespaceHue('demo_prod');
		const staging = namespaceHue('demo_staging');
		const distance = Math.min(Math.abs(prod - staging), 360 - Math.abs(prod - staging));
		expect(distance).toBeGreaterThanOrEqual(20);
		expect(namespaceHue('netflix_prod')).not.toBe(prod);
	});

	it('keeps AA contrast (4.5:1) for every hue, light and dark', () => {
		for (let i = 0; i < 2000; i++) {
			const { light, dark } = namespaceColour(`ns_${i}`);
			expect(contrast(light.foreground, light.background)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(dark.foreground, dark.background)).toBeGreaterThanOrEqual(4.5);
		}
	});
});
