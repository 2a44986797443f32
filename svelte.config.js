import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withStaticGuard } from './adapter/harden.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Nothing reads `window.__svelte.v`; it is bytes on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		// The server says which route a link opens: the browser never downloads the route table
		// and its matchers up front (first-load JavaScript), at one small request per new path.
		router: { resolution: 'server' },
		adapter: withStaticGuard(adapter()),
		// No inline-script allowance: SvelteKit puts a per-response nonce on its own bootstrap
		// script (cheaper than hashing a large inline data script on every render).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'https:', 'http:', 'data:', 'blob:'],
				'media-src': ['self', 'https:', 'http:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
