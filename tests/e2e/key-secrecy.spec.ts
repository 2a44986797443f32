import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { DEMO_KEY, PROD_ONLY_KEY } from '../../standin/keys';
import { KEYLESS_URL } from './env';

const SECRETS = [DEMO_KEY, PROD_ONLY_KEY];
// Parts of a key that would still identify it if a log or page printed it truncated.
const FRAGMENTS = SECRETS.flatMap((k) => [k.slice(0, 20), k.slice(-16)]);

function leaks(text: string): string[] {
	return [...SECRETS, ...FRAGMENTS].filter((s) => text.includes(s));
}

test('the key never appears in HTML, JS, JSON, headers or server output', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	const found: string[] = [];
	page.on('response', async (response) => {
		const headers = { ...response.headers() };
		delete headers['set-cookie']; // the cookie is encrypted; checked below
		const where = `${response.status()} ${response.url()}`;
		for (const s of leaks(JSON.stringify(headers))) found.push(`${where} header: ${s}`);
		if (response.url().includes('/objects/')) return; // media bytes from the stand-in
		try {
			for (const s of leaks(await response.text())) found.push(`${where} body: ${s}`);
		} catch {
			// redirects and aborted media have no body
		}
	});

	// A user's own key on the keyless instance…
	await page.goto(`${KEYLESS_URL}/settings`);
	await page.getByLabel('API key').fill(PROD_ONLY_KEY);
	await page.getByRole('button', { name: 'Save key' }).click();
	await expect(page.getByText('Key saved and accepted by Mixpeek.')).toBeVisible();
	const visits = [
		'/',
		'/settings',
		'/assets/ast_video_tour?namespace=demo_prod',
		'/assets/ast_image_gallery',
		'/assets/ast_shared_id?namespace=demo_staging', // 404 namespace for this key
		'/assets/does_not_exist',
		'/assets/fault_500',
		'/assets/fault_malformed_json',
		'/assets/fault_429',
		'/assets/a%0Ab',
		'/no/such/page'
	];
	for (const path of visits) await page.goto(`${KEYLESS_URL}${path}`);
	for (const path of [
		'/api/assets/ast_video_tour/features',
		'/api/assets/fault_schema_invalid/features',
		'/api/namespaces'
	]) {
		await page.goto(`${KEYLESS_URL}${path}`);
	}
	// …and the server's default key on the main instance.
	for (const path of [
		'/',
		'/settings',
		'/assets/ast_video_tour',
		'/assets/fault_502_html',
		'/api/namespaces'
	]) {
		await page.goto(path);
		const api = await request.get(path);
		for (const s of leaks(await api.text())) found.push(`${path} (request): ${s}`);
	}

	const cookies = await page.context().cookies();
	for (const c of cookies) for (const s of leaks(c.value)) found.push(`cookie ${c.name}: ${s}`);

	for (const file of readdirSync('test-results').filter((f) => f.startsWith('server-'))) {
		const log = readFileSync(`test-results/${file}`, 'utf8');
		expect(log.length, `${file} is being written`).toBeGreaterThan(0);
		for (const s of leaks(log)) found.push(`${file}: ${s}`);
		expect(log).not.toMatch(/X-Amz-Signature=[0-9a-f]{16}/);
	}
	expect(found).toEqual([]);
});
