/** @type {import('tailwindcss').Config} */
export default {
	content: ['./src/**/*.{html,js,svelte,ts}'],
	darkMode: 'media',
	theme: {
		extend: {
			colors: {
				// Status colours used by StatusBadge and the live notices.
				busy: { DEFAULT: '#b45309', soft: '#fef3c7' },
				done: { DEFAULT: '#047857', soft: '#d1fae5' },
				failed: { DEFAULT: '#b91c1c', soft: '#fee2e2' }
			},
			fontFamily: {
				mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace']
			}
		}
	}
};
