import type { Page } from '@playwright/test';

/** The "Open an asset" box (the home page's, or the header's on other pages). */
export const lookup = (page: Page) => page.getByRole('textbox', { name: 'Open an asset' });

/** A real paste: the clipboard keeps the newlines a text input would strip. */
export async function paste(page: Page, text: string) {
	await lookup(page).focus();
	await lookup(page).evaluate((input, pasted) => {
		const data = new DataTransfer();
		data.setData('text/plain', pasted);
		input.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}
