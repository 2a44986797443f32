import { describe, expect, it } from 'vitest';
import {
	checkCoverage,
	summarizeCoverage,
	type CoverageSegment
} from '../../../../src/lib/timeline/coverage';

const ALL = ['transcript', 'description'];

/** Segments from [start, end] pairs, every one with all outputs unless given. */
function track(
	ranges: [number | null, number | null][],
	outputs: (i: number) => string[] = () => ALL
): CoverageSegment[] {
	return ranges.map(([start, end], index) => ({
		id: `s${index}`,
		index,
		start,
		end,
		outputs: outputs(index)
	}));
}

const kinds = (issues: { kind: string }[]) => issues.map((i) => i.kind);

describe('checkCoverage', () => {
	it('finds nothing in segments that tile the media exactly', () => {
		const issues = checkCoverage(
			track([
				[0, 10],
				[10, 20],
				[20, 30]
			]),
			{ duration: 30 }
		);
		expect(issues).toEqual([]);
		expect(summarizeCoverage(issues)).toBe('No coverage problems');
	});

	it('names a gap between segments in words', () => {
		const issues = checkCoverage(
			track([
				[0, 10],
				[10, 20],
				[30, 40]
			]),
			{ duration: 40 }
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ kind: 'gap', start: 20, end: 30, segments: [] });
		expect(issues[0].text).toBe('gap 0:20–0:30');
	});

	it('finds a gap at the start and one before the end of the media', () => {
		const issues = checkCoverage(track([[5, 10]]), { duration: 20 });
		expect(issues.map((i) => i.text)).toEqual(['gap 0:00–0:05', 'gap 0:10–0:20']);
	});

	it('ignores differences within the tolerance', () => {
		const issues = checkCoverage(
			track([
				[0, 9.98],
				[10, 19.99],
				[19.97, 30]
			]),
			{ duration: 30.02 }
		);
		expect(issues).toEqual([]);
	});

	it('names an overlap and both segments, whatever their order upstream', () => {
		const issues = checkCoverage(
			track([
				[35, 50],
				[30, 40],
				[50, 60]
			]),
			{ duration: 60 }
		);
		expect(kinds(issues)).toEqual(['gap', 'overlap']);
		expect(issues[1]).toMatchObject({ start: 35, end: 40, segments: ['s1', 's0'] });
		expect(issues[1].text).toBe('overlap 0:35–0:40 (segments 1 and 2)');
	});

	it('bounds an overlap by the shorter segment when one contains the other', () => {
		const issues = checkCoverage(
			track([
				[0, 30],
				[10, 12]
			])
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ kind: 'overlap', start: 10, end: 12 });
	});

	it('marks segments that run past the duration from the duration on', () => {
		const issues = checkCoverage(
			track([
				[0, 10],
				[10, 25]
			]),
			{ duration: 20 }
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			kind: 'past-duration',
			start: 20,
			end: 25,
			segments: ['s1']
		});
		expect(issues[0].text).toBe('past the end 0:20–0:25 (segment 2; the media is 0:20)');
	});

	it('marks a segment wholly past the end from its own start', () => {
		const issues = checkCoverage(
			track([
				[0, 10],
				[12, 15]
			]),
			{ duration: 10 }
		);
		expect(issues.find((i) => i.kind === 'past-duration')).toMatchObject({ start: 12, end: 15 });
	});

	it('reports zero-length and inverted segments and keeps them out of gap finding', () => {
		const issues = checkCoverage(
			track([
				[0, 10],
				[10, 10],
				[20, 15],
				[10, 20]
			]),
			{ duration: 20 }
		);
		expect(kinds(issues)).toEqual(['zero-length', 'inverted']);
		expect(issues[0].text).toBe('zero-length at 0:10 (segment 2)');
		expect(issues[1]).toMatchObject({ start: 15, end: 20, segments: ['s2'] });
		expect(issues[1].text).toBe('inverted 0:20–0:15 (segment 3 ends before it starts)');
	});

	it('lists segments without a time last', () => {
		const issues = checkCoverage(
			track([
				[0, 10],
				[null, 12],
				[10, null]
			]),
			{ duration: 10 }
		);
		expect(kinds(issues)).toEqual(['untimed', 'untimed']);
		expect(issues[0].text).toBe('segment 2 has no start time');
		expect(issues[1].text).toBe('segment 3 has no end time');
	});

	it('finds an output that one segment lacks when its siblings have it', () => {
		const issues = checkCoverage(
			track(
				[
					[0, 10],
					[10, 20],
					[20, 30],
					[30, 40]
				],
				(i) => (i === 2 ? ['description'] : ALL)
			),
			{ duration: 40 }
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			kind: 'missing-output',
			output: 'transcript',
			start: 20,
			end: 30,
			segments: ['s2']
		});
		expect(issues[0].text).toBe('no transcript in segment 3 (0:20–0:30)');
	});

	it('does not expect an output that most segments lack, or that all have', () => {
		const issues = checkCoverage(
			track(
				[
					[0, 10],
					[10, 20],
					[20, 30],
					[30, 40]
				],
				(i) => (i === 0 ? ['transcript', 'description'] : ['description'])
			)
		);
		expect(issues).toEqual([]);
	});

	it('skips gap finding for point-like tracks but still finds overlaps', () => {
		const issues = checkCoverage(
			track([
				[0, 1],
				[5, 7],
				[6, 8]
			]),
			{ duration: 60, continuous: false }
		);
		expect(kinds(issues)).toEqual(['overlap']);
	});

	it('stays linear enough for an hour of one-second segments', () => {
		const ranges: [number, number][] = Array.from({ length: 3600 }, (_, i) => [i, i + 1]);
		ranges[100] = [100, 100];
		const issues = checkCoverage(track(ranges), { duration: 3600 });
		expect(kinds(issues)).toEqual(['zero-length', 'gap']);
		expect(issues[1].text).toBe('gap 1:40–1:41');
	});
});

describe('summarizeCoverage', () => {
	it('counts issues by kind', () => {
		const issues = checkCoverage(
			track(
				[
					[0, 10],
					[20, 30],
					[25, 40],
					[40, 50]
				],
				(i) => (i === 3 ? [] : ALL)
			),
			{ duration: 60 }
		);
		expect(summarizeCoverage(issues)).toBe('2 gaps, 1 overlap, 2 missing outputs');
	});
});
