import { describe, expect, it } from 'vitest';
import {
	PLANTED,
	SEARCH_ASSET_ID,
	SEARCH_COUNTS,
	plantedCount
} from '../../standin/catalog-search';
import { findSample } from '../../standin/samples';
import { featureFields } from '$lib/search/fields';
import { SearchIndex } from '$lib/search/match-index';

const MODALITIES = ['video', 'image', 'text', 'audio'] as const;

describe('the search sample', () => {
	const sample = findSample('demo_prod', SEARCH_ASSET_ID);
	const grouped = sample!.render({
		url: (owner, file) => `http://127.0.0.1:1/bucket/${owner}/${file}?X-Amz-Signature=abc`,
		returnUrl: true,
		processingPhase: () => 'DONE',
		processingClock: () => ({ tracked: false, startedAt: 0, spanMs: 0, fraction: 1 })
	});
	const lists = Object.fromEntries(
		MODALITIES.map((m) => [m, grouped.features[m] as Record<string, unknown>[]])
	);

	it('is registered, with 10,000 features with unique ids', () => {
		expect(sample).not.toBeNull();
		for (const m of MODALITIES) expect(lists[m]).toHaveLength(SEARCH_COUNTS[m]);
		const ids = MODALITIES.flatMap((m) => lists[m].map((f) => f.feature_id));
		expect(new Set(ids).size).toBe(10_000);
	});

	it('holds each planted word exactly where its rule says, whatever the accents', () => {
		for (const m of MODALITIES) {
			const fields = lists[m].map(featureFields);
			const index = SearchIndex.build(fields.length, (i) => fields[i]);
			for (const key of Object.keys(PLANTED) as (keyof typeof PLANTED)[]) {
				expect(index.search(key)?.length ?? 0, `${key} in ${m}`).toBe(plantedCount(key, m));
			}
		}
		expect(plantedCount('zurich', 'video')).toBe(40);
	});
});
