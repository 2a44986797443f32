import type { Page } from '@playwright/test';
import { loopbackUrl } from '../../scripts/stack';

/** Ports and secrets shared by playwright.config.ts and the specs. */
export const E2E = {
	appPort: Number(process.env.E2E_PORT ?? 4173),
	keylessPort: Number(process.env.E2E_PORT ?? 4173) + 1,
	standinPort: Number(process.env.STANDIN_PORT ?? 4010),
	sessionSecret: 'e2e-session-secret-0123456789abcdefghijklmnop'
};

export const STANDIN_URL = loopbackUrl(E2E.standinPort);
export const appUrl = loopbackUrl;
export const KEYLESS_URL = appUrl(E2E.keylessPort);

/** Waits until the app has hydrated (keyboard shortcuts and buttons work). */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}
