/**
 * Runs last (file order): after every fault, hostile input and error page the suite threw at the
 * servers, they still answer normally and logged nothing unhandled.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { hydrated } from './env';

test('a several-MB upstream body renders, folded, and the page stays responsive', async ({
	page
}) => {
	const response = await page.goto('/assets/fault_huge');
	expect(response?.status()).toBe(200);
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'fault_huge' })).toBeVisible();
	const started = Date.now();
	await page.getByRole('tab', { name: /Text/ }).click();
	await expect(page.getByRole('tab', { name: /Text/ })).toHaveAttribute('aria-selected', 'true');
	expect(Date.now() - started).toBeLessThan(2_000);
});

test('the servers answer normally and logged no unhandled error', async ({ request }) => {
	expect((await request.get('/healthz')).status()).toBe(200);
	const features = await request.get('/api/assets/ast_image_gallery/features');
	expect(features.status()).toBe(200);
	expect((await features.json()).data.asset.asset_id).toBe('ast_image_gallery');
	const logs = readdirSync('test-results').filter((f) => f.startsWith('server-'));
	expect(logs.length).toBeGreaterThan(0);
	for (const file of logs) {
		const lines = readFileSync(`test-results/${file}`, 'utf8').split('\n');
		const unhandled = lines.filter(
			(l) => l.includes('"event":"error"') || /Unhandled|uncaught|TypeError|RangeError/i.test(l)
		);
		expect(unhandled, file).toEqual([]);
	}
});
