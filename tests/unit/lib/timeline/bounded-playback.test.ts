import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	BoundedPlayback,
	type MediaLike,
	type PlaybackState
} from '../../../../src/lib/timeline/bounded-playback';

/**
 * A media element as the controller sees it: seeking fires `seeking`/`seeked`, play and pause
 * fire their events, and `advance` moves the playhead as playback would (with `timeupdate`).
 */
class FakeMedia extends EventTarget implements MediaLike {
	#time = 0;
	paused = true;
	duration = 60;
	playbackRate = 1;
	seeking = false;
	plays = 0;

	get currentTime() {
		return this.#time;
	}
	set currentTime(value: number) {
		this.#time = value;
		this.fire('seeking');
		this.fire('seeked');
	}
	play() {
		this.plays++;
		this.paused = false;
		this.fire('play');
		this.fire('playing');
		return Promise.resolve();
	}
	pause() {
		if (this.paused) return;
		this.paused = true;
		this.fire('pause');
	}
	/** The user drags the native scrubber. */
	userSeek(value: number) {
		this.currentTime = value;
	}
	/** Plays for `seconds` of media time in small steps, letting timers run as the clock moves. */
	advance(seconds: number) {
		const step = 0.01;
		for (let done = 0; done < seconds - 1e-9; done += step) {
			if (this.paused) {
				vi.advanceTimersByTime(step * 1000);
				continue;
			}
			this.#time = Math.min(this.duration, this.#time + step * this.playbackRate);
			vi.advanceTimersByTime(step * 1000);
			if (this.#time >= this.duration) {
				this.paused = true;
				this.fire('ended');
			}
		}
		this.fire('timeupdate');
	}
	/** A scrub whose `seeking` event is still queued (a clock tick may come first). */
	scrubPending(value: number) {
		this.#time = value;
		this.seeking = true;
	}
	/** The queued events of a pending scrub arrive. */
	scrubArrives() {
		this.seeking = false;
		this.fire('seeking');
		this.fire('seeked');
	}
	/** Moves the playhead with no timers running, as when the page's main thread is blocked. */
	advanceClockOnly(seconds: number) {
		this.#time += seconds;
	}
	fire(type: string) {
		this.dispatchEvent(new Event(type));
	}
}

let media: FakeMedia;
let states: PlaybackState[];

beforeEach(() => {
	vi.useFakeTimers();
	media = new FakeMedia();
	states = [];
});
afterEach(() => vi.useRealTimers());

function control(span = { start: 4, end: 8 }, loop = false) {
	return new BoundedPlayback(media, { span, loop, onChange: (s) => states.push(s) });
}

describe('BoundedPlayback', () => {
	it('replay seeks to the start and stops at the end, not at the next timeupdate', () => {
		const c = control();
		c.replay();
		expect(media.currentTime).toBe(4);
		expect(media.paused).toBe(false);
		media.advance(3.9);
		expect(media.paused).toBe(false);
		media.advance(0.3);
		expect(media.paused).toBe(true);
		expect(media.currentTime).toBeGreaterThan(7.9);
		expect(media.currentTime).toBeLessThanOrEqual(8);
		expect(c.state).toMatchObject({ mode: 'bounded', atEnd: true, released: null });
	});

	it('the native play button after the stop replays the segment instead of playing on', () => {
		const c = control();
		c.replay();
		media.advance(5);
		expect(c.state.atEnd).toBe(true);
		media.play();
		expect(media.currentTime).toBe(4);
		expect(c.state.atEnd).toBe(false);
		media.advance(5);
		expect(media.paused).toBe(true);
		expect(media.currentTime).toBeLessThanOrEqual(8);
	});

	it('play, or the native play button, from before the segment starts at the segment', () => {
		const c = control();
		c.play();
		expect(media.currentTime).toBe(4);
		media.pause();
		c.destroy();
		control({ start: 10, end: 12 });
		media.play();
		expect(media.currentTime).toBe(10);
	});

	it('a seek inside the segment keeps the bound', () => {
		const c = control();
		c.replay();
		media.userSeek(6);
		expect(c.state.mode).toBe('bounded');
		media.advance(3);
		expect(media.paused).toBe(true);
		expect(media.currentTime).toBeLessThanOrEqual(8);
	});

	it('a seek outside the segment lifts the bound and says so', () => {
		const c = control();
		c.replay();
		media.userSeek(20);
		expect(c.state).toMatchObject({ mode: 'free', released: 'seek' });
		expect(states.at(-1)?.released).toBe('seek');
		media.advance(10);
		expect(media.paused).toBe(false);
		expect(media.currentTime).toBeCloseTo(30, 1);
	});

	it('"play on" lifts the bound on purpose and replay restores it', () => {
		const c = control();
		c.replay();
		media.advance(5);
		c.playOn();
		expect(c.state).toMatchObject({ mode: 'free', released: 'play-on', atEnd: false });
		media.advance(4);
		expect(media.paused).toBe(false);
		expect(media.currentTime).toBeGreaterThan(11);
		c.replay();
		expect(c.state).toMatchObject({ mode: 'bounded', released: null });
		expect(media.currentTime).toBe(4);
		media.advance(5);
		expect(media.paused).toBe(true);
	});

	it('loops the segment while the loop is on', () => {
		const c = control({ start: 4, end: 8 }, true);
		expect(c.state.mode).toBe('loop');
		c.replay();
		media.advance(4.5);
		expect(media.paused).toBe(false);
		expect(media.currentTime).toBeGreaterThanOrEqual(4);
		expect(media.currentTime).toBeLessThan(5);
		c.setLoop(false);
		expect(c.state.mode).toBe('bounded');
		media.advance(4);
		expect(media.paused).toBe(true);
	});

	it('a scrub outside a looping segment is not undone by a clock tick before its event', () => {
		const c = control({ start: 4, end: 8 }, true);
		c.replay();
		media.advance(1);
		media.scrubPending(20);
		media.fire('timeupdate');
		expect(media.currentTime).toBe(20);
		media.scrubArrives();
		expect(c.state).toMatchObject({ mode: 'free', released: 'seek' });
	});

	it('loops a segment that ends with the media', () => {
		media.duration = 8;
		const c = control({ start: 4, end: 8 }, true);
		c.replay();
		media.fire('ended');
		expect(media.currentTime).toBe(4);
		expect(media.paused).toBe(false);
	});

	it('follows the playback rate when aiming at the end', () => {
		const c = control();
		media.playbackRate = 2;
		c.replay();
		media.advance(1.9);
		expect(media.paused).toBe(false);
		media.advance(0.2);
		expect(media.paused).toBe(true);
		expect(c.state.atEnd).toBe(true);
	});

	it('a new span starts bounded, and no span means no bound', () => {
		const c = control();
		c.setSpan({ start: 10, end: 12 }, true);
		expect(media.currentTime).toBe(10);
		media.advance(3);
		expect(media.paused).toBe(true);
		expect(media.currentTime).toBeLessThanOrEqual(12);
		c.setSpan(null, true);
		expect(c.state.mode).toBe('free');
		media.advance(5);
		expect(media.paused).toBe(false);
	});

	it('treats an inverted or non-finite span as no bound', () => {
		expect(control({ start: 8, end: 4 }).state.span).toBeNull();
		expect(control({ start: 0, end: Number.NaN }).state.span).toBeNull();
	});

	it('stops listening when destroyed', () => {
		const c = control();
		c.replay();
		c.destroy();
		media.advance(6);
		expect(media.paused).toBe(false);
	});
});

describe('BoundedPlayback when the page is busy', () => {
	it('rests on the segment end even when the stop comes late', () => {
		const c = control();
		c.replay();
		// The main thread was blocked: the media clock ran 0.5 s past the end meanwhile.
		vi.advanceTimersByTime(4500);
		media.advanceClockOnly(4.5);
		media.fire('timeupdate');
		expect(media.paused).toBe(true);
		expect(media.currentTime).toBeCloseTo(7.96, 2);
		expect(c.state.atEnd).toBe(true);
		expect(c.state.mode).toBe('bounded');
	});
});
