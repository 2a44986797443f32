/**
 * An attachment reporting an element's client size as it changes. Svelte's `bind:clientWidth`
 * does the same, but its runtime part lands in the chunk every page loads first; this keeps it
 * in the timeline's own chunk.
 */
export function elementSize(onSize: (width: number, height: number) => void) {
	return (el: HTMLElement) => {
		onSize(el.clientWidth, el.clientHeight);
		const observer = new ResizeObserver(() => onSize(el.clientWidth, el.clientHeight));
		observer.observe(el);
		return () => observer.disconnect();
	};
}
