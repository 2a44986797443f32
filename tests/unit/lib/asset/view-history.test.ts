import { describe, expect, it } from 'vitest';
import {
	historyMode,
	pageParam,
	readPageParam,
	withView,
	type ViewEntryState
} from '$lib/asset/view-history';

const url = (search: string) => new URL(`http://app.test/assets/ast_1${search}`);
const entry = (over: Partial<ViewEntryState> = {}): ViewEntryState => ({
	tab: 'image',
	item: null,
	page: null,
	...over
});

describe('historyMode', () => {
	it('opening the viewer, a gallery page and a time are entries; moves and tabs replace', () => {
		expect(historyMode('open', undefined)).toBe('push');
		expect(historyMode('page', entry())).toBe('push');
		expect(historyMode('time', entry())).toBe('push');
		expect(historyMode('move', entry({ opened: true }))).toBe('replace');
		expect(historyMode('tab', entry())).toBe('replace');
	});

	it('closing goes back over the entry its opening made, and only then', () => {
		expect(historyMode('close', entry({ opened: true, openedFromPage: 0 }), 0)).toBe('back');
		// Opened by a link or after a reload: there is no entry of ours to go back to.
		expect(historyMode('close', undefined, 0)).toBe('replace');
		expect(historyMode('close', entry(), 0)).toBe('replace');
		// Arrows moved the viewer to another gallery page: stay on that page.
		expect(historyMode('close', entry({ opened: true, openedFromPage: 0 }), 3)).toBe('replace');
		expect(historyMode('close', entry({ opened: true, openedFromPage: 3 }), 3)).toBe('back');
	});
});

describe('withView', () => {
	it('writes view parameters in a fixed order and drops nulls', () => {
		expect(withView(url('?namespace=prod'), { tab: 'image', item: 'f_3' })).toBe(
			'/assets/ast_1?namespace=prod&tab=image&item=f_3'
		);
		expect(withView(url('?item=f_3&tab=image&namespace=prod'), { item: null })).toBe(
			'/assets/ast_1?namespace=prod&tab=image'
		);
		expect(withView(url(''), {})).toBe('/assets/ast_1');
	});

	it('keeps every parameter it does not own, such as q, filters and t', () => {
		expect(
			withView(url('?namespace=prod&q=cat&kind=ocr&t=12&tab=video'), { item: 'f_1', page: '2' })
		).toBe('/assets/ast_1?namespace=prod&tab=video&item=f_1&page=2&t=12&q=cat&kind=ocr');
	});

	it('puts the search and filters after the view, in place of the URL’s own when given', () => {
		expect(withView(url('?q=old&tab=video&x=1'), { page: null }, 'q=new&dup=no')).toBe(
			'/assets/ast_1?tab=video&q=new&dup=no&x=1'
		);
		// An empty find drops the old one; without one, the URL's is kept as it was.
		expect(withView(url('?q=old&kind=ocr&tab=video'), {}, '')).toBe('/assets/ast_1?tab=video');
		expect(withView(url('?q=old&tab=video'), {})).toBe('/assets/ast_1?tab=video&q=old');
	});

	it('encodes what it writes', () => {
		expect(withView(url(''), { item: 'a&b=c', namespace: 'x y' })).toBe(
			'/assets/ast_1?namespace=x+y&item=a%26b%3Dc'
		);
	});
});

describe('page parameter', () => {
	it('is 1-based in the URL, 0-based in code, and forgiving', () => {
		expect(readPageParam(url('?page=3'))).toBe(2);
		expect(readPageParam(url('?page=1'))).toBe(0);
		for (const bad of ['?page=0', '?page=-1', '?page=x', '?page=1e3', '?page=', '']) {
			expect(readPageParam(url(bad)), bad).toBeNull();
		}
		expect(pageParam(0)).toBeNull();
		expect(pageParam(2)).toBe('3');
	});
});
