/**
 * Case- and accent-insensitive matching: text is folded (NFD, combining marks removed, lower
 * case) before it is compared, so "Café" and "CAFE" both match "cafe".
 */

const MARKS = /\p{M}/gu;

/** The folded form of `text`: what the index stores and what queries are compared against. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** A folded string and, for each of its UTF-16 units, the offset in the original it came from. */
export interface FoldedText {
	folded: string;
	/** `origin[i]` is where `folded[i]` starts in the original; one extra entry holds its length. */
	origin: number[];
}

/**
 * Folds `text` one code point at a time, remembering where each folded unit came from, so a hit
 * found in the folded text can be marked on the original (whose length may differ: "é" is one
 * unit, its NFD form two). Slower than `fold`: meant for the few dozen texts on screen.
 */
export function foldWithOrigins(text: string): FoldedText {
	let folded = '';
	const origin: number[] = [];
	let offset = 0;
	for (const char of text) {
		const code = char.charCodeAt(0);
		// ASCII folds to its lower case: no normalisation call for the common case.
		const piece = code < 0x80 ? char.toLowerCase() : fold(char);
		folded += piece;
		for (let i = 0; i < piece.length; i++) origin.push(offset);
		offset += char.length;
	}
	origin.push(offset);
	return { folded, origin };
}
