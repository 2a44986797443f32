// Browser tests drive Debian's Chromium (Playwright cannot download its own build here).
// Fail early with the one command that fixes it, instead of an obscure launch error.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(
		`\nChromium is needed for the browser tests but was not found at ${path}.\n` +
			`Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
			`(or point CHROMIUM_PATH at an existing Chromium binary)\n`
	);
	process.exit(1);
}
