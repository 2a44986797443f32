import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { appEnv, standinEnv } from './scripts/stack';
import { DEMO_KEY } from './standin/keys';
import { E2E, STANDIN_URL, appUrl } from './tests/e2e/env';

/**
 * The app as Playwright starts it: built output, the stand-in upstream, a fixed test secret. The
 * env comes from the one launcher (scripts/stack.ts); the command stays a shell line for the tee.
 */
function app(port: number, apiKey: string, env: Record<string, string> = {}) {
	return {
		// tee: the key-leak test reads everything the server printed.
		command: `node build 2>&1 | tee test-results/server-${port}.log`,
		url: `${appUrl(port)}/healthz`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: appEnv({
			port,
			standinUrl: STANDIN_URL,
			sessionSecret: E2E.sessionSecret,
			apiKey,
			env: { MIXPEEK_TIMEOUT_MS: '3000', ...env }
		})
	};
}

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/artifacts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: appUrl(E2E.appPort),
		headless: true,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	// Never set `channel`: it makes Playwright look for its own (undownloadable) build.
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		{
			command: 'mkdir -p test-results && npx tsx standin/main.ts',
			url: `${STANDIN_URL}/healthcheck`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: standinEnv({
				port: E2E.standinPort,
				env: { STANDIN_SLOW_MS: '6000', STANDIN_PROCESSING_MS: '8000', STANDIN_OTHER_HOST: '1' }
			})
		},
		// The main app: the server holds the demo key, as a team deployment would.
		app(E2E.appPort, DEMO_KEY, {
			FEATURED_ASSETS: JSON.stringify([
				{ id: 'ast_image_gallery', namespace: 'demo_prod', label: 'Image gallery' },
				{ id: 'ast_video_tour', namespace: 'demo_prod', label: 'Video tour' }
			])
		}),
		// A second instance with no server key, for the settings round trip and key-handling tests.
		app(E2E.keylessPort, '')
	]
});
