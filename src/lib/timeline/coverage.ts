/**
 * Coverage check for one track of timed features: where extraction left holes, doubled up, ran
 * past the media, produced impossible ranges, or skipped an output its siblings have. Pure, so
 * the same answer feeds the timeline's marked regions and the summary in words.
 */
import { formatClock, formatSpan } from './time';

export interface CoverageSegment {
	id: string;
	/** 0-based position in the track, for "segment 4". */
	index: number;
	start: number | null;
	end: number | null;
	/** The outputs this segment has, by name ("transcript", "description", …). */
	outputs: readonly string[];
}

export type CoverageKind =
	'gap' | 'overlap' | 'past-duration' | 'zero-length' | 'inverted' | 'untimed' | 'missing-output';

export interface CoverageIssue {
	kind: CoverageKind;
	/** The marked region, start ≤ end (an inverted segment is marked from its end to its start). */
	start: number;
	end: number;
	/** Ids of the segments involved (none for a gap). */
	segments: string[];
	/** For missing-output: which output. */
	output?: string;
	/** The issue in words, e.g. "gap 0:20–0:30". */
	text: string;
}

export interface CoverageOptions {
	/** The media's duration, when known: coverage should reach it and nothing should pass it. */
	duration?: number | null;
	/** Differences below this (seconds) are rounding, not gaps or overlaps. */
	tolerance?: number;
	/** Whether holes matter (segments meant to tile the media); false for point-like frames. */
	continuous?: boolean;
	/** Whether a zero-length feature is normal (a keyframe is an instant). */
	points?: boolean;
	/** What one feature is called in the words: "segment 3", "clip 3". */
	noun?: string;
}

const DEFAULT_TOLERANCE = 0.05;

/** "segment 4" / "segments 4 and 5", numbered from 1 as the galleries number them. */
function namer(noun: string) {
	return (indexes: number[]): string => {
		const n = indexes.map((i) => i + 1);
		return n.length === 1
			? `${noun} ${n[0]}`
			: `${noun}s ${n.slice(0, -1).join(', ')} and ${n.at(-1)}`;
	};
}

interface Timed {
	seg: CoverageSegment;
	start: number;
	end: number;
}

/** Every issue in the track, in time order (untimed ones last). */
export function checkCoverage(
	segments: readonly CoverageSegment[],
	options: CoverageOptions = {}
): CoverageIssue[] {
	const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
	const duration =
		typeof options.duration === 'number' &&
		Number.isFinite(options.duration) &&
		options.duration > 0
			? options.duration
			: null;
	const continuous = options.continuous ?? true;
	const names = namer(options.noun ?? 'segment');
	const issues: CoverageIssue[] = [];
	const untimed: CoverageIssue[] = [];
	const valid: Timed[] = [];

	for (const seg of segments) {
		const { start, end } = seg;
		if (start === null || end === null) {
			untimed.push({
				kind: 'untimed',
				start: start ?? end ?? 0,
				end: start ?? end ?? 0,
				segments: [seg.id],
				text: `${names([seg.index])} has no ${start === null ? 'start' : 'end'} time`
			});
			continue;
		}
		if (end < start - tolerance) {
			issues.push({
				kind: 'inverted',
				start: end,
				end: start,
				segments: [seg.id],
				text: `inverted ${formatSpan(start, end)} (${names([seg.index])} ends before it starts)`
			});
			continue;
		}
		if (end - start <= tolerance && !options.points) {
			issues.push({
				kind: 'zero-length',
				start,
				end: start,
				segments: [seg.id],
				text: `zero-length at ${formatClock(start)} (${names([seg.index])})`
			});
			continue;
		}
		if (duration !== null && end > duration + tolerance) {
			issues.push({
				kind: 'past-duration',
				start: Math.max(start, duration),
				end,
				segments: [seg.id],
				text: `past the end ${formatSpan(Math.max(start, duration), end)} (${names([seg.index])}; the media is ${formatClock(duration)})`
			});
		}
		valid.push({ seg, start, end });
	}

	issues.push(...sweep(valid, { duration, tolerance, continuous, names }));
	issues.push(...missingOutputs(segments, names));
	issues.sort((a, b) => a.start - b.start || a.end - b.end);
	return [...issues, ...untimed];
}

/** Gaps and overlaps in one pass over the segments by start time. */
function sweep(
	valid: Timed[],
	cx: {
		duration: number | null;
		tolerance: number;
		continuous: boolean;
		names: (indexes: number[]) => string;
	}
): CoverageIssue[] {
	const { duration, tolerance, continuous, names } = cx;
	const out: CoverageIssue[] = [];
	const sorted = [...valid].sort((a, b) => a.start - b.start || a.end - b.end);
	let reach = 0;
	let reacher: Timed | null = null;
	for (const cur of sorted) {
		if (continuous && cur.start > reach + tolerance) {
			out.push({
				kind: 'gap',
				start: reach,
				end: cur.start,
				segments: [],
				text: `gap ${formatSpan(reach, cur.start)}`
			});
		} else if (reacher && cur.start < reach - tolerance) {
			const end = Math.min(reach, cur.end);
			out.push({
				kind: 'overlap',
				start: cur.start,
				end,
				segments: [reacher.seg.id, cur.seg.id],
				text: `overlap ${formatSpan(cur.start, end)} (${names([reacher.seg.index, cur.seg.index].sort((a, b) => a - b))})`
			});
		}
		if (cur.end > reach) {
			reach = cur.end;
			reacher = cur;
		}
	}
	if (continuous && sorted.length > 0 && duration !== null && reach < duration - tolerance) {
		out.push({
			kind: 'gap',
			start: reach,
			end: duration,
			segments: [],
			text: `gap ${formatSpan(reach, duration)}`
		});
	}
	return out;
}

/**
 * An output most siblings have (at least half of them, and at least two) is expected of all:
 * one segment without a transcript among transcribed ones is a miss, a track that never had
 * transcripts is not.
 */
function missingOutputs(
	segments: readonly CoverageSegment[],
	names: (indexes: number[]) => string
): CoverageIssue[] {
	if (segments.length < 3) return [];
	const counts = new Map<string, number>();
	for (const seg of segments)
		for (const o of new Set(seg.outputs)) counts.set(o, (counts.get(o) ?? 0) + 1);
	const expected = [...counts].filter(
		([, n]) => n >= 2 && n >= segments.length / 2 && n < segments.length
	);
	const out: CoverageIssue[] = [];
	for (const [output] of expected) {
		for (const seg of segments) {
			if (seg.outputs.includes(output)) continue;
			const timed = seg.start !== null && seg.end !== null;
			const start = Math.min(seg.start ?? 0, seg.end ?? seg.start ?? 0);
			const end = Math.max(seg.start ?? 0, seg.end ?? seg.start ?? 0);
			out.push({
				kind: 'missing-output',
				start,
				end,
				segments: [seg.id],
				output,
				text: `no ${output} in ${names([seg.index])}${timed ? ` (${formatSpan(start, end)})` : ''}`
			});
		}
	}
	return out;
}

const KIND_LABELS: Record<CoverageKind, [string, string]> = {
	gap: ['gap', 'gaps'],
	overlap: ['overlap', 'overlaps'],
	'past-duration': ['segment past the end', 'segments past the end'],
	'zero-length': ['zero-length segment', 'zero-length segments'],
	inverted: ['inverted segment', 'inverted segments'],
	untimed: ['segment without a time', 'segments without a time'],
	'missing-output': ['missing output', 'missing outputs']
};

/** "2 gaps, 1 overlap" for a heading; "No coverage problems" when clean. */
export function summarizeCoverage(issues: readonly CoverageIssue[]): string {
	if (issues.length === 0) return 'No coverage problems';
	const counts = new Map<CoverageKind, number>();
	for (const i of issues) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
	return [...counts].map(([kind, n]) => `${n} ${KIND_LABELS[kind][n === 1 ? 0 : 1]}`).join(', ');
}
