/**
 * One player's state for the components around it: where the playhead is (smoothly, once per
 * frame while playing, since timeupdate comes only every ~250 ms), the media's duration, and the
 * bounded-playback controller with its mode.
 */
import { untrack } from 'svelte';
import { BoundedPlayback, type PlaybackState, type Span } from './bounded-playback';
import { clampTime } from './time';

export class MediaSession {
	currentTime = $state(0);
	/** The media's own duration once its metadata is in; null before (or when unknown). */
	mediaDuration = $state<number | null>(null);
	playing = $state(false);
	playback = $state.raw<PlaybackState>({ mode: 'free', span: null, released: null, atEnd: false });
	loop = $state(false);

	#media: HTMLMediaElement | null = null;
	#control: BoundedPlayback | null = null;
	#frame = 0;
	/** A seek asked for before the media could take it (a `t=` link, a click during load). */
	#pending: { time: number; span: Span | null; play: boolean } | null = null;
	#held: { time: number; playing: boolean } | null = null;

	/** Use as `{@attach session.attach}` on the <video>/<audio>. */
	attach = (media: HTMLMediaElement) => untrack(() => this.#attach(media));

	// Untracked: an attachment re-runs when state it reads changes, and that would replace the
	// controller (and its bound) whenever the loop is toggled.
	#attach(media: HTMLMediaElement) {
		this.#media = media;
		this.#control = new BoundedPlayback(media, {
			loop: this.loop,
			onChange: (state) => (this.playback = state)
		});
		const sync = () => (this.currentTime = media.currentTime);
		const onMeta = () => {
			this.mediaDuration = Number.isFinite(media.duration) ? media.duration : null;
			this.#resume();
			this.#flushPending();
		};
		const onPlay = () => {
			this.playing = true;
			this.#tick();
		};
		const onPause = () => {
			this.playing = false;
			cancelAnimationFrame(this.#frame);
			sync();
		};
		const events: [string, () => void][] = [
			['loadedmetadata', onMeta],
			['durationchange', onMeta],
			['play', onPlay],
			['pause', onPause],
			['ended', onPause],
			// The target is known at `seeking`: show it at once, not after the decoder caught up.
			['seeking', sync],
			['seeked', sync],
			['timeupdate', sync]
		];
		for (const [type, fn] of events) media.addEventListener(type, fn);
		if (media.readyState >= 1) onMeta();
		return () => {
			for (const [type, fn] of events) media.removeEventListener(type, fn);
			cancelAnimationFrame(this.#frame);
			this.#control?.destroy();
			this.#control = null;
			this.#media = null;
		};
	}

	#tick() {
		cancelAnimationFrame(this.#frame);
		const step = () => {
			if (!this.#media || this.#media.paused) return;
			this.currentTime = this.#media.currentTime;
			this.#frame = requestAnimationFrame(step);
		};
		this.#frame = requestAnimationFrame(step);
	}

	/**
	 * Call just before the element's src changes to a fresh URL of the same media (presigned
	 * URLs are re-minted as they expire): playback resumes where it was, with its bound.
	 */
	holdPlace() {
		const media = this.#media;
		if (media && media.readyState >= 1)
			this.#held = { time: media.currentTime, playing: !media.paused };
	}

	#resume() {
		const held = this.#held;
		if (!held || !this.#media) return;
		this.#held = null;
		this.#media.currentTime = held.time;
		if (held.playing) this.#control?.play();
	}

	#flushPending() {
		const p = this.#pending;
		if (!p || !this.#media || this.#media.readyState < 1) return;
		this.#pending = null;
		this.#go(p.time, p.span, p.play);
	}

	#go(time: number, span: Span | null, play: boolean) {
		const media = this.#media;
		const control = this.#control;
		if (!media || !control) return;
		const end = this.mediaDuration;
		if (span && end !== null && span.start >= end) {
			// A segment past the end of the file (features that outrun their media): the playhead
			// stops at the end; playing there would start the media again from 0.
			span = null;
			play = false;
		}
		if (span) {
			control.setSpan(span, play);
		} else {
			control.setSpan(null);
			media.currentTime = clampTime(time, this.mediaDuration);
			if (play) control.play();
		}
		this.currentTime = media.currentTime;
	}

	/** Moves the playhead without a bound (a `t=` link, a click between blocks). */
	seek(time: number, play = false) {
		this.#request(time, null, play);
	}

	/**
	 * Moves the playhead as the native scrubber does: the bound stays if the time is inside the
	 * segment and is lifted, visibly, if it is outside.
	 */
	scrub(time: number) {
		if (this.#media && this.#media.readyState >= 1)
			this.#media.currentTime = clampTime(time, this.mediaDuration);
	}

	/** Plays one segment, bounded: it stops at the end (or loops, with the loop on). */
	playSpan(span: Span) {
		this.#request(span.start, span, true);
	}

	#request(time: number, span: Span | null, play: boolean) {
		this.currentTime = time;
		if (!this.#media || this.#media.readyState < 1) {
			this.#pending = { time, span, play };
			return;
		}
		this.#go(time, span, play);
	}

	pause() {
		this.#media?.pause();
	}

	replay() {
		this.#control?.replay();
	}

	playOn() {
		this.#control?.playOn();
	}

	setLoop(loop: boolean) {
		this.loop = loop;
		this.#control?.setLoop(loop);
	}
}
