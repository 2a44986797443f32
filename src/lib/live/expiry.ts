/**
 * When presigned URLs stop working. S3 SigV4 URLs carry their own lifetime: `X-Amz-Date`
 * (YYYYMMDDTHHMMSSZ) plus `X-Amz-Expires` seconds. URLs without them have no known expiry.
 */
import type { ObjectPayload } from '$lib/mixpeek/current-types';
import type { ValidatedAssetData } from '$lib/mixpeek/types';

// A regex, not `new URL()`: a 10,000-feature asset carries 20,000 URLs, and parsing each one
// blocked the main thread for over half a second.
const AMZ_DATE = /[?&]x-amz-date=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:&|#|$)/i;
const AMZ_EXPIRES = /[?&]x-amz-expires=(\d+)(?:&|#|$)/i;

let lastDate = '';
let lastSignedAt = NaN;

/** Expiry of one presigned URL as epoch ms, or null when the URL does not say. */
export function presignedExpiry(url: unknown): number | null {
	if (typeof url !== 'string' || !/^https?:\/\/[^/?#]/i.test(url)) return null;
	const date = AMZ_DATE.exec(url);
	const expires = Number(AMZ_EXPIRES.exec(url)?.[1]);
	if (!date || !Number.isFinite(expires) || expires <= 0) return null;
	// The URLs of one answer are signed together: the date is converted once, not per URL.
	if (date[0] !== lastDate) {
		const [y, mo, d, h, mi, s] = date.slice(1).map(Number);
		lastDate = date[0];
		lastSignedAt = Date.UTC(y, mo - 1, d, h, mi, s);
	}
	return Number.isNaN(lastSignedAt) ? null : lastSignedAt + expires * 1000;
}

/** Every URL in a response that a preview may load. */
export function presignedUrls(data: ValidatedAssetData): string[] {
	const urls: string[] = [];
	const add = (value: unknown) => {
		if (typeof value === 'string') urls.push(value);
	};
	add(data.asset.url);
	add(data.asset.preview_url);
	for (const list of Object.values(data.features ?? {})) {
		if (!Array.isArray(list)) continue;
		for (const item of list) {
			if (item && typeof item === 'object') {
				add((item as { url?: unknown }).url);
				add((item as { preview_url?: unknown }).preview_url);
			}
		}
	}
	return urls;
}

/** Every presigned URL of an object page: its blobs' and its documents' blobs'. */
export function objectPresignedUrls(payload: ObjectPayload): string[] {
	const urls: string[] = [];
	for (const blob of payload.object.blobs ?? []) {
		const signed = blob.properties?.presigned_url;
		if (typeof signed === 'string') urls.push(signed);
	}
	for (const doc of payload.documents) {
		for (const blob of doc.document_blobs ?? []) {
			if (typeof blob.presigned_url === 'string') urls.push(blob.presigned_url);
		}
	}
	return urls;
}

/** The earliest expiry among a response's URLs (epoch ms), or null when none says. */
export function earliestExpiry(data: ValidatedAssetData | ObjectPayload): number | null {
	let earliest: number | null = null;
	const urls = 'api' in data ? objectPresignedUrls(data) : presignedUrls(data);
	for (const url of urls) {
		const at = presignedExpiry(url);
		if (at !== null && (earliest === null || at < earliest)) earliest = at;
	}
	return earliest;
}

/** The part of a presigned URL that names the object, without the signature. */
export function objectKey(url: string): string | null {
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:'
			? parsed.origin + parsed.pathname
			: null;
	} catch {
		return null;
	}
}

// A payload is never changed in place (a refresh replaces it), and its expiry is read on every
// render of the freshness bar and every timer: scanning 20,000 URLs each time cost ~40 ms.
const expiries = new WeakMap<object, number | null>();

/** The earliest expiry of whichever generation's payload a page holds. */
export function sourceExpiry(source: { data: ValidatedAssetData } | ObjectPayload): number | null {
	const known = expiries.get(source);
	if (known !== undefined) return known;
	const at = earliestExpiry('api' in source ? source : source.data);
	expiries.set(source, at);
	return at;
}
