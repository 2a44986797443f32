/**
 * adapter-node, plus a guard in front of its static file server (./static-guard.js). The guard
 * must run before adapter-node's handler, which serves files without calling SvelteKit's hooks;
 * its generated entry (build/index.js) is the one place to register it, so the build fails loudly
 * if that entry ever changes shape rather than ship without the guard.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const ANCHOR = '.use(handler)';

/** @param {import('@sveltejs/kit').Adapter} inner @param {{ out?: string }} [options] */
export function withStaticGuard(inner, { out = 'build' } = {}) {
	return {
		...inner,
		name: `${inner.name} + static guard`,
		async adapt(builder) {
			await inner.adapt(builder);
			const entry = join(out, 'index.js');
			const code = readFileSync(entry, 'utf8');
			if (!code.includes(ANCHOR)) {
				throw new Error(`${entry} no longer contains "${ANCHOR}": cannot install the static guard`);
			}
			for (const file of ['static-guard.js', 'security-headers.js']) {
				copyFileSync(join(here, file), join(out, file));
			}
			writeFileSync(
				entry,
				`import { staticGuard } from './static-guard.js';\n` +
					code.replace(ANCHOR, '.use(staticGuard, handler)')
			);
		}
	};
}
