/**
 * The window of a gallery page that is mounted: the rows near the viewport (the page scrolls, not
 * the gallery), the rest of the page's height kept as padding. A page of at most `FIRST_WINDOW`
 * items is mounted whole; the engine that windows a longer one (and moves between tiles with the
 * arrow keys) loads when the page is long or a tile takes focus.
 */
import { FIRST_WINDOW } from '$lib/asset/features';
import type { GridWindow } from '$lib/asset/grid-window';
import type { GalleryNav, WindowEngine } from './window-engine';

export class GalleryWindow {
	start = $state(0);
	end = $state(FIRST_WINDOW);
	before = $state(0);
	after = $state(0);

	readonly #nav: GalleryNav;
	#list: HTMLElement | null = null;
	#engine: WindowEngine | null = null;
	#loading: Promise<WindowEngine | null> | null = null;

	constructor(nav: GalleryNav) {
		this.#nav = nav;
	}

	get #count(): number {
		return this.#nav.items().length;
	}

	/** An attachment for the list element. */
	readonly track = (list: HTMLElement) => {
		this.#list = list;
		const load = () => void this.#load();
		list.addEventListener('focusin', load, { once: true });
		this.reset();
		return () => {
			list.removeEventListener('focusin', load);
			this.#engine?.destroy();
			this.#engine = this.#loading = this.#list = null;
		};
	};

	/** Another list on the page (a page turn, a search): window it afresh. */
	reset(): void {
		if (this.#count <= FIRST_WINDOW) this.#set(this.#whole());
		else if (this.#engine) this.#engine.reset();
		else void this.#load();
	}

	/**
	 * Shows item `index` of `page`, mounting its row and scrolling to it; gives it focus when
	 * asked ("go to #N"), else only scrolls (the open item behind the viewer).
	 */
	async show(page: number, index: number, focus: boolean): Promise<void> {
		await (await this.#load())?.show(page, index, focus);
	}

	#load(): Promise<WindowEngine | null> {
		this.#loading ??= import('./window-engine').then(({ WindowEngine }) => {
			const list = this.#list;
			if (!list) return null;
			this.#engine = new WindowEngine(
				{
					...this.#nav,
					range: () => ({ start: this.start, end: this.end }),
					set: (w) => this.#set(this.#count > FIRST_WINDOW ? w : this.#whole())
				},
				list
			);
			this.#engine.update();
			return this.#engine;
		});
		return this.#loading;
	}

	#whole(): GridWindow {
		return { start: 0, end: this.#count, before: 0, after: 0 };
	}

	#set({ start, end, before, after }: GridWindow): void {
		if (this.start !== start) this.start = start;
		if (this.end !== end) this.end = end;
		if (Math.abs(this.before - before) >= 1) this.before = Math.round(before);
		if (Math.abs(this.after - after) >= 1) this.after = Math.round(after);
	}
}
