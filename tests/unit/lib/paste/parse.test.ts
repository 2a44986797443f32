import { describe, expect, it } from 'vitest';
import { MAX_LOOKUP_LENGTH, parseLookup } from '$lib/paste/parse';

const KEY = 'sk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const UUID = '3f2c9a4e-8b1d-4c6f-9e2a-7d5b1c0f4a8e';

type Row = [name: string, input: string, assetId: string | null, namespace?: string | null];

/** [name, pasted text, expected asset ID (null = rejected), expected namespace]. */
const table: Row[] = [
	['bare prefixed id', 'ast_shared_id', 'ast_shared_id', null],
	['bare uuid', UUID, UUID, null],
	['bare id with surrounding whitespace', '  \n\tasset_7Hq2  \n', 'asset_7Hq2', null],
	['id in backticks (Slack code)', '`ast_shared_id`', 'ast_shared_id', null],
	['id in double quotes', '"ast_shared_id"', 'ast_shared_id', null],
	['id in a code fence', '```\nast_shared_id\n```', 'ast_shared_id', null],
	[
		'app deep link, absolute',
		'https://inspector.example.com/assets/ast_1?namespace=demo_prod&tab=features&item=f_2',
		'ast_1',
		'demo_prod'
	],
	['app deep link, path only', '/assets/ast_1?namespace=demo_staging', 'ast_1', 'demo_staging'],
	['app deep link without namespace', 'http://localhost:4173/assets/ast_1', 'ast_1', null],
	[
		'app deep link with percent-encoded id',
		'/assets/ast%20with%20space%C3%A9',
		'ast with spaceé',
		null
	],
	[
		'Slack-wrapped link',
		'<https://inspector.example.com/assets/ast_9?namespace=p|ast_9>',
		'ast_9',
		'p'
	],
	[
		'Mixpeek URL with /v1 and query',
		'https://api.mixpeek.com/v1/assets/ast_1/features?return_url=true',
		'ast_1',
		null
	],
	['Mixpeek URL with /v1, no features', 'https://api.mixpeek.com/v1/assets/' + UUID, UUID, null],
	['Mixpeek URL without /v1', 'https://api.mixpeek.com/assets/ast_1/features', 'ast_1', null],
	[
		'Mixpeek URL on another host and port',
		'http://127.0.0.1:8000/v1/assets/ast_local/features',
		'ast_local',
		null
	],
	['URL without scheme', 'api.mixpeek.com/v1/assets/ast_1/features', 'ast_1', null],
	[
		'URL with percent-encoded id',
		'https://api.mixpeek.com/v1/assets/ast%3Aweird%2Bid/features',
		'ast:weird+id',
		null
	],
	[
		'curl, single quotes, X-Namespace, key ignored',
		`curl -s 'https://api.mixpeek.com/v1/assets/ast_shared_id/features?return_url=true' -H 'Authorization: Bearer ${KEY}' -H 'X-Namespace: demo_staging'`,
		'ast_shared_id',
		'demo_staging'
	],
	[
		'curl, double quotes, lower-case header name',
		`curl "https://api.mixpeek.com/v1/assets/ast_1/features" -H "authorization: Bearer ${KEY}" -H "x-namespace: demo_prod"`,
		'ast_1',
		'demo_prod'
	],
	[
		'curl with line continuations',
		`curl --request GET \\\n  --url 'https://api.mixpeek.com/v1/assets/ast_2/features?return_url=false' \\\n  --header 'Authorization: Bearer ${KEY}' \\\n  --header 'X-Namespace: netflix_prod'`,
		'ast_2',
		'netflix_prod'
	],
	[
		'curl pasted into a one-line input (newlines stripped)',
		`curl 'https://api.mixpeek.com/v1/assets/ast_3/features' \\  -H 'X-Namespace: ns_123' \\  -H 'Authorization: Bearer ${KEY}'`,
		'ast_3',
		'ns_123'
	],
	[
		'curl with CRLF continuations',
		`curl -X GET "http://localhost:8000/v1/assets/ast_4/features" \\\r\n -H "X-Namespace:demo_prod"`,
		'ast_4',
		'demo_prod'
	],
	[
		'curl with attached -H value',
		`curl -H'X-Namespace: demo_prod' https://api.mixpeek.com/v1/assets/ast_5`,
		'ast_5',
		'demo_prod'
	],
	[
		'curl, Chrome "copy as cURL" $\'…\' quoting',
		`curl $'https://api.mixpeek.com/v1/assets/ast_6/features' -H $'X-Namespace: demo_prod'`,
		'ast_6',
		'demo_prod'
	],
	[
		'curl without namespace header',
		`curl https://api.mixpeek.com/v1/assets/ast_7/features -H "Authorization: Bearer ${KEY}"`,
		'ast_7',
		null
	],
	[
		'curl with -u key and no namespace',
		`curl -u ${KEY}: https://api.mixpeek.com/v1/assets/ast_8`,
		'ast_8',
		null
	],
	[
		'curl POST with JSON body naming the asset',
		`curl -X POST https://api.mixpeek.com/v1/tasks -H 'X-Namespace: p' -d '{"asset_id":"ast_body"}'`,
		'ast_body',
		'p'
	],
	['JSON body with asset_id', '{"asset_id": "ast_json"}', 'ast_json', null],
	[
		'JSON body with namespace',
		'{"asset_id": "ast_json", "namespace": "demo_prod"}',
		'ast_json',
		'demo_prod'
	],
	[
		'JSON body with namespace_id',
		'{\n  "namespace_id": "ns_42",\n  "asset_id": "ast_json"\n}',
		'ast_json',
		'ns_42'
	],
	[
		'features response pasted whole',
		JSON.stringify({ asset: { asset_id: 'ast_resp', status: 'DONE' }, features: { video: [] } }),
		'ast_resp',
		null
	],
	[
		'truncated JSON still readable',
		'{"asset_id": "ast_trunc", "namespace": "demo_prod", "metadata": {"a',
		'ast_trunc',
		'demo_prod'
	],
	[
		'log line key=value',
		'level=info msg="asset ready" asset_id=ast_log namespace=demo_prod',
		'ast_log',
		'demo_prod'
	],
	// Rejections.
	['empty', '', null],
	['only whitespace', '   \n\t ', null],
	['prose', 'the asset from yesterday', null],
	['JSON without asset_id', '{"collection_id": "col_1"}', null],
	['JSON with numeric asset_id', '{"asset_id": 42}', null],
	['JSON array', '[1, 2, 3]', null],
	['broken JSON', '{"name": ', null],
	['URL that is not an asset', 'https://api.mixpeek.com/v1/collections/col_1', null],
	['URL ending at /assets/', 'https://api.mixpeek.com/v1/assets/', null],
	['URL with encoded slash in id', 'https://api.mixpeek.com/v1/assets/a%2Fb/features', null],
	['URL with a broken escape', 'https://api.mixpeek.com/v1/assets/ast%E0%A4%A/features', null],
	['id too long', 'a'.repeat(257), null],
	['id with a control character', 'ast_\u0007bell', null],
	['curl with no URL', `curl -H 'Authorization: Bearer ${KEY}'`, null],
	['curl with unclosed quote', `curl 'https://api.mixpeek.com/v1/assets/ast_1`, null],
	['curl at a non-asset URL', 'curl https://api.mixpeek.com/v1/namespaces', null],
	[
		'namespace with CR/LF injection',
		`curl https://x/v1/assets/ast_1 -H $'X-Namespace: a\\r\\nX-Evil: 1'`,
		null
	],
	['presigned S3 URL', 'https://bucket.s3.amazonaws.com/media/file.mp4?X-Amz-Signature=abc', null],
	['100 KB paste', 'x'.repeat(100 * 1024), null]
];

describe('parseLookup', () => {
	it('has a table of at least 30 real-looking inputs', () => {
		expect(table.length).toBeGreaterThanOrEqual(30);
	});

	it.each(table)('%s', (_name, input, assetId, namespace) => {
		const result = parseLookup(input);
		if (assetId === null) {
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
		} else {
			// What view a link carries is checked below; here, the asset and namespace.
			const found = Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'view'));
			expect(found).toEqual({ ok: true, assetId, namespace: namespace ?? null });
		}
	});

	it("keeps the whole view of this app's own link, in order", () => {
		const result = parseLookup(
			'https://inspector.example.com/assets/ast_1?namespace=demo_prod&tab=image&item=f_2&q=red%20car&t=1:05&page=3&dup=yes'
		);
		expect(result).toEqual({
			ok: true,
			assetId: 'ast_1',
			namespace: 'demo_prod',
			view: [
				['tab', 'image'],
				['item', 'f_2'],
				['q', 'red car'],
				['t', '1:05'],
				['page', '3'],
				['dup', 'yes']
			]
		});
		expect(parseLookup('/base/assets/ast_1/?tab=text')).toMatchObject({ view: [['tab', 'text']] });
	});

	it("keeps nothing of a Mixpeek API URL's query, nor anything that could be a credential", () => {
		for (const input of [
			'https://api.mixpeek.com/v1/assets/ast_1/features?return_url=true&tab=x',
			'https://api.mixpeek.com/v1/assets/ast_1?tab=x',
			'https://inspector.example.com/assets/ast_1/features?tab=x'
		]) {
			expect(parseLookup(input), input).not.toHaveProperty('view');
		}
		const sneaky = parseLookup(
			'/assets/ast_1?api_key=sk_live_1&token=t&X-Amz-Signature=s&Authorization=b&tab=image'
		);
		expect(sneaky).toMatchObject({ ok: true, view: [['tab', 'image']] });
		expect(JSON.stringify(sneaky)).not.toMatch(/sk_live_1|X-Amz|token/);
	});

	it('never returns or explains with the key from a curl command', () => {
		for (const [, input] of table) {
			if (!input.includes(KEY)) continue;
			expect(JSON.stringify(parseLookup(input))).not.toContain(KEY);
			expect(JSON.stringify(parseLookup(input + " '"))).not.toContain(KEY);
		}
	});

	it('rejects very long input quickly, before reading it', () => {
		const huge = `curl 'https://api.mixpeek.com/v1/assets/ast_1' ${"-H 'X: y' ".repeat(200_000)}`;
		const started = performance.now();
		const result = parseLookup(huge);
		expect(performance.now() - started).toBeLessThan(20);
		expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('16 KB') });
	});

	it('accepts input right at the limit', () => {
		const padded = `  ${'ast_edge'}${' '.repeat(MAX_LOOKUP_LENGTH - 10)}`;
		expect(padded.length).toBe(MAX_LOOKUP_LENGTH);
		expect(parseLookup(padded)).toEqual({ ok: true, assetId: 'ast_edge', namespace: null });
	});

	it('explains why input is unusable in words, not by echoing it', () => {
		const result = parseLookup('https://api.mixpeek.com/v1/collections/col_secret');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.reason).toMatch(/no \/assets\/<id>/);
			expect(result.reason).not.toContain('col_secret');
		}
	});
});
