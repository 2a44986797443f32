/**
 * The window of a gallery page that is mounted: the rows near the viewport (the page scrolls, not
 * the gallery), with the rest of the page's height kept as padding. Row heights are measured as
 * rows are shown; rows not seen yet take the average.
 */
import { tick } from 'svelte';
import { gridWindow, rowTop } from '$lib/asset/grid-window';

/**
 * What the server renders and the first client frame hydrates, before the viewport is known: a
 * screenful on any layout. A page of at most this many items is never windowed.
 */
export const FIRST_WINDOW = 20;
const OVERSCAN_ROWS = 1;
/** A row height to start from before any row was measured, px. */
const FIRST_GUESS = 240;

export class GalleryWindow {
	start = $state(0);
	end = $state(FIRST_WINDOW);
	before = $state(0);
	after = $state(0);

	readonly #count: () => number;
	#list: HTMLElement | null = null;
	#cols = 1;
	#gap = 0;
	readonly #heights = new Map<number, number>();
	#frame = 0;
	#pending: { index: number; id: string; focus: boolean } | null = null;

	constructor(count: () => number) {
		this.#count = count;
	}

	/** False for a short page: all of it is mounted. */
	get windowed(): boolean {
		return this.#count() > FIRST_WINDOW;
	}

	/** An attachment for the list element: follows scrolling, resizing and the tiles' heights. */
	readonly track = (list: HTMLElement) => {
		this.#list = list;
		const schedule = () => this.schedule();
		const sizes = new ResizeObserver(schedule);
		sizes.observe(list);
		for (const child of list.children) sizes.observe(child);
		const children = new MutationObserver((records) => {
			for (const record of records) {
				for (const node of record.removedNodes) if (node instanceof Element) sizes.unobserve(node);
				for (const node of record.addedNodes) if (node instanceof Element) sizes.observe(node);
			}
		});
		children.observe(list, { childList: true });
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		this.update();
		const pending = this.#pending;
		this.#pending = null;
		if (pending) void this.reveal(pending.index, pending.id, pending.focus);
		return () => {
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			children.disconnect();
			sizes.disconnect();
			cancelAnimationFrame(this.#frame);
			this.#frame = 0;
			this.#list = null;
		};
	};

	/** Another list on the page (a page turn, a search): heights are measured afresh. */
	reset(): void {
		this.#heights.clear();
		this.update();
	}

	/** Where an arrow key, Home or End moves from item `at` (null: not one of those keys). */
	step(key: string, at: number): number | null {
		if (this.#list) this.#measure(this.#list);
		if (key === 'ArrowRight') return at + 1;
		if (key === 'ArrowLeft') return at - 1;
		if (key === 'ArrowDown') return at + this.#cols;
		if (key === 'ArrowUp') return at - this.#cols;
		if (key === 'Home') return 0;
		if (key === 'End') return this.#count() - 1;
		return null;
	}

	/** Recomputes the window on the next frame (at most once a frame). */
	schedule(): void {
		if (this.#frame || !this.#list) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.update();
		});
	}

	/** Recomputes the window now, from the list's layout. */
	update(): void {
		const list = this.#list;
		const count = this.#count();
		if (!list) return;
		if (count <= FIRST_WINDOW) return this.#set(0, count, 0, 0);
		this.#measure(list);
		const { top } = list.getBoundingClientRect();
		const next = gridWindow({
			count,
			cols: this.#cols,
			gap: this.#gap,
			heightOf: this.#heightOf,
			from: -top,
			to: innerHeight - top,
			overscan: OVERSCAN_ROWS
		});
		this.#set(next.start, next.end, next.before, next.after);
	}

	/**
	 * Brings item `index` of the page (id `id`) into view, mounting its row first; gives it focus
	 * when asked (arrow keys, "go to #N"), else only scrolls (the open item behind the viewer).
	 */
	async reveal(index: number, id: string, focus: boolean): Promise<void> {
		const list = this.#list;
		if (!list) {
			this.#pending = { index, id, focus };
			return;
		}
		if (this.windowed) {
			this.#measure(list);
			const row = Math.floor(index / this.#cols);
			const height = this.#heightOf(row);
			const y = list.getBoundingClientRect().top + scrollY + rowTop(row, this.#gap, this.#heightOf);
			if (y < scrollY || y + height > scrollY + innerHeight)
				scrollTo({ top: Math.max(0, y - (innerHeight - height) / 2), behavior: 'instant' });
			this.update();
			await tick();
		}
		const target = list.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
		if (focus) target?.focus();
		else target?.scrollIntoView({ block: 'nearest' });
	}

	readonly #heightOf = (row: number): number => this.#heights.get(row) ?? this.#average();

	#average(): number {
		if (this.#heights.size === 0) return FIRST_GUESS;
		let sum = 0;
		for (const h of this.#heights.values()) sum += h;
		return sum / this.#heights.size;
	}

	/** Reads the grid's columns, its row gap and the heights of the rows now mounted. */
	#measure(list: HTMLElement): void {
		const style = getComputedStyle(list);
		const template = style.gridTemplateColumns;
		const cols = template && template !== 'none' ? template.split(' ').filter(Boolean).length : 1;
		if (cols !== this.#cols) this.#heights.clear();
		this.#cols = cols;
		this.#gap = parseFloat(style.rowGap) || 0;
		const tiles = list.children;
		// Only when the DOM shows the window the state names (not mid-update).
		if (tiles.length !== this.end - this.start) return;
		for (let i = 0; i < tiles.length; i += cols) {
			const height = tiles[i].getBoundingClientRect().height;
			if (height > 0) this.#heights.set(Math.floor((this.start + i) / cols), height);
		}
	}

	#set(start: number, end: number, before: number, after: number): void {
		if (this.start !== start) this.start = start;
		if (this.end !== end) this.end = end;
		if (Math.abs(this.before - before) >= 1) this.before = Math.round(before);
		if (Math.abs(this.after - after) >= 1) this.after = Math.round(after);
	}
}
