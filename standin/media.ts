import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TIMELINE_MEDIA } from './media-timeline';

const MEDIA_DIR = fileURLToPath(new URL('./media/', import.meta.url));

/** Every object the stand-in can serve, by file name; anything else is NoSuchKey. */
export const MEDIA = {
	pngTestsrc: { file: 'image-testsrc.png', type: 'image/png', width: 640, height: 360 },
	pngSmpte: { file: 'image-smpte.png', type: 'image/png', width: 640, height: 360 },
	jpegMandelbrot: { file: 'image-mandelbrot.jpg', type: 'image/jpeg', width: 640, height: 360 },
	jpegGradient: { file: 'image-gradient.jpg', type: 'image/jpeg', width: 640, height: 360 },
	webpRadial: { file: 'image-radial.webp', type: 'image/webp', width: 640, height: 360 },
	webpHue: { file: 'image-hue.webp', type: 'image/webp', width: 640, height: 360 },
	video: { file: 'video-tour.webm', type: 'video/webm', width: 480, height: 270 },
	videoSeg0: { file: 'video-seg0.jpg', type: 'image/jpeg', width: 480, height: 270 },
	videoSeg1: { file: 'video-seg1.jpg', type: 'image/jpeg', width: 480, height: 270 },
	videoSeg2: { file: 'video-seg2.jpg', type: 'image/jpeg', width: 480, height: 270 },
	videoThumb: { file: 'video-thumb.jpg', type: 'image/jpeg', width: 320, height: 180 },
	audio: { file: 'audio-sweep.webm', type: 'audio/webm', width: null, height: null },
	audioCover: { file: 'audio-cover.jpg', type: 'image/jpeg', width: 480, height: 270 },
	notes: { file: 'notes.txt', type: 'text/plain; charset=utf-8', width: null, height: null },
	...TIMELINE_MEDIA
} as const;

export type MediaName = keyof typeof MEDIA;
export type MediaInfo = (typeof MEDIA)[MediaName];

const byFile = new Map<string, MediaInfo>(Object.values(MEDIA).map((m) => [m.file, m]));
const cache = new Map<string, Buffer>();

/** Lookup is by known name only, so no request can reach another file on disk. */
export function loadObject(file: string): { info: MediaInfo; bytes: Buffer } | null {
	const info = byFile.get(file);
	if (!info) return null;
	let bytes = cache.get(file);
	if (!bytes) {
		bytes = readFileSync(MEDIA_DIR + info.file);
		cache.set(file, bytes);
	}
	return { info, bytes };
}

export function mediaSize(name: MediaName): number {
	return loadObject(MEDIA[name].file)?.bytes.length ?? 0;
}

type RangeResult =
	{ kind: 'full' } | { kind: 'partial'; start: number; end: number } | 'unsatisfiable';

/** Single ranges only; a multi-range request gets the whole object, which RFC 9110 permits. */
export function parseRange(header: string | undefined, size: number): RangeResult {
	if (!header) return { kind: 'full' };
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!m) return { kind: 'full' };
	const [, from, to] = m;
	if (from === '' && to === '') return { kind: 'full' };
	if (from === '') {
		const suffix = Number(to);
		if (suffix === 0) return 'unsatisfiable';
		return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(from);
	const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { kind: 'partial', start, end };
}

export function sendObject(
	req: IncomingMessage,
	res: ServerResponse,
	object: { info: MediaInfo; bytes: Buffer },
	headers: Record<string, string>
): void {
	const { info, bytes } = object;
	const size = bytes.length;
	const common = { ...headers, 'accept-ranges': 'bytes', 'content-type': info.type };
	const range = parseRange(req.headers.range, size);
	if (range === 'unsatisfiable') {
		res.writeHead(416, { ...common, 'content-range': `bytes */${size}`, 'content-length': 0 });
		res.end();
		return;
	}
	const [status, body, extra] =
		range.kind === 'partial'
			? [
					206,
					bytes.subarray(range.start, range.end + 1),
					{ 'content-range': `bytes ${range.start}-${range.end}/${size}` }
				]
			: [200, bytes, {}];
	res.writeHead(status, { ...common, ...extra, 'content-length': body.length });
	res.end(req.method === 'HEAD' ? undefined : body);
}
