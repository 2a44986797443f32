/**
 * An attachment reporting an element's client size as it changes. Svelte's `bind:clientWidth`
 * does the same, but its runtime part lands in the chunk every page loads first; this keeps it
 * in the timeline's own chunk.
 */
export function elementSize(onSize: (width: number, height: number) => void) {
	return (el: HTMLElement) => {
		// No read of the size here: at mount that forces a layout of the whole page in the middle
		// of rendering it. The observer reports the first size after the frame's own layout,
		// before it paints.
		const observer = new ResizeObserver(() => onSize(el.clientWidth, el.clientHeight));
		observer.observe(el);
		return () => observer.disconnect();
	};
}
