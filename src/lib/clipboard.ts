/**
 * Writes text to the clipboard. Resolves false where the Clipboard API is missing or refused
 * (plain-HTTP intranet hosts are not secure contexts), so the caller can show a text field instead.
 */
export async function copyText(text: string): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
