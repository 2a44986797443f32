import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toAssetModel } from '$lib/asset/view-model';
import DetailPanel from '$lib/components/asset/detail/DetailPanel.svelte';
import { assetData, featuresPayload } from '../../../../../factories';
import { assetPageContext } from '../../../../asset-page';

const LONG = 'x'.repeat(600);

function summaryOf(fields: Parameters<typeof assetData>[0]) {
	return toAssetModel(featuresPayload(assetData(fields)), 'fallback').summary;
}

const first = summaryOf({
	asset_id: 'ast_a',
	collection_id: 'col_a',
	duplicate_of: 'ast_orig',
	metadata: { notes: LONG }
});
const second = summaryOf({ asset_id: 'ast_b', collection_id: 'col_b', metadata: { notes: LONG } });

describe('DetailPanel', () => {
	it('starts afresh when the asset changes: values, rows and folds', async () => {
		const user = userEvent.setup();
		const { map } = assetPageContext();
		const { rerender } = render(DetailPanel, { props: { summary: first, now: 0 }, context: map });
		expect(screen.getByText('col_a')).toBeTruthy();
		expect(screen.getByRole('link', { name: /Duplicate of/ }).getAttribute('href')).toBe(
			'/assets/ast_orig?namespace=demo_prod'
		);
		await user.click(screen.getByRole('button', { name: /Show all/ }));
		expect(screen.getByRole('button', { name: 'Show less' })).toBeTruthy();

		await rerender({ summary: second, now: 0 });
		expect(screen.queryByText('col_a')).toBeNull();
		expect(screen.getByText('col_b')).toBeTruthy();
		expect(screen.queryByText('Duplicate of')).toBeNull();
		const toggle = screen.getByRole('button', { name: /Show all/ });
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
	});

	it('keeps what the user opened when the same asset refreshes', async () => {
		const user = userEvent.setup();
		const { map } = assetPageContext();
		const { rerender } = render(DetailPanel, { props: { summary: second, now: 0 }, context: map });
		await user.click(screen.getByRole('button', { name: /Show all/ }));
		await rerender({
			summary: summaryOf({ asset_id: 'ast_b', metadata: { notes: LONG } }),
			now: 0
		});
		expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
			'true'
		);
	});
});
