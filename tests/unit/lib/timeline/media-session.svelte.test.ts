import { beforeAll, describe, expect, it } from 'vitest';
import { MediaSession } from '$lib/timeline/media-session.svelte';

/** Enough of a media element for the session: metadata in, seeks and play() recorded. */
function fakeMedia(duration: number) {
	const media = {
		currentTime: 0,
		paused: true,
		duration,
		playbackRate: 1,
		readyState: 1,
		plays: 0,
		play() {
			media.plays++;
			media.paused = false;
		},
		pause() {
			media.paused = true;
		},
		addEventListener() {},
		removeEventListener() {}
	};
	return media;
}

describe('MediaSession', () => {
	// Node has no frames; the session only cancels one on detach here.
	beforeAll(() => {
		globalThis.cancelAnimationFrame ??= () => {};
		globalThis.requestAnimationFrame ??= () => 0;
	});

	it('plays a segment inside the media', () => {
		const media = fakeMedia(150);
		const session = new MediaSession();
		const detach = session.attach(media as unknown as HTMLMediaElement);
		session.playSpan({ start: 6, end: 7 });
		expect(media.currentTime).toBe(6);
		expect(media.plays).toBe(1);
		expect(session.currentTime).toBe(6);
		detach?.();
	});

	it('a segment past the end of the media stops the playhead at the end, without playing', () => {
		const media = fakeMedia(150);
		// The media clamps a seek past its end, as an element does.
		let at = 0;
		Object.defineProperty(media, 'currentTime', {
			get: () => at,
			set: (t: number) => (at = Math.min(t, media.duration))
		});
		const session = new MediaSession();
		const detach = session.attach(media as unknown as HTMLMediaElement);
		session.playSpan({ start: 2160, end: 2161 });
		expect(media.currentTime).toBe(150);
		expect(media.plays).toBe(0);
		expect(session.currentTime).toBe(150);
		expect(session.playback.mode).not.toBe('bounded');
		detach?.();
	});
});
