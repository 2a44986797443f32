// The timeline samples' objects (made by `media/generate.sh timeline`), merged into MEDIA.

/** Seconds of the long test-pattern video; its picture names each 10 s block. */
export const LONG_VIDEO_SECONDS = 150;
export const LONG_VIDEO_BLOCK = 10;
export const TONES_SECONDS = 30;

const FRAME_NAMES = [
	'videoLong0',
	'videoLong1',
	'videoLong2',
	'videoLong3',
	'videoLong4',
	'videoLong5',
	'videoLong6',
	'videoLong7',
	'videoLong8',
	'videoLong9',
	'videoLong10',
	'videoLong11',
	'videoLong12',
	'videoLong13',
	'videoLong14'
] as const;
type FrameName = (typeof FRAME_NAMES)[number];
type FrameInfo = { file: string; type: 'image/jpeg'; width: 240; height: 135 };

/** One preview frame per 10 s block, from its middle. */
const frames = Object.fromEntries(
	FRAME_NAMES.map((name, i) => [
		name,
		{ file: `video-long-${i}.jpg`, type: 'image/jpeg', width: 240, height: 135 }
	])
) as Record<FrameName, FrameInfo>;

export const TIMELINE_MEDIA = {
	videoLong: { file: 'video-long.webm', type: 'video/webm', width: 320, height: 180 },
	audioTones: { file: 'audio-tones.webm', type: 'audio/webm', width: null, height: null },
	...frames
} as const;

/** The preview frame of the 10 s block that holds `seconds`. */
export function longVideoFrame(seconds: number): FrameName {
	const i = Math.floor(seconds / LONG_VIDEO_BLOCK);
	return FRAME_NAMES[Math.min(FRAME_NAMES.length - 1, Math.max(0, i))];
}
