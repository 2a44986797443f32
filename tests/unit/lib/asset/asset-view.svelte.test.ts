import { describe, expect, it, vi } from 'vitest';
import { AssetView } from '$lib/asset/asset-view.svelte';
import { PAGE_SIZE } from '$lib/asset/features';
import type { AssetViewParams } from '$lib/links';
import { LiveAsset } from '$lib/live/live-asset.svelte';
import { assetData, featureList, featuresPayload } from '../../../factories';

function setup(options: { images?: number; videos?: number; modality?: string } = {}) {
	const data = assetData(
		{ asset_id: 'ast_1', modality: options.modality ?? 'image', status: 'DONE' },
		{ image: featureList(options.images ?? 3), video: featureList(options.videos ?? 0) }
	);
	const live = new LiveAsset('ast_1', 'prod', featuresPayload(data));
	// What the URL says; `navigate` writes it, as replaceState does on the page.
	const url = $state<{ params: AssetViewParams }>({ params: { tab: null, item: null } });
	const navigate = vi.fn((_href: string, params: AssetViewParams) => (url.params = params));
	const focusItem = vi.fn();
	const view = new AssetView(
		() => ({ assetId: 'ast_1', namespace: 'prod', live, params: url.params }),
		{ navigate, focusItem }
	);
	return { view, live, url, navigate, focusItem };
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
		expect(navigate).toHaveBeenLastCalledWith('/assets/ast_1?namespace=prod&tab=text', {
			tab: 'text',
			item: null
		});
		expect(view.tab).toBe('text');
	});

	it('opens an item by id, in its own tab, and counts its modality', () => {
		const { view, navigate } = setup({ images: 3, videos: 2 });
		view.open(view.items.video[1]);
		expect(navigate).toHaveBeenLastCalledWith(
			// Both lists use ftr_0…: repeated ids fall back to positional ones.
			'/assets/ast_1?namespace=prod&tab=video&item=video-1',
			{ tab: 'video', item: 'video-1' }
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
		const { view, focusItem } = setup({ images: PAGE_SIZE * 2 });
		const item = view.items.image[PAGE_SIZE + 3];
		view.open(item);
		await view.close();
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
		expect(navigate).toHaveBeenLastCalledWith('/assets/ast_1?namespace=prod&tab=image', {
			tab: 'image',
			item: null
		});
		expect(view.missingItem).toBeNull();
	});

	it('builds the absolute deep link of what is shown', () => {
		const { view } = setup();
		view.open(view.items.image[2]);
		expect(view.deepLink('https://inspector.test')).toBe(
			'https://inspector.test/assets/ast_1?namespace=prod&tab=image&item=ftr_2'
		);
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
