import tailwindcss from '@tailwindcss/vite';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
	test: {
		// A test that asserts nothing fails instead of passing silently.
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts', 'bench/**/*.test.ts']
				}
			},
			{
				// Components rendered into jsdom: no browser download, runs wherever Node does.
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts']
				}
			}
		]
	}
});
