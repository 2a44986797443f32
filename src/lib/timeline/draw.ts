/**
 * Canvas drawing for one timeline track. Blocks are rectangles on one canvas, so the cost of a
 * track is a loop over its blocks, not a DOM node each; the overlay (current, focused, hovered
 * block and search hits) is a second canvas redrawn alone when only those change.
 */
import type { CoverageKind } from './coverage';
import type { TimelineBlock, TimelineTrack } from './tracks';

export interface View {
	start: number;
	end: number;
	/** CSS pixels. */
	width: number;
	height: number;
}

export interface TimeRange {
	start: number;
	end: number;
	label?: string;
}

export interface Palette {
	block: [string, string];
	blockEdge: string;
	point: string;
	current: string;
	currentEdge: string;
	focus: string;
	issue: string;
	highlight: string;
	background: string;
}

const LIGHT: Palette = {
	block: ['#93c5fd', '#bfdbfe'],
	blockEdge: '#1e3a8a',
	point: '#1e40af',
	current: '#f59e0b',
	currentEdge: '#78350f',
	focus: '#1d4ed8',
	issue: '#b91c1c',
	highlight: '#7c3aed',
	background: '#f1f5f9'
};
const DARK: Palette = {
	block: ['#1d4ed8', '#1e40af'],
	blockEdge: '#bfdbfe',
	point: '#93c5fd',
	current: '#fbbf24',
	currentEdge: '#fef3c7',
	focus: '#93c5fd',
	issue: '#f87171',
	highlight: '#c4b5fd',
	background: '#1e293b'
};

export function palette(dark: boolean): Palette {
	return dark ? DARK : LIGHT;
}

export function timeToX(time: number, view: View): number {
	const span = view.end - view.start;
	return span > 0 ? ((time - view.start) / span) * view.width : 0;
}

export function xToTime(x: number, view: View): number {
	return view.start + (x / Math.max(1, view.width)) * (view.end - view.start);
}

/** Point-like blocks (keyframes) are drawn this wide and hit-tested this far around. */
const POINT_PX = 3;
const HIT_SLOP_PX = 4;

/** The block under x, the newest-starting one where they overlap; -1 when none. */
export function blockAtX(blocks: readonly TimelineBlock[], x: number, view: View): number {
	const t = xToTime(x, view);
	const slop = ((view.end - view.start) / Math.max(1, view.width)) * HIT_SLOP_PX;
	let best = -1;
	let bestDistance = Infinity;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.start > t + slop) break;
		const inside = t >= b.start && t < b.end;
		const distance = inside ? 0 : Math.min(Math.abs(t - b.start), Math.abs(t - b.end));
		if (distance <= slop && distance <= bestDistance) {
			best = i;
			bestDistance = distance;
		}
	}
	return best;
}

/** The slice of sorted blocks that can be visible in the view (binary search on start). */
function visibleRange(blocks: readonly TimelineBlock[], view: View): [number, number] {
	let lo = 0;
	let hi = blocks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (blocks[mid].start < view.end) lo = mid + 1;
		else hi = mid;
	}
	return [0, lo];
}

const patterns = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

/** Hatching per issue kind, so a gap and an overlap differ by more than colour. */
function hatch(ctx: CanvasRenderingContext2D, kind: CoverageKind, color: string) {
	let cache = patterns.get(ctx);
	if (!cache) patterns.set(ctx, (cache = new Map()));
	const key = `${kind}|${color}`;
	if (cache.has(key)) return cache.get(key) ?? color;
	const tile = new OffscreenCanvas(8, 8);
	const g = tile.getContext('2d');
	if (!g) return color;
	g.strokeStyle = color;
	g.fillStyle = color;
	g.lineWidth = 1.5;
	g.beginPath();
	if (kind === 'gap' || kind === 'past-duration' || kind === 'overlap') {
		g.moveTo(0, 8);
		g.lineTo(8, 0);
		g.moveTo(-2, 2);
		g.lineTo(2, -2);
		g.moveTo(6, 10);
		g.lineTo(10, 6);
	}
	if (kind === 'overlap' || kind === 'past-duration') {
		g.moveTo(0, 0);
		g.lineTo(8, 8);
	}
	g.stroke();
	if (kind !== 'gap' && kind !== 'overlap' && kind !== 'past-duration') g.fillRect(3, 3, 2, 2);
	const pattern = ctx.createPattern(tile, 'repeat');
	cache.set(key, pattern);
	return pattern ?? color;
}

/** Blocks and coverage marks: redrawn when the data, the view or the size changes. */
export function drawTrack(
	ctx: CanvasRenderingContext2D,
	track: TimelineTrack,
	view: View,
	p: Palette
) {
	const { width, height } = view;
	ctx.clearRect(0, 0, width, height);
	ctx.fillStyle = p.background;
	ctx.fillRect(0, 0, width, height);
	const top = 6;
	const h = height - 12;
	const [from, to] = visibleRange(track.blocks, view);
	for (let i = from; i < to; i++) {
		const b = track.blocks[i];
		if (b.end < view.start) continue;
		const x = timeToX(b.start, view);
		if (b.end === b.start) {
			ctx.fillStyle = p.point;
			ctx.fillRect(x - POINT_PX / 2, top, POINT_PX, h);
			continue;
		}
		const w = Math.max(1, timeToX(b.end, view) - x);
		ctx.fillStyle = p.block[i % 2];
		ctx.fillRect(x, top, w, h);
		// Edges only where blocks are wide enough to tell apart; below that they would be a smear.
		if (w >= 4) {
			ctx.fillStyle = p.blockEdge;
			ctx.fillRect(x, top, 1, h);
		}
	}
	for (const issue of track.issues) {
		if (issue.end < view.start || issue.start > view.end) continue;
		const x = timeToX(issue.start, view);
		const w = Math.max(3, timeToX(issue.end, view) - x);
		if (
			issue.kind === 'missing-output' ||
			issue.kind === 'zero-length' ||
			issue.kind === 'inverted' ||
			issue.kind === 'untimed'
		) {
			// A band under the block: the block stays visible, the mark says what is wrong with it.
			ctx.fillStyle = hatch(ctx, issue.kind, p.issue);
			ctx.fillRect(x, height - 6, w, 6);
			ctx.fillStyle = p.issue;
			ctx.fillRect(x, height - 6, w, 1);
			continue;
		}
		ctx.fillStyle = hatch(ctx, issue.kind, p.issue);
		ctx.fillRect(x, 0, w, height);
		ctx.strokeStyle = p.issue;
		ctx.lineWidth = 1;
		ctx.strokeRect(x + 0.5, 0.5, w - 1, height - 1);
	}
}

export interface OverlayState {
	current: number;
	focused: number;
	hovered: number;
	highlights: readonly TimeRange[];
}

function outline(
	ctx: CanvasRenderingContext2D,
	b: TimelineBlock,
	view: View,
	color: string,
	width: number
) {
	const x = timeToX(b.start, view);
	const w = Math.max(POINT_PX, timeToX(b.end, view) - x);
	ctx.strokeStyle = color;
	ctx.lineWidth = width;
	ctx.strokeRect(
		x - (b.end === b.start ? POINT_PX / 2 : 0) + width / 2,
		width / 2 + 1,
		w - width,
		view.height - width - 2
	);
}

/** What changes with playback and pointer: cheap, a handful of shapes. */
export function drawOverlay(
	ctx: CanvasRenderingContext2D,
	track: TimelineTrack,
	view: View,
	p: Palette,
	s: OverlayState
) {
	ctx.clearRect(0, 0, view.width, view.height);
	for (const r of s.highlights) {
		if (r.end < view.start || r.start > view.end) continue;
		const x = timeToX(r.start, view);
		const w = Math.max(3, timeToX(r.end, view) - x);
		ctx.fillStyle = p.highlight;
		ctx.fillRect(x, 0, w, 4);
		ctx.fillRect(x, 0, 2, view.height);
	}
	const cur = track.blocks[s.current];
	if (cur) {
		const x = timeToX(cur.start, view);
		const w = Math.max(POINT_PX, timeToX(cur.end, view) - x);
		ctx.fillStyle = p.current;
		ctx.globalAlpha = 0.85;
		ctx.fillRect(x - (cur.end === cur.start ? POINT_PX / 2 : 0), 6, w, view.height - 12);
		ctx.globalAlpha = 1;
		outline(ctx, cur, view, p.currentEdge, 2);
	}
	const hov = track.blocks[s.hovered];
	if (hov && s.hovered !== s.focused) outline(ctx, hov, view, p.blockEdge, 1);
	const foc = track.blocks[s.focused];
	if (foc) outline(ctx, foc, view, p.focus, 3);
}

/** Canvas backing store at the device pixel ratio; returns the context scaled to CSS pixels. */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number) {
	const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
	const w = Math.round(width * dpr);
	const h = Math.round(height * dpr);
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	const ctx = canvas.getContext('2d');
	ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
	return ctx;
}
