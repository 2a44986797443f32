import { describe, expect, it } from 'vitest';
import {
	EMPTY_FIND,
	formatSeconds,
	isFiltering,
	parseSeconds,
	readFind,
	resolveItemParam,
	writeFind
} from '$lib/search/params';
import { passesFilters, sortByTime, type ItemFacts } from '$lib/search/filter';
import { describeFilters } from '$lib/search/describe';

const params = (s: string) => new URLSearchParams(s);

describe('find state in the URL', () => {
	it('reads every parameter', () => {
		expect(
			readFind(
				params('q=caf%C3%A9&kind=segment,frame&from=1:30&to=120&preview=broken&dup=no&sort=time')
			)
		).toEqual({
			q: 'café',
			kinds: ['segment', 'frame'],
			from: 90,
			to: 120,
			preview: 'broken',
			duplicate: 'no',
			sort: 'time'
		});
	});
	it('treats malformed values as no filter', () => {
		expect(readFind(params('kind=<b>,ok&from=soon&preview=maybe&dup=2&sort=random'))).toEqual({
			...EMPTY_FIND,
			kinds: ['ok']
		});
	});
	it('swaps a reversed time range', () => {
		const find = readFind(params('from=20&to=5'));
		expect([find.from, find.to]).toEqual([5, 20]);
	});
	it('round-trips, leaving defaults out and other parameters alone', () => {
		const url = params('tab=video&item=ftr_1&q=old&t=3');
		writeFind(url, { ...EMPTY_FIND, q: 'new words', preview: 'has', to: 8 });
		expect(url.toString()).toBe('tab=video&item=ftr_1&t=3&q=new+words&to=8&preview=has');
		expect(readFind(url)).toEqual({ ...EMPTY_FIND, q: 'new words', preview: 'has', to: 8 });
		expect(writeFind(params('q=x&sort=time'), EMPTY_FIND).toString()).toBe('');
	});
	it('knows when the view is narrowed', () => {
		expect(isFiltering(EMPTY_FIND)).toBe(false);
		expect(isFiltering({ ...EMPTY_FIND, sort: 'time' })).toBe(false);
		expect(isFiltering({ ...EMPTY_FIND, q: 'a' })).toBe(true);
		expect(isFiltering({ ...EMPTY_FIND, duplicate: 'yes' })).toBe(true);
	});
});

describe('times', () => {
	it('parses seconds and clock times', () => {
		expect(parseSeconds('90')).toBe(90);
		expect(parseSeconds('4.5s')).toBe(4.5);
		expect(parseSeconds('1:05')).toBe(65);
		expect(parseSeconds('1:02:03')).toBe(3723);
		expect(parseSeconds('1:75')).toBeNull();
		expect(parseSeconds('-3')).toBeNull();
		expect(parseSeconds('')).toBeNull();
	});
	it('formats them back', () => {
		expect(formatSeconds(65)).toBe('1:05');
		expect(formatSeconds(4.5)).toBe('0:04.5');
		expect(formatSeconds(3723)).toBe('1:02:03');
		expect(formatSeconds(59.96)).toBe('1:00');
	});
});

describe('item', () => {
	const list = [{ id: 'ftr_a' }, { id: '2' }, { id: 'ftr_c' }];
	const byId = (id: string) => list.find((i) => i.id === id) ?? null;
	it('takes a feature ID first, then a 1-based position', () => {
		expect(resolveItemParam('ftr_c', list, byId)).toBe(list[2]);
		expect(resolveItemParam('1', list, byId)).toBe(list[0]);
		expect(resolveItemParam('2', list, byId)).toBe(list[1]);
		expect(resolveItemParam('3', list, byId)).toBe(list[2]);
		expect(resolveItemParam('4', list, byId)).toBeNull();
		expect(resolveItemParam('0', list, byId)).toBeNull();
		expect(resolveItemParam('ftr_zzz', list, byId)).toBeNull();
	});
});

describe('filters', () => {
	const facts = (over: Partial<ItemFacts> = {}): ItemFacts => ({
		kind: 'segment',
		start: 10,
		end: 14,
		hasPreview: true,
		previewFailed: false,
		duplicate: false,
		...over
	});
	const passes = (f: ItemFacts, find: Partial<typeof EMPTY_FIND>) =>
		passesFilters(f, { ...EMPTY_FIND, ...find });

	it('filters by kind', () => {
		expect(passes(facts(), { kinds: ['segment'] })).toBe(true);
		expect(passes(facts(), { kinds: ['frame'] })).toBe(false);
	});
	it('keeps items overlapping the time range and drops timeless ones', () => {
		expect(passes(facts(), { from: 12, to: 20 })).toBe(true);
		expect(passes(facts(), { from: 14 })).toBe(true);
		expect(passes(facts(), { from: 15 })).toBe(false);
		expect(passes(facts(), { to: 9 })).toBe(false);
		expect(passes(facts({ start: null, end: null }), { from: 0 })).toBe(false);
		expect(passes(facts({ end: null }), { from: 10, to: 10 })).toBe(true);
	});
	it('filters by preview state', () => {
		const none = facts({ hasPreview: false });
		const failed = facts({ previewFailed: true });
		expect([facts(), none, failed].map((f) => passes(f, { preview: 'has' }))).toEqual([
			true,
			false,
			false
		]);
		expect([facts(), none, failed].map((f) => passes(f, { preview: 'broken' }))).toEqual([
			false,
			true,
			true
		]);
		expect([facts(), none, failed].map((f) => passes(f, { preview: 'missing' }))).toEqual([
			false,
			true,
			false
		]);
		expect([facts(), none, failed].map((f) => passes(f, { preview: 'failed' }))).toEqual([
			false,
			false,
			true
		]);
	});
	it('filters duplicates', () => {
		expect(passes(facts({ duplicate: true }), { duplicate: 'yes' })).toBe(true);
		expect(passes(facts(), { duplicate: 'yes' })).toBe(false);
		expect(passes(facts({ duplicate: true }), { duplicate: 'no' })).toBe(false);
	});
	it('sorts by start time, stable, timeless last', () => {
		const list = [
			{ n: 'a', s: 5 },
			{ n: 'b', s: null },
			{ n: 'c', s: 1 },
			{ n: 'd', s: 5 },
			{ n: 'e', s: null }
		];
		expect(sortByTime(list, (x) => x.s).map((x) => x.n)).toEqual(['c', 'a', 'd', 'b', 'e']);
	});
});

describe('describing a view', () => {
	const label = (k: string) => k.toUpperCase();
	it('names every filter set, and nothing else', () => {
		expect(describeFilters(EMPTY_FIND, label)).toEqual([]);
		expect(
			describeFilters(
				{
					...EMPTY_FIND,
					q: 'x',
					kinds: ['video', 'audio'],
					to: 300,
					preview: 'broken',
					duplicate: 'no'
				},
				label
			)
		).toEqual([
			'kind VIDEO or AUDIO',
			'time up to 5:00',
			'preview missing or failed',
			'no duplicates'
		]);
		expect(describeFilters({ ...EMPTY_FIND, from: 60, to: 90 }, label)).toEqual(['time 1:00–1:30']);
		expect(describeFilters({ ...EMPTY_FIND, from: 60 }, label)).toEqual(['time from 1:00']);
	});
});
