/**
 * The home page's paste parser: whatever an ops person copied from a ticket, a log line, a browser
 * tab or a terminal, find the asset ID (and namespace when the paste carries one).
 *
 * Reasons never quote the input back: a pasted curl command may hold a key.
 */
import { assetIdProblem, namespaceProblem } from '$lib/ids';
import { isAppAssetPath, keptViewParams } from './app-link';
import {
	currentFromBareId,
	currentFromJson,
	currentFromUrl,
	type CurrentMatch,
	type CurrentTarget
} from './current';
import { tokenizeShell } from './shell';

/** `target` is set for today's API (an object or a document); `assetId` then holds its ID. */
export type LookupResult =
	| {
			ok: true;
			assetId: string;
			namespace: string | null;
			/** The view a pasted link of this app carried (`tab`, `item`, `q`, `t`, `page`, …), in order. */
			view?: [string, string][];
			target?: CurrentTarget;
	  }
	| { ok: false; reason: string };

function fromCurrent(match: CurrentMatch): LookupResult {
	if (!match.ok) return match;
	const { target } = match;
	if (target.kind === 'document' && target.collectionId === null) {
		return fail(
			'A document ID alone does not say which collection holds it. Paste the document URL (…/v1/collections/<collection>/documents/<document>) or its object instead.'
		);
	}
	const ns = match.namespace;
	if (ns !== null && namespaceProblem(ns)) return fail(namespaceProblem(ns)!);
	const assetId = target.kind === 'object' ? target.objectId : target.documentId;
	return { ok: true, assetId, namespace: ns, target };
}

/** Longer than any curl command or JSON body worth pasting; checked before any parsing work. */
export const MAX_LOOKUP_LENGTH = 16_384;

const NO_ID_IN_LINK = 'This link does not point at an asset: there is no /assets/<id> in its path.';

export function parseLookup(input: string): LookupResult {
	if (input.length > MAX_LOOKUP_LENGTH) {
		return fail(
			`That is ${Math.round(input.length / 1024)} KB of text, more than the 16 KB this box reads. Paste only the asset ID, a link, the curl command or the JSON body.`
		);
	}
	const text = unwrap(input.trim());
	if (text === '') return fail('Paste an asset ID, a link, a curl command or a JSON body.');

	const bare = currentFromBareId(text);
	if (bare) return fromCurrent(bare);
	if (/^curl(\s|$)/i.test(text)) return fromCurl(text);
	if (text.startsWith('{')) return fromJson(text);
	if (/^https?:\/\//i.test(text) || text.startsWith('/')) return fromUrl(text);
	if (/^[\w.-]+(:\d+)?\/\S*$/.test(text)) return fromUrl(`http://${text}`);
	if (/\basset_id\b/.test(text)) return fromKeyValues(text);
	if (/\s/.test(text)) {
		return fail(
			'An asset ID has no spaces. Paste the ID alone, a link, a curl command or a JSON body.'
		);
	}
	return found(text, null);
}

function fail(reason: string): LookupResult {
	return { ok: false, reason };
}

/** Validates what was extracted, so every input kind gets the same explanations. */
function found(assetId: string, namespace: string | null | undefined): LookupResult {
	const idProblem = assetIdProblem(assetId);
	if (idProblem) return fail(idProblem);
	const ns = namespace?.trim() || null;
	if (ns !== null) {
		const nsProblem = namespaceProblem(ns);
		if (nsProblem) return fail(nsProblem);
	}
	return { ok: true, assetId, namespace: ns };
}

/** Strips what chat tools wrap around a value: `code`, "quotes", <slack-links|label>. */
function unwrap(text: string): string {
	const slack = /^<([^<>|\s]+)(\|[^<>]*)?>$/.exec(text);
	if (slack) return slack[1];
	for (const [open, close] of [
		['`', '`'],
		['"', '"'],
		["'", "'"]
	]) {
		if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) {
			const inner = text.slice(open.length, -close.length).trim();
			if (!inner.includes(open)) return inner;
		}
	}
	return text.replace(/^`{3}\w*\s*|\s*`{3}$/g, '').trim();
}

function fromUrl(text: string): LookupResult {
	let url: URL;
	try {
		url = new URL(text, 'http://paste.invalid/');
	} catch {
		return fail('That link is not a valid URL.');
	}
	const current = currentFromUrl(url);
	if (current) return fromCurrent(current);
	const segments = url.pathname.split('/');
	const at = segments.indexOf('assets');
	const namespace = url.searchParams.get('namespace');
	if (at === -1 || !segments[at + 1]) {
		const queryId = url.searchParams.get('asset_id');
		return queryId ? found(queryId, namespace) : fail(NO_ID_IN_LINK);
	}
	let id: string;
	try {
		id = decodeURIComponent(segments[at + 1]);
	} catch {
		return fail('The asset ID in that link has a broken %-escape.');
	}
	const result = found(id, namespace);
	if (!result.ok || !isAppAssetPath(segments, at)) return result;
	const view = keptViewParams(url);
	return view.length > 0 ? { ...result, view } : result;
}

function fromJson(text: string): LookupResult {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		// Often a truncated copy of a log line or response: the fields may still be readable.
		return /"asset_id"/.test(text)
			? fromKeyValues(text)
			: fail('That is not valid JSON, and no "asset_id" is in it.');
	}
	const record = asRecord(body);
	const current = record && currentFromJson(record);
	if (current) return fromCurrent(current);
	const nested = asRecord(record?.asset);
	const source = record && 'asset_id' in record ? record : nested;
	if (!source || !('asset_id' in source)) return fail('That JSON has no "asset_id" field.');
	const id = source.asset_id;
	if (typeof id !== 'string') return fail('The "asset_id" in that JSON is not a string.');
	const namespace = pickString(record, 'namespace', 'namespace_id', 'X-Namespace');
	return found(id, namespace);
}

function asRecord(value: unknown): Record<string, unknown> | null {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: null;
}

function pickString(record: Record<string, unknown> | null, ...keys: string[]): string | null {
	for (const key of keys) {
		const value = record?.[key];
		if (typeof value === 'string' && value.trim()) return value;
	}
	return null;
}

/** `asset_id=ast_1 namespace=prod` in a log line, or `"asset_id": "ast_1"` in broken JSON. */
function fromKeyValues(text: string): LookupResult {
	const id = readField(text, 'asset_id');
	if (id === null) return fail('Found "asset_id" but no value after it.');
	return found(id, readField(text, 'namespace_id') ?? readField(text, 'namespace'));
}

function readField(text: string, key: string): string | null {
	const match = new RegExp(
		`\\b${key}["']?\\s*[:=]\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"',;}&]+))`
	).exec(text);
	if (!match) return null;
	return match[1] ?? match[2] ?? match[3] ?? null;
}

/** curl options whose value is the next word; everything else is a flag or the URL. */
const CURL_VALUE_OPTIONS = new Set([
	'-H', '--header', '-X', '--request', '-d', '--data', '--data-raw', '--data-binary',
	'--data-urlencode', '--json', '-u', '--user', '-o', '--output', '-A', '--user-agent', '-e',
	'--referer', '-b', '--cookie', '-c', '--cookie-jar', '-m', '--max-time', '--connect-timeout',
	'-x', '--proxy', '-F', '--form', '-w', '--write-out', '-T', '--upload-file', '--retry', '--url',
	'--oauth2-bearer', '--cacert', '--cert', '--key', '-K', '--config', '--resolve', '--variable'
]); // prettier-ignore

const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--json']);

function fromCurl(text: string): LookupResult {
	const words = tokenizeShell(text);
	if (words === null) return fail('That curl command has an unclosed quote.');
	const urls: string[] = [];
	const bodies: string[] = [];
	let namespace: string | null = null;
	const readHeader = (header: string) => {
		const colon = header.indexOf(':');
		if (colon === -1) return;
		if (header.slice(0, colon).trim().toLowerCase() === 'x-namespace') {
			namespace = header.slice(colon + 1).trim();
		}
		// Any other header (Authorization above all) is dropped here and never kept.
	};
	for (let i = 1; i < words.length; i++) {
		const word = words[i];
		if (CURL_VALUE_OPTIONS.has(word)) {
			const value = words[++i] ?? '';
			if (word === '-H' || word === '--header') readHeader(value);
			else if (word === '--url') urls.push(value);
			else if (DATA_OPTIONS.has(word)) bodies.push(value);
		} else if (word.startsWith('--header=')) {
			readHeader(word.slice('--header='.length));
		} else if (/^-H./.test(word)) {
			readHeader(word.slice(2));
		} else if (!word.startsWith('-')) {
			urls.push(word);
		}
	}
	const target =
		urls.find((u) => /(^|\/)(assets|buckets|objects|collections)\/[^/?#]/.test(u)) ?? urls[0];
	if (target !== undefined) {
		const fromTarget = fromUrl(/^[a-z][\w+.-]*:\/\//i.test(target) ? target : `http://${target}`);
		if (fromTarget.ok && fromTarget.target) {
			return { ...fromTarget, namespace: namespace ?? fromTarget.namespace };
		}
		if (fromTarget.ok) return found(fromTarget.assetId, namespace ?? fromTarget.namespace);
		const fromBody = bodies.map(fromJson).find((r) => r.ok);
		if (fromBody?.ok) return found(fromBody.assetId, namespace ?? fromBody.namespace);
		return fromTarget;
	}
	return fail('That curl command has no URL.');
}
