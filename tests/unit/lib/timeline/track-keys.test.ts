import { describe, expect, it } from 'vitest';
import { trackKeyAction } from '$lib/timeline/track-keys';

describe('trackKeyAction', () => {
	it('steps, pages and jumps within the track', () => {
		expect(trackKeyAction('ArrowRight', 3, 10)).toEqual({ move: 4 });
		expect(trackKeyAction('ArrowLeft', 0, 10)).toEqual({ move: 0 });
		expect(trackKeyAction('ArrowRight', 9, 10)).toEqual({ move: 9 });
		expect(trackKeyAction('PageDown', 0, 3600)).toEqual({ move: 180 });
		expect(trackKeyAction('PageUp', 100, 3600)).toEqual({ move: 0 });
		expect(trackKeyAction('Home', 7, 10)).toEqual({ move: 0 });
		expect(trackKeyAction('End', 0, 10)).toEqual({ move: 9 });
	});

	it('plays on Enter and Space, ignores other keys and empty tracks', () => {
		expect(trackKeyAction('Enter', 2, 10)).toEqual({ play: true });
		expect(trackKeyAction(' ', 2, 10)).toEqual({ play: true });
		expect(trackKeyAction('a', 2, 10)).toBeNull();
		expect(trackKeyAction('ArrowRight', -1, 0)).toBeNull();
	});
});
