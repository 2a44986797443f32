import { expect, test } from './fixtures';
import { hydrated } from './env';

/** Details users noticed: pins from the header, `?` everywhere, when polling checks next. */

test('pinning from the asset header puts the asset first on the home page; unpinning removes it', async ({
	page
}) => {
	await page.goto('/assets/ast_text_notes?namespace=demo_prod');
	await hydrated(page);
	const pin = page.getByTestId('pin-asset');
	await expect(pin).toHaveAttribute('aria-pressed', 'false');
	await pin.click();
	await expect(pin).toHaveAttribute('aria-pressed', 'true');
	await expect(pin).toHaveText('Pinned');

	await page.goto('/');
	const pinned = page.getByRole('list', { name: 'Pinned assets' });
	await expect(pinned.getByRole('link', { name: /ast_text_notes/ })).toBeVisible();
	// Recent and pinned come before the sample list.
	const order = await page
		.locator('[data-testid="recent-assets"], [data-testid="featured-assets"]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
	expect(order[0]).toBe('recent-assets');

	await page.goto('/assets/ast_text_notes?namespace=demo_prod');
	await hydrated(page);
	await page.getByTestId('pin-asset').click();
	await expect(page.getByTestId('pin-asset')).toHaveAttribute('aria-pressed', 'false');
	await page.goto('/');
	await expect(page.getByRole('list', { name: 'Pinned assets' })).toHaveCount(0);
});

test('? opens the keyboard list on pages without galleries too', async ({ page }) => {
	for (const path of ['/', '/settings']) {
		await page.goto(path);
		await hydrated(page);
		await page.locator('body').press('?');
		const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(sheet).toBeVisible();
		await expect(sheet).toContainText('Focus the lookup box');
		// Gallery keys are not promised where there is no gallery.
		await expect(sheet).not.toContainText('Open the focused item');
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
	}
	// The asset page keeps its own, fuller list (and only one opens).
	await page.goto('/assets/ast_image_gallery?namespace=demo_prod');
	await hydrated(page);
	await page.locator('body').press('?');
	await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(1);
	await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
		'Open the focused item'
	);
});

test('a processing asset says when it checks next; times are UTC', async ({ page, standin }) => {
	await standin.reset();
	await page.goto('/assets/ast_processing?namespace=demo_prod');
	await hydrated(page);
	await expect(page.getByTestId('polling')).toContainText(/next check in \d+ s|checking now/);
	await page.goto('/assets/ast_image_gallery?namespace=demo_prod');
	await hydrated(page);
	await expect(page.getByTestId('url-expiry')).toContainText(/valid until \d{2}:\d{2} UTC/);
});

test('a loaded preview hides its "Loading…" placeholder (it would show through transparency)', async ({
	page
}) => {
	await page.goto('/assets/ast_image_gallery?namespace=demo_prod');
	await hydrated(page);
	const first = page.locator('[data-gallery] > [data-tile]').first();
	await expect(first.locator('img')).toHaveAttribute('data-loaded', '');
	await expect(first.getByText('Loading…')).toBeHidden();
});
