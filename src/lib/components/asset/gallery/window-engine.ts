/**
 * What windows a long gallery page: follows scrolling, resizing and the tiles' heights, and
 * scrolls far items into view. Loaded on demand (a short page never needs it); the state it
 * drives lives in `gallery-window.svelte.ts`.
 */
import { tick } from 'svelte';
import { gridWindow, rowTop, type GridWindow } from '$lib/asset/grid-window';

const OVERSCAN_ROWS = 1;
/** A row height to start from before any row was measured, px. */
const FIRST_GUESS = 240;

/** What the gallery tells the engine about its pages. */
export interface GalleryNav {
	/** The items of the page shown, in order. */
	items(): readonly { id: string }[];
	/** The page shown (0-based) and how many there are. */
	page(): number;
	pages(): number;
	/** Turns to another page; resolves once it is rendered. */
	turn(page: number): Promise<void>;
	/** Items on a full page. */
	readonly pageSize: number;
}

const MOVES = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

interface WindowHost extends GalleryNav {
	/** The window mounted now. */
	range(): { start: number; end: number };
	set(window: GridWindow): void;
}

export class WindowEngine {
	readonly #host: WindowHost;
	readonly #list: HTMLElement;
	#cols = 1;
	#gap = 0;
	readonly #heights = new Map<number, number>();
	#frame = 0;
	readonly #stop: () => void;

	constructor(host: WindowHost, list: HTMLElement) {
		this.#host = host;
		this.#list = list;
		const schedule = () => this.schedule();
		const sizes = new ResizeObserver(schedule);
		sizes.observe(list);
		for (const child of list.children) sizes.observe(child);
		// Removed tiles are unobserved, or the observer would keep every tile ever shown alive.
		const children = new MutationObserver((records) => {
			for (const record of records) {
				for (const node of record.removedNodes) if (node instanceof Element) sizes.unobserve(node);
				for (const node of record.addedNodes) if (node instanceof Element) sizes.observe(node);
			}
		});
		children.observe(list, { childList: true });
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		const keydown = (event: KeyboardEvent) => this.#keydown(event);
		list.addEventListener('keydown', keydown);
		this.#stop = () => {
			list.removeEventListener('keydown', keydown);
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			children.disconnect();
			sizes.disconnect();
			cancelAnimationFrame(this.#frame);
		};
	}

	destroy(): void {
		this.#stop();
	}

	/** Another list on the page (a page turn, a search): heights are measured afresh. */
	reset(): void {
		this.#heights.clear();
		this.update();
	}

	/** Recomputes the window on the next frame (at most once a frame). */
	schedule(): void {
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.update();
		});
	}

	update(): void {
		const list = this.#list;
		const count = this.#host.items().length;
		this.#measure();
		const { top } = list.getBoundingClientRect();
		this.#host.set(
			gridWindow({
				count,
				cols: this.#cols,
				gap: this.#gap,
				heightOf: this.#heightOf,
				from: -top,
				to: innerHeight - top,
				overscan: OVERSCAN_ROWS
			})
		);
	}

	/** Scrolls item `index`'s row into view (estimated), mounts it, then returns its element. */
	async mount(index: number, id: string): Promise<HTMLElement | null> {
		this.#measure();
		const row = Math.floor(index / this.#cols);
		const height = this.#heightOf(row);
		const y =
			this.#list.getBoundingClientRect().top + scrollY + rowTop(row, this.#gap, this.#heightOf);
		if (y < scrollY || y + height > scrollY + innerHeight)
			scrollTo({ top: Math.max(0, y - (innerHeight - height) / 2), behavior: 'instant' });
		this.update();
		await tick();
		return this.#list.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
	}

	/** Shows item `index` of `page` (clamped to the page), turning to it first. */
	async show(page: number, index: number, focus: boolean): Promise<void> {
		const host = this.#host;
		if (page !== host.page()) await host.turn(page);
		const items = host.items();
		const at = Math.min(index, items.length - 1);
		const target = at >= 0 ? await this.mount(at, items[at].id) : null;
		if (focus) target?.focus();
		else target?.scrollIntoView({ block: 'nearest' });
	}

	/** Arrow keys, Home and End move between tiles; Left and Right carry on across pages. */
	#keydown(event: KeyboardEvent): void {
		const tile = event.target instanceof Element ? event.target.closest('[data-item-id]') : null;
		const { key } = event;
		if (!tile || !MOVES.has(key) || event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.shiftKey) return;
		const host = this.#host;
		const items = host.items();
		const at = items.findIndex((i) => i.id === tile.getAttribute('data-item-id'));
		const to = at < 0 ? null : this.step(key, at);
		if (to === null) return;
		event.preventDefault();
		const page = host.page();
		if (to >= 0 && to < items.length) void this.show(page, to, true);
		else if (key === 'ArrowRight' && page < host.pages() - 1) void this.show(page + 1, 0, true);
		else if (key === 'ArrowLeft' && page > 0) void this.show(page - 1, host.pageSize - 1, true);
	}

	/** Where an arrow key, Home or End moves from item `at` (null: not one of those keys). */
	step(key: string, at: number): number | null {
		this.#measure();
		const moves: Record<string, number> = {
			ArrowRight: at + 1,
			ArrowLeft: at - 1,
			ArrowDown: at + this.#cols,
			ArrowUp: at - this.#cols,
			Home: 0,
			End: this.#host.items().length - 1
		};
		return moves[key] ?? null;
	}

	readonly #heightOf = (row: number): number => this.#heights.get(row) ?? this.#average();

	#average(): number {
		if (this.#heights.size === 0) return FIRST_GUESS;
		let sum = 0;
		for (const h of this.#heights.values()) sum += h;
		return sum / this.#heights.size;
	}

	/** Reads the grid's columns, its row gap and the heights of the rows now mounted. */
	#measure(): void {
		const list = this.#list;
		const style = getComputedStyle(list);
		const cols = columns(style);
		if (cols !== this.#cols) this.#heights.clear();
		this.#cols = cols;
		this.#gap = parseFloat(style.rowGap) || 0;
		const tiles = list.children;
		const { start, end } = this.#host.range();
		// Only when the DOM shows the window the state names (not mid-update).
		if (tiles.length !== end - start) return;
		for (let i = 0; i < tiles.length; i += cols) {
			const height = tiles[i].getBoundingClientRect().height;
			if (height > 0) this.#heights.set(Math.floor((start + i) / cols), height);
		}
	}
}

/** How many columns a grid's computed style lays out (`none`: one). */
function columns(style: CSSStyleDeclaration): number {
	const template = style.gridTemplateColumns;
	return template && template !== 'none' ? template.split(' ').filter(Boolean).length : 1;
}
