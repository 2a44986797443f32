/**
 * The timeline's model: one track per kind of timed feature, each block a feature's time range
 * with the texts a reader needs, and the coverage issues of the track. Plain data in, plain data
 * out, so the canvas, the readout and the tests share one reading of the features.
 */
import { checkCoverage, type CoverageIssue } from './coverage';
import { formatClock } from './time';

export type TrackKind = 'video' | 'audio' | 'text' | 'image';

/** One feature as the timeline reads it. */
export interface TimedFeature {
	/** The item id (as in `?item=`). */
	id: string;
	kind: TrackKind;
	/** 0-based position among features of its kind. */
	index: number;
	start: number | null;
	end: number | null;
	transcript: string | null;
	description: string | null;
	/** Text seen in the picture (OCR), or a text feature's own text. */
	onScreen: string | null;
	/** Whether the feature carries a playable URL / a preview of its own. */
	hasMedia: boolean;
	hasPreview: boolean;
}

export interface TimelineBlock {
	id: string;
	index: number;
	start: number;
	/** ≥ start; a point-like feature (a keyframe) has end === start. */
	end: number;
	/** "Segment 3" */
	name: string;
	/** The label a screen reader and the tooltip give: "Segment 3, 0:20 to 0:30: <text>". */
	label: string;
	feature: TimedFeature;
}

export interface TimelineTrack {
	kind: TrackKind;
	label: string;
	/** Sorted by start, then end. */
	blocks: TimelineBlock[];
	issues: CoverageIssue[];
}

const TRACK_LABELS: Record<TrackKind, string> = {
	video: 'Video segments',
	audio: 'Audio segments',
	text: 'Timed text',
	image: 'Frames'
};
const BLOCK_NAMES: Record<TrackKind, string> = {
	video: 'Segment',
	audio: 'Clip',
	text: 'Text',
	image: 'Frame'
};
const ORDER: TrackKind[] = ['video', 'audio', 'text', 'image'];
/** Segments are meant to tile the media, so holes in them are findings; frames and text are not. */
const CONTINUOUS: Record<TrackKind, boolean> = {
	video: true,
	audio: true,
	text: false,
	image: false
};

/** The outputs a feature has, by the name the coverage summary uses. */
export function outputsOf(f: TimedFeature): string[] {
	const out: string[] = [];
	if (f.transcript) out.push('transcript');
	if (f.description) out.push('description');
	if (f.onScreen) out.push('on-screen text');
	if (f.hasPreview) out.push('preview');
	if (f.hasMedia) out.push('media URL');
	return out;
}

/** The most telling text of a feature, for labels: description, else transcript, else on-screen. */
export function leadText(f: TimedFeature): string | null {
	return f.description ?? f.transcript ?? f.onScreen;
}

const MAX_LABEL_TEXT = 160;

function blockLabel(name: string, start: number, end: number, f: TimedFeature): string {
	const when =
		end > start ? `${formatClock(start)} to ${formatClock(end)}` : `at ${formatClock(start)}`;
	let text = leadText(f);
	if (text && text.length > MAX_LABEL_TEXT) text = `${text.slice(0, MAX_LABEL_TEXT - 1)}…`;
	return `${name}, ${when}${text ? `: ${text}` : ''}`;
}

/**
 * Tracks for every kind with at least one timed feature. A feature without a start is left off
 * the track (it cannot be placed) but still counts in its coverage check, which names it.
 */
export function buildTracks(
	features: readonly TimedFeature[],
	duration: number | null
): TimelineTrack[] {
	const tracks: TimelineTrack[] = [];
	for (const kind of ORDER) {
		const own = features.filter((f) => f.kind === kind);
		if (!own.some((f) => f.start !== null)) continue;
		const blocks: TimelineBlock[] = [];
		for (const f of own) {
			if (f.start === null) continue;
			// An inverted range is drawn over the span it names; coverage reports it as inverted.
			const start = f.end === null ? f.start : Math.min(f.start, f.end);
			const end = f.end === null ? f.start : Math.max(f.start, f.end);
			const name = `${BLOCK_NAMES[kind]} ${f.index + 1}`;
			blocks.push({
				id: f.id,
				index: f.index,
				start,
				end,
				name,
				label: blockLabel(name, start, end, f),
				feature: f
			});
		}
		blocks.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
		const issues = checkCoverage(
			own.map((f) => ({
				id: f.id,
				index: f.index,
				start: f.start,
				end: f.end,
				outputs: outputsOf(f)
			})),
			{
				duration,
				continuous: CONTINUOUS[kind],
				points: kind === 'image',
				noun: BLOCK_NAMES[kind].toLowerCase()
			}
		);
		tracks.push({ kind, label: TRACK_LABELS[kind], blocks, issues });
	}
	return tracks;
}

/** The timeline's length: the declared duration, else the media's own, else the last block end. */
export function timelineDuration(
	declared: number | null,
	media: number | null,
	tracks: readonly TimelineTrack[]
): number {
	for (const d of [declared, media]) if (d !== null && Number.isFinite(d) && d > 0) return d;
	let last = 0;
	for (const t of tracks) for (const b of t.blocks) last = Math.max(last, b.end);
	return last;
}

/**
 * The block playing at `time`: among blocks covering it, the one that started last (in an overlap
 * the newer segment is the one being inspected). -1 when none covers it. O(log n) plus overlaps.
 */
export function blockAt(blocks: readonly TimelineBlock[], time: number): number {
	let lo = 0;
	let hi = blocks.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (blocks[mid].start <= time) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	for (let i = found; i >= 0; i--) {
		const b = blocks[i];
		if (time < b.end || (b.end === b.start && Math.abs(time - b.start) < 0.5)) return i;
		// Blocks are sorted by start; earlier ones can still cover `time` only if they are long.
		if (found - i > 64) break;
	}
	return -1;
}

/** The block to go to from `time` for next/previous: the first starting after, or before. */
export function adjacentBlock(
	blocks: readonly TimelineBlock[],
	time: number,
	delta: 1 | -1
): number {
	if (blocks.length === 0) return -1;
	if (delta === 1) {
		const i = blocks.findIndex((b) => b.start > time + 0.05);
		return i;
	}
	for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].start < time - 0.5) return i;
	return 0;
}
