import type { Page } from '@playwright/test';

/** Ports and secrets shared by playwright.config.ts and the specs. */
export const E2E = {
	appPort: Number(process.env.E2E_PORT ?? 4173),
	keylessPort: Number(process.env.E2E_PORT ?? 4173) + 1,
	standinPort: Number(process.env.STANDIN_PORT ?? 4010),
	sessionSecret: 'e2e-session-secret-0123456789abcdefghijklmnop'
};

export const STANDIN_URL = `http://127.0.0.1:${E2E.standinPort}`;
export const appUrl = (port: number) => `http://127.0.0.1:${port}`;
export const KEYLESS_URL = appUrl(E2E.keylessPort);

/** Debian's Chromium (Playwright cannot download its own build here) and the flags it needs as root. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const DEMO_KEY = 'sk_demo_inspector_0123456789abcdef';
export const NOREAD_KEY = 'sk_test_noread_00000000deadbeef';
export const PRODONLY_KEY = 'sk_test_prodonly_fedcba9876543210';

/** Waits until the app has hydrated (keyboard shortcuts and buttons work). */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}
