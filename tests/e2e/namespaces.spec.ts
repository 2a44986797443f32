import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const badge = (page: Page) => page.getByRole('banner').getByTestId('namespace-badge');
const switcher = (page: Page) => page.getByRole('banner').getByTestId('namespace-switcher');

async function openSwitcher(page: Page) {
	await switcher(page).click();
	const picker = page.getByRole('banner').getByTestId('namespace-picker');
	// The list is fetched when the switcher opens, from GET /api/namespaces.
	await expect(picker.getByRole('link', { name: /demo_staging/ })).toBeVisible();
	return picker;
}

test('switching namespace reloads the same asset there, keeping the tab and dropping the item', async ({
	page
}) => {
	await page.goto('/assets/ast_shared_id?namespace=demo_prod&tab=raw&item=f_1');
	await expect(page.getByTestId('asset-id')).toHaveText('ast_shared_id');
	await expect(badge(page)).toHaveAttribute('data-namespace', 'demo_prod');
	await expect(page.locator('#main')).toContainText('production');

	const picker = await openSwitcher(page);
	await picker.getByRole('link', { name: /demo_staging/ }).click();
	await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_staging&tab=raw');
	await expect(badge(page)).toHaveAttribute('data-namespace', 'demo_staging');
	await expect(page.locator('#main')).toContainText('staging');
	await expect(page.getByTestId('namespace-picker')).toBeHidden();
});

test('prod and staging badges do not look alike', async ({ page }) => {
	const colours: string[] = [];
	for (const ns of ['demo_prod', 'demo_staging']) {
		await page.goto(`/assets/ast_shared_id?namespace=${ns}`);
		colours.push(await badge(page).evaluate((el) => getComputedStyle(el).backgroundColor));
	}
	expect(colours[0]).not.toBe(colours[1]);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await badge(page).evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(dark).not.toBe(colours[1]);
});

test('a typed namespace and "no namespace" both work from the switcher', async ({ page }) => {
	await page.goto('/assets/ast_shared_id?namespace=demo_prod');
	let picker = await openSwitcher(page);
	await picker.getByLabel('Other namespace').fill('demo_staging');
	await picker.getByRole('button', { name: 'Switch' }).click();
	await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_staging');

	picker = await openSwitcher(page);
	await picker.getByRole('link', { name: /No namespace/ }).click();
	await expect(page).toHaveURL('/assets/ast_shared_id');
	await expect(badge(page)).toHaveAttribute('data-namespace', '');
	await expect(badge(page)).toHaveText(/default/);
});

test('an impossible typed namespace is refused inline', async ({ page }) => {
	await page.goto('/assets/ast_shared_id?namespace=demo_prod');
	const picker = await openSwitcher(page);
	await picker.getByLabel('Other namespace').evaluate((el: HTMLInputElement) => {
		el.value = 'a'.repeat(300);
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await picker.getByRole('button', { name: 'Switch' }).click();
	await expect(picker.getByText('longer than 256')).toBeVisible();
	await expect(page).toHaveURL('/assets/ast_shared_id?namespace=demo_prod');
});

test('on the home page the switcher sets the namespace bare IDs open in', async ({ page }) => {
	await page.goto('/');
	const picker = await openSwitcher(page);
	await picker.getByRole('link', { name: /demo_staging/ }).click();
	await expect(page).toHaveURL('/?namespace=demo_staging');
	await expect(badge(page)).toHaveAttribute('data-namespace', 'demo_staging');
	await page.keyboard.press('Escape');
});

test('Escape closes the switcher and returns focus to it', async ({ page }) => {
	await page.goto('/');
	await openSwitcher(page);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('namespace-picker')).toBeHidden();
	await expect(switcher(page)).toBeFocused();
});
