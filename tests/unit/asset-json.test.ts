import { describe, expect, it } from 'vitest';
import { buildAssetHref, readView } from '../../src/lib/asset/deeplink';
import {
	copyableJson,
	curlCommand,
	jsonFileName,
	previewValue,
	revealControls,
	summariseNumbers
} from '../../src/lib/asset/json';

describe('deep links', () => {
	it('orders namespace, tab, item and omits empty ones', () => {
		expect(buildAssetHref('ast_1')).toBe('/assets/ast_1');
		expect(buildAssetHref('ast_1', { item: 'f 1', namespace: 'demo_prod', tab: 'image' })).toBe(
			'/assets/ast_1?namespace=demo_prod&tab=image&item=f+1'
		);
		expect(buildAssetHref('ast_1', { namespace: null, tab: '', item: 'x' })).toBe(
			'/assets/ast_1?item=x'
		);
		expect(buildAssetHref('a/b?c')).toBe('/assets/a%2Fb%3Fc');
	});
	it('reads the view from shallow state first, else the URL', () => {
		const url = new URL('http://x/assets/a?tab=video&item=v1');
		expect(readView({}, url)).toEqual({ tab: 'video', item: 'v1' });
		expect(readView({ assetView: { tab: 'image', item: null } }, url)).toEqual({
			tab: 'image',
			item: null
		});
	});
});

describe('embedding summaries', () => {
	it('summarises numeric arrays longer than 16', () => {
		expect(summariseNumbers(Array.from({ length: 1024 }, (_, i) => i / 7))).toBe('float[1024]');
		expect(summariseNumbers(Array.from({ length: 17 }, (_, i) => i))).toBe('int[17]');
		expect(summariseNumbers(Array.from({ length: 16 }, () => 0.5))).toBeNull();
		expect(summariseNumbers([...Array.from({ length: 20 }, () => 1), 'x'])).toBeNull();
		expect(previewValue(Array.from({ length: 1024 }, () => 0.1))).toBe('float[1024]');
		expect(previewValue({ a: 1, b: 2 })).toBe('{2 keys}');
		expect(previewValue([1, 2])).toBe('[2]');
	});
});

describe('copy, download and cURL', () => {
	it('strips signatures from copied JSON', () => {
		const json = copyableJson({ url: 'https://s3.x/a.png?X-Amz-Signature=abc&X-Amz-Date=1' });
		expect(json).not.toContain('X-Amz');
		expect(JSON.parse(json)).toEqual({ url: 'https://s3.x/a.png' });
	});
	it('reproduces the upstream request with the key as a shell variable', () => {
		expect(curlCommand('ast_1', 'demo_prod', 'https://api.mixpeek.com/')).toBe(
			`curl -H "Authorization: Bearer $MIXPEEK_API_KEY" -H "X-Namespace: demo_prod" 'https://api.mixpeek.com/v1/assets/ast_1/features?return_url=true'`
		);
		expect(curlCommand('ast_1', null, '')).toBe(
			`curl -H "Authorization: Bearer $MIXPEEK_API_KEY" 'https://api.mixpeek.com/v1/assets/ast_1/features?return_url=true'`
		);
	});
	it('keeps hostile values inert in the shell', () => {
		const cmd = curlCommand("a'b", 'ns$(rm -rf ~)"`x`');
		expect(cmd).toContain('-H "X-Namespace: ns\\$(rm -rf ~)\\"\\`x\\`"');
		expect(cmd).toContain("/v1/assets/a'\\''b/features");
	});
	it('names downloads safely and reveals invisible characters', () => {
		expect(jsonFileName('../../etc/passwd')).toBe('.._.._etc_passwd.features.json');
		expect(revealControls('file\u202egnp.exe')).toBe('file⟨U+202E⟩gnp.exe');
	});
});
