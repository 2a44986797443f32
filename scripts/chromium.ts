/**
 * The browser every test and benchmark drives: Debian's Chromium (Playwright cannot download its
 * own build here), with the flags it needs when run headless as root.
 */
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

/** The command that installs it, for messages that tell a user what to do. */
export const CHROMIUM_INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';
