import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_KEY } from '../../standin/keys';
import { KEYLESS_URL } from './env';

// These run against the instance without a server key, so a user's own key is all there is.
test.use({ baseURL: KEYLESS_URL });

async function saveKey(page: Page, key: string, namespace = '') {
	await page.getByLabel('API key').fill(key);
	await page.getByLabel('Default namespace').fill(namespace);
	await page.getByRole('button', { name: 'Save key' }).click();
}

test('a deep link without a key goes through settings and lands back on the same view', async ({
	page
}) => {
	const deepLink = '/assets/ast_video_tour?namespace=demo_prod&tab=image';
	await page.goto(deepLink);
	await expect(page).toHaveURL(`/settings?next=${encodeURIComponent(deepLink)}`);
	await expect(page.getByText(deepLink)).toBeVisible();
	await saveKey(page, DEMO_KEY);
	await expect(page).toHaveURL(deepLink);
	await expect(page.getByText('ast_video_tour').first()).toBeVisible();
});

test('the round trip also works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: KEYLESS_URL });
	const page = await context.newPage();
	const deepLink = '/assets/ast_text_notes?namespace=demo_prod';
	await page.goto(deepLink);
	await expect(page).toHaveURL(/\/settings\?next=/);
	await saveKey(page, DEMO_KEY);
	await expect(page).toHaveURL(deepLink);
	await context.close();
});

test('saving shows a masked hint, forgetting sends deep links back to settings', async ({
	page
}) => {
	await page.goto('/settings');
	await expect(page.getByTestId('key-status')).toHaveText('No key saved');
	await saveKey(page, DEMO_KEY, 'demo_staging');
	await expect(page.getByText('Key saved and accepted by Mixpeek.')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('key-status')).toHaveText('Saved: sk_…cdef');
	await expect(page.getByText('Default namespace: demo_staging')).toBeVisible();

	const cookies = await page.context().cookies();
	const session = cookies.find((c) => c.name === 'inspector_session');
	expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	expect(session?.value).not.toContain(DEMO_KEY);

	await page.getByRole('button', { name: 'Forget key' }).click();
	await expect(page.getByText('Key forgotten.')).toBeVisible();
	await page.goto('/assets/ast_text_notes');
	await expect(page).toHaveURL(/\/settings\?next=%2Fassets%2Fast_text_notes/);
});

test('a key Mixpeek rejects is not saved, and the error says so', async ({ page }) => {
	await page.goto('/settings');
	await saveKey(page, 'sk_wrong_key_0000000000000000');
	await expect(page.getByRole('alert')).toContainText('Mixpeek rejected this key');
	await page.reload();
	await expect(page.getByTestId('key-status')).toHaveText('No key saved');
});

test('next never leads off the site', async ({ page }) => {
	for (const next of [
		'//evil.example',
		'https://evil.example',
		'/\\evil.example',
		'javascript:alert(1)'
	]) {
		await page.goto(`/settings?next=${encodeURIComponent(next)}`);
		await saveKey(page, DEMO_KEY);
		await expect(page.getByText('Key saved and accepted by Mixpeek.')).toBeVisible();
		expect(new URL(page.url()).origin).toBe(KEYLESS_URL);
	}
});

test('a cross-origin POST to the settings action is refused', async ({ request }) => {
	const response = await request.post('/settings?/save', {
		headers: { origin: 'https://evil.example' },
		form: { apiKey: DEMO_KEY, defaultNamespace: '' }
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie']).toBeUndefined();
});
