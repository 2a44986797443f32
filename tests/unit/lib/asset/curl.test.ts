import { describe, expect, it } from 'vitest';
import { curlCommand, jsonFileName } from '$lib/asset/curl';

describe('cURL', () => {
	it('reproduces the upstream request with the key as a shell variable', () => {
		expect(curlCommand('ast_1', 'demo_prod', 'https://api.mixpeek.com/')).toBe(
			`curl -H "Authorization: Bearer $MIXPEEK_API_KEY" -H "X-Namespace: demo_prod" 'https://api.mixpeek.com/v1/assets/ast_1/features?return_url=true'`
		);
		expect(curlCommand('ast_1', null, 'https://api.mixpeek.com')).toBe(
			`curl -H "Authorization: Bearer $MIXPEEK_API_KEY" 'https://api.mixpeek.com/v1/assets/ast_1/features?return_url=true'`
		);
	});
	it('keeps hostile values inert in the shell', () => {
		const cmd = curlCommand("a'b", 'ns$(rm -rf ~)"`x`', 'https://api.mixpeek.com');
		expect(cmd).toContain('-H "X-Namespace: ns\\$(rm -rf ~)\\"\\`x\\`"');
		expect(cmd).toContain("/v1/assets/a'\\''b/features");
	});
});

describe('jsonFileName', () => {
	it('names downloads safely on every OS', () => {
		expect(jsonFileName('../../etc/passwd')).toBe('.._.._etc_passwd.features.json');
		expect(jsonFileName('')).toBe('asset.features.json');
	});
});
