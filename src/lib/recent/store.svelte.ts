/**
 * The browser's recent/pinned list as reactive state over localStorage. One instance per module
 * is safe only because nothing runs on the server: every method is a no-op there (`browser`), so
 * SSR never fills one list shared by all users. Only the ID, namespace, status and modality are
 * kept, never a URL.
 */
import { browser } from '$app/environment';
import {
	clearUnpinned,
	parseStored,
	pinSeen,
	remember,
	removeEntry,
	sameAsset,
	serialize,
	setPinned,
	type RecentAsset,
	type SeenAsset
} from './recent';

export const STORAGE_KEY = 'asset-inspector:recent';

function storage(): Storage | null {
	if (!browser) return null;
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Access can throw when storage is disabled for the site.
		return null;
	}
}

function read(): RecentAsset[] {
	try {
		return parseStored(storage()?.getItem(STORAGE_KEY) ?? null);
	} catch {
		return [];
	}
}

function write(list: RecentAsset[]): void {
	try {
		storage()?.setItem(STORAGE_KEY, serialize(list));
	} catch {
		// Quota or privacy mode: the list simply is not kept.
	}
}

class RecentStore {
	#items = $state<RecentAsset[]>([]);
	#loaded = $state(false);

	/** False until read from storage in the browser; the page renders no list before that. */
	get loaded() {
		return this.#loaded;
	}

	get items(): RecentAsset[] {
		return this.#items;
	}

	load() {
		if (!storage()) return;
		this.#items = read();
		this.#loaded = true;
	}

	#update(change: (list: RecentAsset[]) => RecentAsset[]) {
		if (!browser) return;
		// Re-read first: another tab may have written since this one loaded.
		const next = change(read());
		write(next);
		this.#items = next;
		this.#loaded = storage() !== null;
	}

	/** Records an asset page that loaded successfully (browser only). */
	remember(seen: SeenAsset) {
		this.#update((list) => remember(list, seen, Date.now()));
	}

	pin(entry: RecentAsset, pinned: boolean) {
		this.#update((list) => setPinned(list, entry, pinned));
	}

	/** The asset page's pin: works whether or not the asset is in the list yet. */
	pinAsset(seen: SeenAsset, pinned: boolean) {
		this.#update((list) => pinSeen(list, seen, pinned, Date.now()));
	}

	isPinned(asset: Pick<RecentAsset, 'assetId' | 'namespace'>): boolean {
		return this.#items.some((e) => e.pinned && sameAsset(e, asset));
	}

	remove(entry: RecentAsset) {
		this.#update((list) => removeEntry(list, entry));
	}

	clear() {
		this.#update(clearUnpinned);
	}
}

export const recent = new RecentStore();
