import { describe, expect, it } from 'vitest';
import { copyableJson, previewValue, revealControls, summariseNumbers } from '$lib/asset/json-view';

describe('embedding summaries', () => {
	it('summarises numeric arrays longer than 16', () => {
		expect(summariseNumbers(Array.from({ length: 1024 }, (_, i) => i / 7))).toBe('float[1024]');
		expect(summariseNumbers(Array.from({ length: 17 }, (_, i) => i))).toBe('int[17]');
		expect(summariseNumbers(Array.from({ length: 16 }, () => 0.5))).toBeNull();
		expect(summariseNumbers([...Array.from({ length: 20 }, () => 1), 'x'])).toBeNull();
		expect(previewValue(Array.from({ length: 1024 }, () => 0.1))).toBe('float[1024]');
		expect(previewValue({ a: 1, b: 2 })).toBe('{2 keys}');
		expect(previewValue([1, 2])).toBe('[2]');
	});
});

describe('copy and download', () => {
	it('strips signatures from copied JSON', () => {
		const json = copyableJson({ url: 'https://s3.x/a.png?X-Amz-Signature=abc&X-Amz-Date=1' });
		expect(json).not.toContain('X-Amz');
		expect(JSON.parse(json)).toEqual({ url: 'https://s3.x/a.png' });
	});
	it('reveals invisible characters', () => {
		expect(revealControls('file\u202egnp.exe')).toBe('file⟨U+202E⟩gnp.exe');
	});
});
