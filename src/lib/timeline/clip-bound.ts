/**
 * Keeps a gallery tile's <audio> inside its clip's range: the element plays the whole media
 * file, so without this "Clip 2 0:03–0:06" would start at 0:00 and run on. The tile imports
 * this module on its first `play` (so tiles add almost nothing to the page's first load) and
 * calls it on every play; the first call takes over with a bounded-playback controller.
 */
import { BoundedPlayback } from './bounded-playback';

const controlled = new WeakSet<HTMLMediaElement>();

export function boundToClip(media: HTMLMediaElement, start: number | null, end: number | null) {
	if (controlled.has(media) || start === null || end === null || !(end > start)) return;
	controlled.add(media);
	// The controller now owns play: it starts the clip at its start and stops it at its end,
	// and the native play button after the end replays the clip.
	new BoundedPlayback(media, { span: { start, end } }).play();
}
