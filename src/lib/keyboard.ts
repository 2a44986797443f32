/** Keyboard shortcuts must not fire while the user types. */

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** True when a key event's target is a field the user types into. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target.closest(TYPING) !== null;
}
