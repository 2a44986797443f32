import { describe, expect, it, vi } from 'vitest';
import { AssetView } from '$lib/asset/asset-view.svelte';
import { PAGE_SIZE } from '$lib/asset/features';
import type { ViewEntryState } from '$lib/asset/view-history';
import { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetData, feature, featuresPayload } from '../../../factories';

/** `count` image features; every tenth says "Zürich". */
function setup(count: number, params: ViewEntryState = { tab: null, item: null }) {
	const images = Array.from({ length: count }, (_, i) =>
		feature(i, { text: i % 10 === 3 ? `Caption ${i} in Zürich` : `Caption ${i}` })
	);
	const data = assetData(
		{ asset_id: 'ast_1', modality: 'image', status: 'DONE' },
		{ image: images }
	);
	const live = new LiveAsset('ast_1', null, featuresPayload(data));
	const url = $state<{ params: ViewEntryState }>({ params });
	const navigate = vi.fn(
		(_href: string, next: ViewEntryState, mode: 'push' | 'replace') => ((url.params = next), mode)
	);
	const view = new AssetView(
		() => ({ assetId: 'ast_1', namespace: null, live, params: url.params }),
		{ navigate, back: vi.fn(), focusItem: vi.fn() }
	);
	return { view, url, navigate };
}

describe('AssetView with find, page and positions in the URL', () => {
	it('opens item= by its 1-based position when no feature ID matches', () => {
		const { view } = setup(300, { tab: 'image', item: '250' });
		expect(view.openItem?.position).toBe(250);
		expect(view.page).toBe(2);
	});

	it('starts on the page the URL names, and writes the page it moves to', () => {
		// 0-based in the state, as `page=3` in the URL reads.
		const { view, navigate } = setup(PAGE_SIZE * 3, { tab: 'image', item: null, page: 2 });
		expect(view.page).toBe(2);
		view.setPage(1);
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?tab=image&page=2',
			{ tab: 'image', item: null, page: 1, t: null },
			'push'
		);
	});

	it('searches: lists and counts follow the query, a new query starts again on page 1', async () => {
		const { view, navigate } = setup(PAGE_SIZE * 3, { tab: 'image', item: null, page: 1 });
		await view.find.load();
		view.find.set({ q: 'zurich' });
		// In place: a search never adds a history entry.
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?tab=image&q=zurich',
			{ tab: 'image', item: null, page: null, t: null, find: 'q=zurich' },
			'replace'
		);
		expect(view.lists.image).toHaveLength(36);
		expect(view.shown?.image).toEqual({ shown: 36, total: 360 });
		expect(view.page).toBe(0);
		expect(view.deepLink('https://x.test')).toBe('https://x.test/assets/ast_1?tab=image&q=zurich');
	});

	it('moves the viewer through the search hits only', async () => {
		const { view } = setup(50, { tab: 'image', item: null, find: 'q=zurich' });
		await view.find.load();
		view.open(view.lists.image[0]);
		expect(view.openItem?.position).toBe(4);
		view.move(1);
		expect(view.openItem?.position).toBe(14);
		view.move(-1);
		view.move(-1);
		expect(view.openItem?.position).toBe(44);
		expect(view.openTotal).toBe(50);
		expect(view.openShown).toEqual({ at: 5, of: 5 });
	});

	it('typing replaces the entry once it pauses, and a click before then carries the draft', async () => {
		vi.useFakeTimers();
		try {
			const { view, navigate } = setup(20, { tab: 'image', item: null, page: null, t: '5' });
			view.find.type('zur');
			view.find.type('zurich');
			expect(navigate).not.toHaveBeenCalled();
			// Before the engine is here, the draft is still what links and entries carry.
			view.open(view.items.image[3]);
			expect(navigate).toHaveBeenLastCalledWith(
				'/assets/ast_1?tab=image&item=ftr_3&t=5&q=zurich',
				expect.objectContaining({ find: 'q=zurich', t: '5' }),
				'push'
			);
			await view.find.load();
			await vi.advanceTimersByTimeAsync(300);
			const finds = navigate.mock.calls.filter(([, state]) => state.find === 'q=zurich');
			expect(finds.at(-1)?.[2]).toBe('replace');
		} finally {
			vi.useRealTimers();
		}
	});

	it('keeps the find parameters when the tab changes', async () => {
		const { view, navigate } = setup(20, { tab: 'image', item: null, find: 'q=zurich&dup=no' });
		view.selectTab('video');
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?tab=video&q=zurich&dup=no',
			{ tab: 'video', item: null, page: null, t: null, find: 'q=zurich&dup=no' },
			'replace'
		);
	});
});
