/**
 * A namespace's badge colour: deterministic from its name, so a colleague's screen shows the same
 * colour, and tied to the environment word when there is one, so prod (red) and staging (amber)
 * never look alike. Lightness is fixed per scheme so every hue keeps AA contrast (checked by a
 * unit test over all hues).
 */
export interface NamespaceColour {
	hue: number;
	light: { background: string; foreground: string; border: string };
	dark: { background: string; foreground: string; border: string };
}

const ENVIRONMENT_HUES: [RegExp, number][] = [
	[/^(staging|stage|stg|preprod|uat)$/, 35],
	[/^(prod|production|prd|live)$/, 0],
	[/^(dev|development|test|testing|qa|sandbox|local)$/, 150]
];

/** FNV-1a: tiny, stable across browsers and Node. */
export function hashName(name: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		hash ^= name.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export function namespaceHue(name: string): number {
	const hash = hashName(name);
	const words = name.toLowerCase().split(/[^a-z0-9]+/);
	for (const [pattern, hue] of ENVIRONMENT_HUES) {
		// A small offset keeps two prod namespaces apart while both stay recognisably red.
		if (words.some((w) => pattern.test(w))) return (hue + (hash % 17) - 8 + 360) % 360;
	}
	return hash % 360;
}

export function namespaceColour(name: string): NamespaceColour {
	const hue = namespaceHue(name);
	return {
		hue,
		light: {
			background: `hsl(${hue} 80% 93%)`,
			foreground: `hsl(${hue} 75% 24%)`,
			border: `hsl(${hue} 60% 70%)`
		},
		dark: {
			background: `hsl(${hue} 45% 17%)`,
			foreground: `hsl(${hue} 85% 82%)`,
			border: `hsl(${hue} 50% 40%)`
		}
	};
}

/** Inline custom properties the badge's classes read; unset for "no namespace" (neutral). */
export function namespaceStyle(name: string | null): string {
	if (!name) return '';
	const { light, dark } = namespaceColour(name);
	return [
		`--ns-bg:${light.background}`,
		`--ns-fg:${light.foreground}`,
		`--ns-border:${light.border}`,
		`--ns-bg-dark:${dark.background}`,
		`--ns-fg-dark:${dark.foreground}`,
		`--ns-border-dark:${dark.border}`
	].join(';');
}
