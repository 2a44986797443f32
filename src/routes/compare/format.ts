/** A JSON value as short text for a diff cell (escaped by Svelte where it is shown). */
export function formatValue(value: unknown, limit = 240): string {
	if (value === undefined) return '';
	if (value === null) return 'null';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
