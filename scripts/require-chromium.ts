// Browser tests and benchmarks drive Debian's Chromium. Fail early with the one command that fixes
// it, instead of an obscure launch error.
import { existsSync } from 'node:fs';
import { CHROMIUM_INSTALL, CHROMIUM_PATH } from './chromium';

if (!existsSync(CHROMIUM_PATH)) {
	console.error(
		`\nChromium is needed for the browser tests but was not found at ${CHROMIUM_PATH}.\n` +
			`Install it with:\n\n    ${CHROMIUM_INSTALL}\n\n` +
			`(or point CHROMIUM_PATH at an existing Chromium binary)\n`
	);
	process.exit(1);
}
