import { describe, expect, it, vi } from 'vitest';
import { AssetView } from '$lib/asset/asset-view.svelte';
import { PAGE_SIZE } from '$lib/asset/features';
import type { ViewEntryState } from '$lib/asset/view-history';
import { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetData, featureList, featuresPayload } from '../../../factories';

function setup(options: { images?: number; videos?: number; modality?: string } = {}) {
	const data = assetData(
		{ asset_id: 'ast_1', modality: options.modality ?? 'image', status: 'DONE' },
		{ image: featureList(options.images ?? 3), video: featureList(options.videos ?? 0) }
	);
	const live = new LiveAsset('ast_1', 'prod', featuresPayload(data));
	// A browser history: `navigate` pushes or rewrites an entry, as shallow routing does.
	const url = $state<{ params: ViewEntryState }>({ params: { tab: null, item: null } });
	const entries: { href: string; state: ViewEntryState }[] = [{ href: '/', state: url.params }];
	let at = 0;
	const navigate = vi.fn((href: string, state: ViewEntryState, mode: 'push' | 'replace') => {
		if (mode === 'push') entries.splice(++at, entries.length, { href, state });
		else entries[at] = { href, state };
		url.params = state;
	});
	const back = vi.fn(() => {
		at = Math.max(0, at - 1);
		url.params = entries[at].state;
	});
	const focusItem = vi.fn();
	const view = new AssetView(
		() => ({ assetId: 'ast_1', namespace: 'prod', live, params: url.params }),
		{ navigate, back, focusItem }
	);
	const history = () => entries.map((e) => e.href);
	return { view, live, url, navigate, back, focusItem, history };
}

describe('AssetView', () => {
	it("starts on the asset's own modality with nothing open", () => {
		const { view } = setup({ images: 3, videos: 2, modality: 'video' });
		expect(view.tab).toBe('video');
		expect(view.openItem).toBeNull();
		expect(view.counts).toEqual({ video: 2, image: 3, text: 0, audio: 0 });
		expect(view.model.summary.id).toBe('ast_1');
	});

	it('selecting a tab writes the canonical link and closes any item', () => {
		const { view, navigate } = setup();
		view.selectTab('text');
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?namespace=prod&tab=text',
			{ tab: 'text', item: null, page: null, t: null },
			'replace'
		);
		expect(view.tab).toBe('text');
	});

	it('opens an item by id, in its own tab, and counts its modality', () => {
		const { view, navigate } = setup({ images: 3, videos: 2 });
		view.open(view.items.video[1]);
		expect(navigate).toHaveBeenLastCalledWith(
			// Both lists use ftr_0…: repeated ids fall back to positional ones.
			'/assets/ast_1?namespace=prod&tab=video&item=video-1',
			expect.objectContaining({ tab: 'video', item: 'video-1', opened: true }),
			'push'
		);
		expect(view.openItem?.position).toBe(2);
		expect(view.tab).toBe('video');
		expect(view.openTotal).toBe(2);
	});

	it('moves to the next and previous item, wrapping around, onto its gallery page', () => {
		const count = PAGE_SIZE + 5;
		const { view } = setup({ images: count });
		view.open(view.items.image[count - 1]);
		view.move(1);
		expect(view.openItem?.index).toBe(0);
		expect(view.page).toBe(0);
		view.move(-1);
		expect(view.openItem?.index).toBe(count - 1);
		expect(view.page).toBe(1);
	});

	it("closes the viewer on the closed item's page and gives focus back to its tile", async () => {
		const { view, focusItem, back } = setup({ images: PAGE_SIZE * 2 });
		const item = view.items.image[PAGE_SIZE + 3];
		view.setPage(1);
		view.open(item);
		await view.close();
		expect(back).toHaveBeenCalledOnce();
		expect(view.openItem).toBeNull();
		expect(view.tab).toBe('image');
		expect(view.page).toBe(1);
		expect(focusItem).toHaveBeenCalledWith(item.id);
	});

	it('keeps the page the user chose per tab', () => {
		const { view } = setup({ images: PAGE_SIZE * 3, videos: PAGE_SIZE + 1 });
		view.setPage(2);
		view.selectTab('video');
		expect(view.page).toBe(0);
		view.selectTab('image');
		expect(view.page).toBe(2);
	});

	it('names an ?item= that is not in the asset, and dismissing it drops it from the URL', async () => {
		const { view, url, navigate } = setup();
		url.params = { tab: null, item: 'gone' };
		expect(view.openItem).toBeNull();
		expect(view.missingItem).toBe('gone');
		await view.close();
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?namespace=prod&tab=image',
			{ tab: 'image', item: null, page: null, t: null },
			'replace'
		);
		expect(view.missingItem).toBeNull();
	});

	it('opening is an entry Back undoes; moving replaces it; close goes back over it', async () => {
		const { view, history, back } = setup({ images: 4 });
		view.open(view.items.image[1]);
		view.move(1);
		expect(view.openItem?.index).toBe(2);
		// The entry under the viewer first names its tab, so Back lands on a link that says it.
		expect(history()).toEqual([
			'/assets/ast_1?namespace=prod&tab=image',
			'/assets/ast_1?namespace=prod&tab=image&item=ftr_2'
		]);
		await view.close();
		expect(back).toHaveBeenCalledOnce();
		expect(view.openItem).toBeNull();
		expect(history()).toHaveLength(2);
	});

	it('a viewer opened by a link (no entry of ours below it) closes in place', async () => {
		const { view, url, back, navigate } = setup({ images: 4 });
		url.params = { tab: 'image', item: 'ftr_3', page: null, t: null };
		await view.close();
		expect(back).not.toHaveBeenCalled();
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?namespace=prod&tab=image',
			expect.objectContaining({ item: null }),
			'replace'
		);
	});

	it('arrows that leave the gallery page make close stay on the new page', async () => {
		const { view, back, navigate } = setup({ images: PAGE_SIZE + 2 });
		view.open(view.items.image[PAGE_SIZE - 1]);
		view.move(1);
		await view.close();
		expect(back).not.toHaveBeenCalled();
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?namespace=prod&tab=image&page=2',
			expect.objectContaining({ item: null, page: 1 }),
			'replace'
		);
		expect(view.page).toBe(1);
	});

	it('gallery pages and times are entries; other parameters and t= are kept', () => {
		const { view, history, url } = setup({ images: PAGE_SIZE * 2 });
		url.params = { tab: 'image', item: null, page: null, t: '12' };
		view.setPage(1);
		view.open(view.items.image[PAGE_SIZE]);
		view.setTime('30');
		expect(history()).toEqual([
			'/',
			'/assets/ast_1?namespace=prod&tab=image&page=2&t=12',
			'/assets/ast_1?namespace=prod&tab=image&item=ftr_120&page=2&t=12',
			'/assets/ast_1?namespace=prod&tab=image&item=ftr_120&page=2&t=30'
		]);
	});

	it('after a namespace switch, a tab empty there gives way to the asset’s own', () => {
		const { view, url, navigate } = setup({ images: 2, videos: 0, modality: 'image' });
		url.params = { tab: 'video', item: null };
		view.dropEmptyTab();
		expect(view.tab).toBe('image');
		expect(navigate).toHaveBeenLastCalledWith(
			'/assets/ast_1?namespace=prod&tab=image',
			expect.anything(),
			'replace'
		);
		navigate.mockClear();
		url.params = { tab: 'image', item: null };
		view.dropEmptyTab();
		expect(navigate).not.toHaveBeenCalled();
	});

	it('builds the absolute deep link of what is shown', () => {
		const { view } = setup();
		view.open(view.items.image[2]);
		expect(view.deepLink('https://inspector.test')).toBe(
			'https://inspector.test/assets/ast_1?namespace=prod&tab=image&item=ftr_2'
		);
	});

	it('builds the deep link at a media time, keeping the open item', () => {
		const { view } = setup();
		expect(view.deepLink('https://inspector.test', '12.5')).toBe(
			'https://inspector.test/assets/ast_1?namespace=prod&tab=image&t=12.5'
		);
		view.open(view.items.image[2]);
		expect(view.deepLink('https://inspector.test', '3')).toBe(
			'https://inspector.test/assets/ast_1?namespace=prod&tab=image&item=ftr_2&t=3'
		);
	});

	it('moves by more than one item (a block on the viewer timeline), wrapping around', () => {
		const { view } = setup({ images: 6 });
		view.open(view.items.image[1]);
		view.move(3);
		expect(view.openItem?.index).toBe(4);
		view.move(-5);
		expect(view.openItem?.index).toBe(5);
		view.move(-2);
		expect(view.openItem?.index).toBe(3);
	});

	it('follows the live copy: new data rebuilds the model, exact totals win while windowed', () => {
		const { view, live } = setup({ images: 1 });
		live.totals = { video: 0, image: 500, text: 0, audio: 0 };
		expect(view.counts.image).toBe(500);
		live.payload = featuresPayload(
			assetData({ asset_id: 'ast_1', status: 'PROCESSING' }, { image: featureList(4) })
		);
		live.totals = null;
		expect(view.model.summary.statusInfo.kind).toBe('busy');
		expect(view.counts.image).toBe(4);
	});
});
