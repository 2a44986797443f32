/**
 * The player's letter keys (listed in the `?` sheet): N / P next and previous segment, R replay,
 * L loop. They act only while focus is inside the player's section, so they never take a key
 * from a screen reader or from a text field elsewhere on the page.
 */
export type PlayerKey = 'next' | 'previous' | 'replay' | 'loop';

const KEYS: Record<string, PlayerKey> = { n: 'next', p: 'previous', r: 'replay', l: 'loop' };

export function playerKey(event: KeyboardEvent): PlayerKey | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const target = event.target as Element | null;
	if (target?.closest?.('input, textarea, select, [contenteditable]')) return null;
	return KEYS[event.key.toLowerCase()] ?? null;
}
