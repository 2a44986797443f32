import { describe, expect, it } from 'vitest';
import { namespaceColour, namespaceHue } from '$lib/namespace-colour';

/** WCAG relative luminance of an `hsl(h s% l%)` string. */
function luminance(hsl: string): number {
	const [h, s, l] = hsl.match(/[\d.]+/g)!.map(Number);
	const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		return l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
	};
	const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(f(0)) + 0.7152 * lin(f(8)) + 0.0722 * lin(f(4));
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('namespace colour', () => {
	it('derives the hue from the name alone, near the environment word', () => {
		// Fixed values: a colleague's screen (any browser, any day) must show the same colour.
		expect(namespaceHue('demo_prod')).toBe(1);
		expect(namespaceHue('demo_staging')).toBe(34);
		expect(namespaceHue('x')).toBe(135);
		expect(namespaceColour('x').hue).toBe(135);
	});

	it('keeps prod and staging apart', () => {
		const prod = namespaceHue('demo_prod');
		const staging = namespaceHue('demo_staging');
		const distance = Math.min(Math.abs(prod - staging), 360 - Math.abs(prod - staging));
		expect(distance).toBeGreaterThanOrEqual(20);
		expect(namespaceHue('netflix_prod')).not.toBe(prod);
	});

	it('keeps AA contrast (4.5:1) for every hue, light and dark', () => {
		for (let i = 0; i < 2000; i++) {
			const { light, dark } = namespaceColour(`ns_${i}`);
			expect(contrast(light.foreground, light.background)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(dark.foreground, dark.background)).toBeGreaterThanOrEqual(4.5);
		}
	});
});
