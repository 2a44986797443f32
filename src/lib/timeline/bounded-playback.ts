/**
 * Keeps a media element inside one segment: it stops at the end (or loops), replay and the
 * native play button start the segment again, and the bound is lifted only on purpose — "play
 * on", or a seek outside the segment, which the state reports so the UI can say so.
 */

/** What this needs of an HTMLMediaElement, so it can be tested with a fake one. */
export interface MediaLike {
	currentTime: number;
	readonly paused: boolean;
	readonly duration: number;
	readonly playbackRate: number;
	/** True while a seek is under way (then the `seeking` handler decides, not the clock). */
	readonly seeking?: boolean;
	play(): Promise<void> | void;
	pause(): void;
	addEventListener(type: string, listener: () => void): void;
	removeEventListener(type: string, listener: () => void): void;
}

export interface Span {
	start: number;
	end: number;
}

export type PlaybackMode = 'bounded' | 'loop' | 'free';

export interface PlaybackState {
	mode: PlaybackMode;
	span: Span | null;
	/** Why the bound is off: the user chose "play on", or sought outside the segment. */
	released: 'play-on' | 'seek' | null;
	/** Stopped at the segment's end (so "play" means "replay"). */
	atEnd: boolean;
}

export interface Timers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface BoundedPlaybackOptions {
	span?: Span | null;
	loop?: boolean;
	onChange?: (state: PlaybackState) => void;
	timers?: Timers;
}

/**
 * Stop this far before the end: the frame at exactly `end` already belongs to the next segment.
 * timeupdate alone comes only every ~250 ms, so a timer aimed at the end does the stopping.
 */
const STOP_EARLY = 0.04;
/** A seek this close to the segment still counts as inside it (keyframes, rounding). */
const SEEK_SLACK = 0.3;

const DEFAULT_TIMERS: Timers = {
	set: (fn, ms) => globalThis.setTimeout(fn, ms),
	clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class BoundedPlayback {
	#media: MediaLike;
	#state: PlaybackState;
	#loop: boolean;
	#onChange: (state: PlaybackState) => void;
	#timers: Timers;
	#timer: unknown = null;
	/** Where this controller itself last sent the playhead; a seek there is not the user's. */
	#ownSeek: number | null = null;
	#listeners: [string, () => void][];

	constructor(media: MediaLike, options: BoundedPlaybackOptions = {}) {
		this.#media = media;
		this.#loop = options.loop ?? false;
		this.#onChange = options.onChange ?? (() => {});
		this.#timers = options.timers ?? DEFAULT_TIMERS;
		this.#state = this.#fresh(validSpan(options.span ?? null));
		this.#listeners = [
			['play', () => this.#onPlay()],
			['playing', () => this.#schedule()],
			['seeking', () => this.#onSeeking()],
			['seeked', () => this.#schedule()],
			['ratechange', () => this.#schedule()],
			['timeupdate', () => this.#check()],
			['pause', () => this.#cancel()],
			['ended', () => this.#onEnded()]
		];
		for (const [type, fn] of this.#listeners) media.addEventListener(type, fn);
	}

	get state(): PlaybackState {
		return this.#state;
	}

	/** Bounds playback to a new segment (null: no bound); `play` starts it from its start. */
	setSpan(span: Span | null, play = false): void {
		this.#set(this.#fresh(validSpan(span)));
		if (play) this.replay();
	}

	/** Plays the segment from its start, bounded again even after "play on". */
	replay(): void {
		const span = this.#state.span;
		this.#set({ ...this.#fresh(span) });
		if (span) this.#seek(span.start);
		this.#start();
	}

	/** Plays within the bound: from where it is if inside the segment, else from the start. */
	play(): void {
		if (this.#state.mode === 'free') {
			this.#start();
			return;
		}
		this.#restartIfOutside();
		this.#start();
	}

	setLoop(loop: boolean): void {
		this.#loop = loop;
		if (this.#state.mode !== 'free') this.#set({ ...this.#state, mode: loop ? 'loop' : 'bounded' });
	}

	get loop(): boolean {
		return this.#loop;
	}

	/** Lifts the bound on purpose and keeps playing past the segment's end. */
	playOn(): void {
		this.#cancel();
		this.#set({ ...this.#state, mode: 'free', released: 'play-on', atEnd: false });
		this.#start();
	}

	destroy(): void {
		this.#cancel();
		for (const [type, fn] of this.#listeners) this.#media.removeEventListener(type, fn);
	}

	#fresh(span: Span | null): PlaybackState {
		return {
			mode: span ? (this.#loop ? 'loop' : 'bounded') : 'free',
			span,
			released: null,
			atEnd: false
		};
	}

	#set(next: PlaybackState): void {
		const prev = this.#state;
		this.#state = next;
		if (
			!prev ||
			prev.mode !== next.mode ||
			prev.span !== next.span ||
			prev.released !== next.released ||
			prev.atEnd !== next.atEnd
		)
			this.#onChange(next);
	}

	#start(): void {
		const result = this.#media.play();
		// Autoplay can be refused without a user gesture; the native controls still work then.
		if (result && typeof result.catch === 'function') result.catch(() => {});
		// Already playing (a controller that took over a playing element): aim at the end now,
		// since no `playing` event will come.
		this.#schedule();
	}

	#seek(time: number): void {
		this.#ownSeek = time;
		this.#media.currentTime = time;
	}

	#restartIfOutside(): void {
		const span = this.#state.span;
		if (!span) return;
		const t = this.#media.currentTime;
		// Stopped at the end, play means replay, wherever the element reports its last frame.
		const ended = this.#state.atEnd || t >= span.end - STOP_EARLY - 0.01;
		if (ended || t < span.start - SEEK_SLACK) this.#seek(span.start);
		if (this.#state.atEnd) this.#set({ ...this.#state, atEnd: false });
	}

	#onPlay(): void {
		// The native play button after a stop at the end replays the segment, not the next one.
		if (this.#state.mode !== 'free') this.#restartIfOutside();
		this.#schedule();
	}

	#onSeeking(): void {
		const t = this.#media.currentTime;
		if (this.#ownSeek !== null && Math.abs(t - this.#ownSeek) < 0.05) {
			this.#ownSeek = null;
			return;
		}
		this.#ownSeek = null;
		const span = this.#state.span;
		if (!span || this.#state.mode === 'free') return;
		if (t < span.start - SEEK_SLACK || t > span.end + SEEK_SLACK) {
			this.#cancel();
			this.#set({ ...this.#state, mode: 'free', released: 'seek', atEnd: false });
		} else if (this.#state.atEnd && t < span.end - STOP_EARLY) {
			this.#set({ ...this.#state, atEnd: false });
		}
	}

	#onEnded(): void {
		const span = this.#state.span;
		if (span && this.#state.mode === 'loop') {
			this.#seek(span.start);
			this.#start();
		}
	}

	#cancel(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
	}

	#schedule(): void {
		this.#cancel();
		const span = this.#state.span;
		if (!span || this.#state.mode === 'free' || this.#media.paused) return;
		const rate = this.#media.playbackRate > 0 ? this.#media.playbackRate : 1;
		const remaining = (span.end - STOP_EARLY - this.#media.currentTime) / rate;
		this.#timer = this.#timers.set(
			() => {
				this.#timer = null;
				this.#check();
			},
			Math.max(0, remaining * 1000)
		);
	}

	#check(): void {
		const span = this.#state.span;
		if (!span || this.#state.mode === 'free' || this.#media.paused) return;
		// A seek the user just made (the scrubber) is judged when its `seeking` event comes; a
		// clock tick before it must not take the playhead back into the segment.
		if (this.#media.seeking) return;
		const t = this.#media.currentTime;
		if (t < span.end - STOP_EARLY - 0.01) {
			// Woken early (timers drift, a stall): aim again at what is left.
			if (this.#timer === null) this.#schedule();
			return;
		}
		if (this.#state.mode === 'loop') {
			this.#seek(span.start);
			this.#schedule();
			return;
		}
		this.#cancel();
		this.#media.pause();
		// A busy page can wake the timer late while the media clock runs on: rest on the
		// segment's last frame all the same.
		if (t > span.end) this.#seek(span.end - STOP_EARLY);
		this.#set({ ...this.#state, atEnd: true });
	}
}

function validSpan(span: Span | null): Span | null {
	if (!span) return null;
	const { start, end } = span;
	return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
}

const clipControlled = new WeakSet<MediaLike>();

/**
 * Keeps a gallery tile's <audio> inside its clip's range: the element plays the whole media
 * file, so without this "Clip 2 0:03–0:06" would start at 0:00 and run on. The tile imports
 * this module on its first `play` (tiles then add almost nothing to the page's first load) and
 * calls it on every play; the first call hands the element to a controller, which starts the
 * clip at its start, stops it at its end, and replays it on the next play.
 */
export function boundToClip(
	media: MediaLike,
	{ start, end }: { start: number | null; end: number | null }
): void {
	if (clipControlled.has(media) || start === null || end === null || !(end > start)) return;
	clipControlled.add(media);
	new BoundedPlayback(media, { span: { start, end } }).play();
}
