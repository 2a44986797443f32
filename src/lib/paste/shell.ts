/**
 * Splits a pasted shell command into words the way bash would for the quoting curl commands use:
 * 'single', "double" (with \ escapes), $'ANSI-C', bare words with \ escapes, and `\` line
 * continuations. A browser text input strips the newline of a continuation, so a backslash
 * followed by spaces (or nothing) also counts as one. Returns null on an unclosed quote.
 */
export function tokenizeShell(text: string): string[] | null {
	const words: string[] = [];
	let word = '';
	let inWord = false;
	let i = 0;
	const end = () => {
		if (inWord) words.push(word);
		word = '';
		inWord = false;
	};
	while (i < text.length) {
		const c = text[i];
		if (c === '\\') {
			const next = text[i + 1];
			if (next === undefined || /\s/.test(next)) {
				end();
				i += 2;
				continue;
			}
			word += next;
			inWord = true;
			i += 2;
		} else if (/\s/.test(c)) {
			end();
			i++;
		} else if (c === "'") {
			const close = text.indexOf("'", i + 1);
			if (close === -1) return null;
			word += text.slice(i + 1, close);
			inWord = true;
			i = close + 1;
		} else if (c === '$' && text[i + 1] === "'") {
			const read = readQuoted(text, i + 2, "'");
			if (!read) return null;
			word += read.value;
			inWord = true;
			i = read.next;
		} else if (c === '"') {
			const read = readQuoted(text, i + 1, '"');
			if (!read) return null;
			word += read.value;
			inWord = true;
			i = read.next;
		} else {
			word += c;
			inWord = true;
			i++;
		}
	}
	end();
	return words;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

/** Reads up to the closing quote, resolving backslash escapes; `next` is the index after it. */
function readQuoted(
	text: string,
	start: number,
	quote: string
): { value: string; next: number } | null {
	let value = '';
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === quote) return { value, next: i + 1 };
		if (c === '\\' && i + 1 < text.length) {
			const next = text[++i];
			if (next === '\n') continue;
			if (quote === "'") value += ESCAPES[next] ?? next;
			else value += '"\\$`'.includes(next) ? next : `\\${next}`;
			continue;
		}
		value += c;
	}
	return null;
}
