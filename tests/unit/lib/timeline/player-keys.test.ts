import { describe, expect, it } from 'vitest';
import { playerKey } from '$lib/timeline/player-keys';

const press = (key: string, init: Partial<KeyboardEvent> = {}, target: unknown = null) =>
	({ key, altKey: false, ctrlKey: false, metaKey: false, target, ...init }) as KeyboardEvent;

describe('playerKey', () => {
	it('maps N, P, R and L (either case)', () => {
		expect(['n', 'P', 'r', 'L'].map((k) => playerKey(press(k)))).toEqual([
			'next',
			'previous',
			'replay',
			'loop'
		]);
	});

	it('leaves modified keys, other keys and typing alone', () => {
		expect(playerKey(press('n', { ctrlKey: true }))).toBeNull();
		expect(playerKey(press('x'))).toBeNull();
		const field = { closest: (s: string) => (s.includes('input') ? {} : null) };
		expect(playerKey(press('n', {}, field))).toBeNull();
	});
});
