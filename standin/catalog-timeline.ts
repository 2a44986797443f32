// Plain data, like catalog.ts: the timeline samples' ids and listings.

export const TIMELINE_ASSET_IDS = {
	videoLong: 'ast_video_long',
	audioTranscript: 'ast_audio_transcript'
} as const;

/** `ast_gen_video_<n>`: n one-second video segments over n seconds (features only). */
export const GEN_VIDEO_PREFIX = 'ast_gen_video_';
export const GEN_VIDEO_MAX = 20000;

const T = TIMELINE_ASSET_IDS;

export const TIMELINE_SAMPLE_LIST = [
	{
		id: T.videoLong,
		namespace: 'demo_prod',
		description:
			'Finished 2:30 video, 14 segments: a gap at 0:20–0:30, an overlap at 0:35–0:40, one segment without a transcript; keyframes and timed transcript',
		kind: 'sample'
	},
	{
		id: T.audioTranscript,
		namespace: 'demo_prod',
		description: 'Finished 30 s tone sequence with six transcribed segments',
		kind: 'sample'
	},
	...[10, 3600].map(
		(n) =>
			({
				id: `${GEN_VIDEO_PREFIX}${n}`,
				namespace: 'demo_prod',
				description: `Generated video asset: ${n} one-second segments (features only; short media)`,
				kind: 'generated'
			}) as const
	)
] as const;
