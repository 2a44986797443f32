import { describe, expect, it } from 'vitest';
import {
	adjacentBlock,
	blockAt,
	buildTracks,
	timelineDuration,
	type TimedFeature
} from '../../../../src/lib/timeline/tracks';
import { findSample } from '../../../../standin/samples';

const KINDS = ['video', 'audio', 'text', 'image'] as const;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The sample's features read the way the page's view model reads them. */
function timed(id: string): { features: TimedFeature[]; duration: number } {
	const sample = findSample('demo_prod', id);
	if (!sample) throw new Error(`no sample ${id}`);
	const { asset, features } = sample.render({
		url: (owner, file) => `https://objects.example/${owner}/${file}`,
		returnUrl: true,
		processingPhase: () => 'DONE',
		processingClock: () => ({ tracked: false, startedAt: 0, spanMs: 0, fraction: 1 })
	});
	const out: TimedFeature[] = [];
	for (const kind of KINDS) {
		(features[kind] ?? []).forEach((f, index) => {
			const start = num(f.start_time) ?? num(f.timestamp);
			const transcript = str(f.transcription);
			const text = str(f.text);
			out.push({
				id: String(f.feature_id),
				kind,
				index,
				start,
				end: num(f.end_time) ?? (num(f.timestamp) !== null ? start : null),
				transcript,
				description: str(f.description),
				onScreen: text && text !== transcript ? text : null,
				hasMedia: str(f.url) !== null,
				hasPreview: str(f.preview_url) !== null
			});
		});
	}
	return { features: out, duration: asset.file_data?.duration as number };
}

describe('buildTracks on the long video sample', () => {
	const { features, duration } = timed('ast_video_long');
	const tracks = buildTracks(features, duration);

	it('has a track per timed kind, in a fixed order', () => {
		expect(tracks.map((t) => [t.kind, t.label, t.blocks.length])).toEqual([
			['video', 'Video segments', 14],
			['text', 'Timed text', 5],
			['image', 'Frames', 4]
		]);
	});

	it('names the deliberate gap, overlap and missing transcript', () => {
		const texts = tracks[0].issues.map((i) => i.text);
		expect(texts).toEqual([
			'gap 0:20–0:30',
			'overlap 0:35–0:40 (segments 3 and 4)',
			'no transcript in segment 6 (1:00–1:10)'
		]);
		expect(tracks[1].issues).toEqual([]);
		expect(tracks[2].issues).toEqual([]);
	});

	it('labels blocks with their time and text', () => {
		expect(tracks[0].blocks[2].label).toBe(
			'Segment 3, 0:30 to 0:40: Segment 3: SMPTE bars, clock from 0:30 to 0:40'
		);
		expect(tracks[2].blocks[0].label).toBe('Frame 1, at 0:05: Keyframe at 0:05');
	});

	it('finds the block at a time, preferring the newer one in an overlap', () => {
		const video = tracks[0].blocks;
		expect(video[blockAt(video, 0)].name).toBe('Segment 1');
		expect(video[blockAt(video, 12.5)].name).toBe('Segment 2');
		expect(blockAt(video, 25)).toBe(-1);
		expect(video[blockAt(video, 37)].name).toBe('Segment 4');
		expect(video[blockAt(video, 149.9)].name).toBe('Segment 14');
		expect(blockAt(video, 150)).toBe(-1);
	});

	it('steps to the next and previous block', () => {
		const video = tracks[0].blocks;
		expect(video[adjacentBlock(video, 12, 1)].start).toBe(30);
		expect(video[adjacentBlock(video, 12, -1)].start).toBe(10);
		expect(video[adjacentBlock(video, 10.2, -1)].start).toBe(0);
		expect(adjacentBlock(video, 145, 1)).toBe(-1);
	});
});

describe('buildTracks on other samples', () => {
	it('finds nothing wrong with the transcribed audio asset', () => {
		const { features, duration } = timed('ast_audio_transcript');
		const tracks = buildTracks(features, duration);
		expect(tracks).toHaveLength(1);
		expect(tracks[0]).toMatchObject({ kind: 'audio', issues: [] });
		expect(tracks[0].blocks).toHaveLength(6);
	});

	it('builds an hour of one-second segments without issues', () => {
		const { features, duration } = timed('ast_gen_video_3600');
		expect(duration).toBe(3600);
		const [video] = buildTracks(features, duration);
		expect(video.blocks).toHaveLength(3600);
		expect(video.issues).toEqual([]);
		expect(video.blocks[blockAt(video.blocks, 1234.5)].index).toBe(1234);
	});

	it('gives no tracks for an asset without timed features', () => {
		const { features } = timed('ast_image_gallery');
		expect(buildTracks(features, null)).toEqual([]);
	});
});

describe('timelineDuration', () => {
	it('prefers the declared duration, then the media, then the last block', () => {
		const { features } = timed('ast_video_long');
		const tracks = buildTracks(features, null);
		expect(timelineDuration(150, 149.9, tracks)).toBe(150);
		expect(timelineDuration(null, 149.9, tracks)).toBe(149.9);
		expect(timelineDuration(null, Number.NaN, tracks)).toBe(150);
		expect(timelineDuration(0, null, [])).toBe(0);
	});
});
