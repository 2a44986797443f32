import { expect, test } from './fixtures';
import { lookup, paste } from './lookup-box';
import { DEMO_KEY } from '../../standin/keys';
import { hydrated } from './env';

const CURL = [
	`curl -s 'https://api.mixpeek.com/v1/assets/ast_shared_id/features?return_url=true' \\`,
	`  -H 'Authorization: Bearer ${DEMO_KEY}' \\`,
	`  -H "X-Namespace: demo_staging"`
].join('\n');

test('a pasted curl command opens the right asset in the right namespace in one step', async ({
	page
}) => {
	await page.goto('/');
	await paste(page, CURL);
	await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_staging');
	await expect(page.getByTestId('asset-id')).toHaveText('ast_shared_id');
	await expect(page.getByRole('banner').getByTestId('namespace-badge')).toHaveAttribute(
		'data-namespace',
		'demo_staging'
	);
	await expect(page.locator('#main')).toContainText('staging');
	// The key in the command went nowhere: not in the URL, not in this browser's storage.
	expect(page.url()).not.toContain(DEMO_KEY);
	const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
	expect(stored).not.toContain(DEMO_KEY);
});

test('a typed curl command opens with Enter', async ({ page }) => {
	await page.goto('/');
	// fill() goes through the input's newline stripping, as typing or a plain paste would.
	await lookup(page).fill(CURL.replace('demo_staging', 'demo_prod'));
	await lookup(page).press('Enter');
	await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_prod');
	await expect(page.getByTestId('asset-id')).toHaveText('ast_shared_id');
});

test('a Mixpeek API URL, a deep link and JSON all open the asset', async ({ page }) => {
	const cases: [string, string][] = [
		[
			'https://api.mixpeek.com/v1/assets/ast_video_tour/features?return_url=true',
			'/assets/ast_video_tour'
		],
		[
			'http://elsewhere.example/assets/ast_video_tour?namespace=demo_prod&tab=raw',
			'/assets/ast_video_tour?namespace=demo_prod&tab=raw'
		],
		[
			'{"asset_id": "ast_image_gallery", "namespace": "demo_prod"}',
			'/assets/ast_image_gallery?namespace=demo_prod'
		]
	];
	for (const [input, url] of cases) {
		await page.goto('/');
		await lookup(page).fill(input);
		await lookup(page).press('Enter');
		await expect(page).toHaveURL(url);
	}
});

test('a bare ID opens in the namespace chosen on the home page', async ({ page }) => {
	await page.goto('/?namespace=demo_staging');
	await lookup(page).fill('ast_shared_id');
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_staging');
});

test('unusable input gets an inline reason and no navigation', async ({ page }) => {
	await page.goto('/');
	for (const input of [
		'https://api.mixpeek.com/v1/collections/col_1',
		'{"collection_id": "col_1"}',
		'the asset from yesterday',
		'x'.repeat(20_000)
	]) {
		await lookup(page).fill(input);
		await lookup(page).press('Enter');
		await expect(page.getByTestId('lookup-reason')).toBeVisible();
		await expect(lookup(page)).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL('/');
	}
	await lookup(page).fill('https://api.mixpeek.com/v1/collections/col_1');
	await lookup(page).press('Enter');
	await expect(page.getByTestId('lookup-reason')).toHaveText(/no \/assets\/<id>/);
	// Typing again clears the complaint.
	await lookup(page).press('Backspace');
	await expect(page.getByTestId('lookup-reason')).toBeHidden();
});

test('"/" focuses the lookup from anywhere, but not while typing elsewhere', async ({ page }) => {
	await page.goto('/');
	// The shortcut is the app's, not the browser's: a key pressed before hydration does nothing.
	await hydrated(page);
	await page.locator('body').click({ position: { x: 5, y: 300 } });
	await page.keyboard.press('/');
	await expect(lookup(page)).toBeFocused();
	await expect(lookup(page)).toHaveValue('');

	await page.goto('/assets/ast_video_tour?namespace=demo_prod');
	await hydrated(page);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('/');
	const headerLookup = page.getByRole('banner').getByRole('textbox', { name: 'Open an asset' });
	await expect(headerLookup).toBeFocused();
	await headerLookup.fill('ast_image_gallery');
	await headerLookup.press('Enter');
	await expect(page).toHaveURL('/assets/ast_image_gallery?namespace=demo_prod');

	await page.goto('/settings');
	await page.getByLabel('Default namespace').pressSequentially('a/b');
	await expect(page.getByLabel('Default namespace')).toHaveValue('a/b');
});

test('recent and pinned assets survive a reload', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.clear());
	await page.goto('/assets/ast_video_tour?namespace=demo_prod');
	await expect(page.getByTestId('asset-id')).toBeVisible();
	await page.goto('/assets/ast_shared_id?namespace=demo_staging');
	await expect(page.getByTestId('asset-id')).toBeVisible();
	await page.goto('/');

	const rows = page.getByTestId('recent-asset');
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toHaveAttribute('data-asset-id', 'ast_shared_id');
	await expect(rows.first().getByTestId('namespace-badge')).toHaveAttribute(
		'data-namespace',
		'demo_staging'
	);

	await page.getByRole('button', { name: 'Pin ast_video_tour' }).click();
	await page.reload();
	const pinned = page.getByRole('list', { name: 'Pinned assets' }).getByTestId('recent-asset');
	await expect(pinned).toHaveCount(1);
	await expect(pinned).toHaveAttribute('data-asset-id', 'ast_video_tour');

	// Clear keeps pins; remove drops one.
	await page.getByRole('button', { name: 'Clear recent' }).click();
	await page.reload();
	await expect(rows).toHaveCount(1);
	await page.getByRole('button', { name: 'Remove ast_video_tour from the list' }).click();
	await page.reload();
	await expect(rows).toHaveCount(0);
	await expect(page.getByText('Assets you open appear here')).toBeVisible();

	// What is stored is IDs and labels only, never a URL.
	await page.goto('/assets/ast_video_tour?namespace=demo_prod');
	await expect(page.getByTestId('asset-id')).toBeVisible();
	const stored = await page.evaluate(() => JSON.stringify(localStorage));
	expect(stored).toContain('ast_video_tour');
	expect(stored).not.toMatch(/https?:|X-Amz/);
});

test('corrupt stored history does not break the home page', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() =>
		localStorage.setItem(
			'asset-inspector:recent',
			'{"items":[null,{"assetId":"ast_ok","seenAt":1}], oops'
		)
	);
	await page.reload();
	await expect(page.getByText('Assets you open appear here')).toBeVisible();
	await page.evaluate(() =>
		localStorage.setItem(
			'asset-inspector:recent',
			'{"items":[null,7,{"assetId":"ast_ok","seenAt":1}]}'
		)
	);
	await page.reload();
	await expect(page.getByTestId('recent-asset')).toHaveCount(1);
	await expect(lookup(page)).toBeVisible();
});

test('sample assets from the server are links to their asset pages', async ({ page }) => {
	await page.goto('/');
	const featured = page.getByTestId('featured-asset');
	await expect(featured).toHaveCount(2);
	await featured.filter({ hasText: 'Video tour' }).click();
	await expect(page).toHaveURL('/assets/ast_video_tour?namespace=demo_prod');
});
