/**
 * Whether a click on a modal `<dialog>` landed on its `::backdrop`. Such clicks are dispatched to
 * the dialog element itself, as are clicks on its padding, so only the position tells them apart.
 */
export function isBackdropClick(event: MouseEvent, dialog: HTMLDialogElement | undefined): boolean {
	if (!dialog || event.target !== dialog) return false;
	// Keyboard "clicks" (Enter on a focused dialog) report 0,0 and are not backdrop clicks.
	if (event.detail === 0) return false;
	const box = dialog.getBoundingClientRect();
	const { clientX: x, clientY: y } = event;
	return x < box.left || x > box.right || y < box.top || y > box.bottom;
}
