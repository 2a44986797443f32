/** What a key does on a focused timeline track: move the focus to another block, or play it. */
export type TrackKeyAction = { move: number } | { play: true } | null;

/**
 * Arrows step one block, Page Up/Down a twentieth of the track, Home/End to either end; Enter
 * and Space play the focused block. Null for any other key (the browser keeps it).
 */
export function trackKeyAction(key: string, focused: number, count: number): TrackKeyAction {
	if (count === 0) return null;
	const page = Math.max(1, Math.round(count / 20));
	const to: Record<string, number> = {
		ArrowRight: focused + 1,
		ArrowLeft: focused - 1,
		PageDown: focused + page,
		PageUp: focused - page,
		Home: 0,
		End: count - 1
	};
	if (key in to) return { move: Math.max(0, Math.min(count - 1, to[key])) };
	return key === 'Enter' || key === ' ' ? { play: true } : null;
}
