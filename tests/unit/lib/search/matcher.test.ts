import { describe, expect, it } from 'vitest';
import { fold, foldWithOrigins } from '$lib/search/fold';
import { featureFields, fieldGroup } from '$lib/search/fields';
import { SearchIndex, buildSearchIndex, matchedFields } from '$lib/search/match-index';
import { narrows, parseQuery } from '$lib/search/query';
import { highlight } from '$lib/search/highlight';

function indexOf(features: Record<string, unknown>[]) {
	const fields = features.map(featureFields);
	return SearchIndex.build(fields.length, (i) => fields[i]);
}
const hits = (index: SearchIndex, q: string) => [...(index.search(q) ?? [])];

describe('folding', () => {
	it('ignores case and accents', () => {
		expect(fold('Café CRÈME Brûlée')).toBe('cafe creme brulee');
		expect(fold('naïve Ångström')).toBe('naive angstrom');
		expect(fold('İstanbul')).toBe('istanbul');
	});
	it('keeps scripts without case or marks as they are', () => {
		expect(fold('東京 שלום')).toBe('東京 שלום');
	});
	it('maps folded offsets back to the original', () => {
		const { folded, origin } = foldWithOrigins('e\u0301t\u00e9!');
		expect(folded).toBe('ete!');
		expect(origin).toEqual([0, 2, 3, 4, 5]);
	});
});

describe('query terms', () => {
	it('splits on spaces, folds, keeps quoted phrases and drops repeats', () => {
		expect(parseQuery('  Colour  BARS colour ')).toEqual(['colour', 'bars']);
		expect(parseQuery('"moving test" clock')).toEqual(['moving test', 'clock']);
		expect(parseQuery('"unterminated phrase')).toEqual(['unterminated phrase']);
		expect(parseQuery('')).toEqual([]);
		expect(parseQuery(null)).toEqual([]);
	});
	it('knows when a query only narrows the previous one', () => {
		expect(narrows(['caf'], ['cafe'])).toBe(true);
		expect(narrows(['cafe'], ['cafe', 'noir'])).toBe(true);
		expect(narrows(['cafe'], ['caf'])).toBe(false);
		expect(narrows([], ['a'])).toBe(false);
	});
});

describe('fields searched', () => {
	const feature = {
		feature_id: 'ftr_0042',
		asset_id: 'ast_shared_by_all',
		collection_id: 'col_everyone',
		modality: 'video',
		url: 'https://bucket.example/a.webm?X-Amz-Signature=abc',
		preview_url: 'https://bucket.example/a.jpg',
		created_at: '2025-01-20T17:42:00Z',
		text: 'Plain text',
		transcription: 'Spoken words',
		description: 'A described scene',
		ocr_text: 'STOP sign',
		start_time: 12,
		embedding: [0.1, 0.2],
		json_output: { scene: 'intro', objects: [{ label: 'zebra', confidence: 0.93 }] },
		metadata: { language: 'fr', speakers: 2, reviewed: true, link: 's3://bucket/x' }
	};
	const names = featureFields(feature).map((f) => f.name);

	it('searches every text field, json_output strings, metadata values and the feature ID', () => {
		expect(names).toEqual([
			'feature_id',
			'text',
			'transcription',
			'description',
			'ocr_text',
			'json_output.scene',
			'json_output.objects[0].label',
			'metadata.language',
			'metadata.speakers',
			'metadata.reviewed'
		]);
	});
	it('skips links, ids the whole asset shares, times and numbers outside metadata', () => {
		const index = indexOf([feature]);
		for (const q of [
			'bucket',
			'signature',
			'ast_shared',
			'col_every',
			'video',
			'2025-01',
			'0.93',
			'12'
		]) {
			expect(hits(index, q), q).toEqual([]);
		}
		for (const q of ['ftr_0042', 'spoken', 'described', 'stop', 'zebra', 'intro', 'fr', 'true']) {
			expect(hits(index, q), q).toEqual([0]);
		}
	});
	it('names fields for people', () => {
		expect(fieldGroup('json_output.objects[0].label')).toBe('json_output');
		expect(fieldGroup('transcription')).toBe('transcription');
	});
	it('bounds what one hostile feature can add to the index', () => {
		const huge = featureFields({
			text: 'x'.repeat(1_000_000),
			deep: { a: { b: { c: { d: { e: { f: { g: 'too deep' } } } } } } }
		});
		expect(huge.reduce((n, f) => n + f.text.length, 0)).toBeLessThanOrEqual(20_000);
		expect(
			featureFields({ deep: { a: { b: { c: { d: { e: { f: { g: 'too deep' } } } } } } } })
		).toEqual([]);
	});
});

describe('the index', () => {
	const index = indexOf([
		{ feature_id: 'ftr_1', text: 'Un café noir' },
		{ feature_id: 'ftr_2', transcription: 'CAFE CREME, please' },
		{ feature_id: 'ftr_3', description: 'tea', metadata: { drink: 'Café' } },
		{ feature_id: 'ftr_4', text: 'water' }
	]);

	it('matches case- and accent-insensitively, whichever way the accent is', () => {
		expect(hits(index, 'cafe')).toEqual([0, 1, 2]);
		expect(hits(index, 'CAFÉ')).toEqual([0, 1, 2]);
		expect(hits(index, 'Cafe\u0301')).toEqual([0, 1, 2]);
	});
	it('needs every term, in any field', () => {
		expect(hits(index, 'cafe creme')).toEqual([1]);
		expect(hits(index, 'tea café')).toEqual([2]);
		expect(hits(index, 'cafe water')).toEqual([]);
	});
	it('never matches a term across two fields', () => {
		expect(hits(index, 'ftr_3tea')).toEqual([]);
	});
	it('matches feature IDs', () => {
		expect(hits(index, 'FTR_4')).toEqual([3]);
	});
	it('returns null for an empty query and gives the same answers when narrowing', () => {
		expect(index.search('   ')).toBeNull();
		expect(hits(index, 'c')).toEqual([0, 1, 2]);
		expect(hits(index, 'ca')).toEqual([0, 1, 2]);
		expect(hits(index, 'cafe c')).toEqual([0, 1, 2]);
		expect(hits(index, 'cafe cr')).toEqual([1]);
		expect(hits(index, 'cafe')).toEqual([0, 1, 2]);
	});
	it('builds the same index in slices, and can be abandoned', async () => {
		const features = Array.from({ length: 1234 }, (_, i) => ({
			text: i % 7 === 0 ? 'Séance' : 'x'
		}));
		const fields = features.map(featureFields);
		let pauses = 0;
		const sliced = await buildSearchIndex(fields.length, (i) => fields[i], {
			yieldTo: async () => void pauses++
		});
		expect(pauses).toBe(2);
		expect(hits(sliced, 'seance')).toEqual(hits(indexOf(features), 'seance'));
		const abort = new AbortController();
		abort.abort();
		await expect(
			buildSearchIndex(10, (i) => fields[i], { signal: abort.signal })
		).rejects.toThrow();
	});
	it('says which fields matched', () => {
		const fields = featureFields({
			feature_id: 'ftr_3',
			description: 'tea',
			metadata: { drink: 'Café' }
		});
		expect(matchedFields(fields, 'cafe')).toEqual(['metadata.drink']);
	});
});

describe('highlighting', () => {
	const marked = (text: string, q: string) =>
		highlight(text, q)
			.map((s) => (s.hit ? `[${s.text}]` : s.text))
			.join('');

	it('marks every occurrence of every term, on the original text', () => {
		expect(marked('Colour bars, more colour', 'colour')).toBe('[Colour] bars, more [colour]');
		expect(marked('Un Café noir', 'cafe noir')).toBe('Un [Café] [noir]');
		expect(marked('Cafe\u0301!', 'café')).toBe('[Cafe\u0301]!');
	});
	it('merges overlapping hits', () => {
		expect(marked('abcdef', 'abc cde')).toBe('[abcde]f');
	});
	it('leaves text alone without a query or a hit', () => {
		expect(highlight('plain', '')).toEqual([{ text: 'plain', hit: false }]);
		expect(highlight('plain', 'zzz')).toEqual([{ text: 'plain', hit: false }]);
	});
	it('keeps markup as text', () => {
		expect(marked('<img src=x onerror=alert(1)>', 'img')).toBe('<[img] src=x onerror=alert(1)>');
	});
});
