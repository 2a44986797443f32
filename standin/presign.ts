import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const ACCESS_KEY_ID = 'STANDINKEY';
const REGION_SCOPE = 'us-east-1/s3/aws4_request';

export type Verdict =
	| { ok: true; remainingSeconds: number }
	| { ok: false; reason: 'missing' | 'malformed' | 'signature' }
	| { ok: false; reason: 'expired'; expiresAt: number };

/** `20250120T174101Z`, the SigV4 timestamp form. */
export function amzDate(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

function parseAmzDate(value: string): number | null {
	const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(value);
	if (!m) return null;
	const [, y, mo, d, h, mi, s] = m.map(Number);
	const ms = Date.UTC(y, mo - 1, d, h, mi, s);
	return Number.isNaN(ms) ? null : ms;
}

/**
 * Signs object paths the way S3 presigns them, closely enough that a client cannot tell, but with a
 * secret born with the process: URLs never outlive a restart, and a test cannot forge one.
 */
export class Presigner {
	readonly #secret = randomBytes(32);

	#signature(method: string, path: string, date: string, expires: string): Buffer {
		return createHmac('sha256', this.#secret)
			.update(`${method}\n${path}\n${date}\n${expires}`)
			.digest();
	}

	/**
	 * Returns a signer for one response: every URL in it shares a timestamp, and a response with
	 * thousands of features reuses a handful of objects, so signatures are memoised per path.
	 */
	session(nowMs: number, ttlSeconds: number): (path: string) => string {
		const date = amzDate(nowMs);
		const expires = String(ttlSeconds);
		const credential = encodeURIComponent(`${ACCESS_KEY_ID}/${date.slice(0, 8)}/${REGION_SCOPE}`);
		const prefix =
			`?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}` +
			`&X-Amz-Date=${date}&X-Amz-Expires=${expires}&X-Amz-SignedHeaders=host&X-Amz-Signature=`;
		const memo = new Map<string, string>();
		return (path) => {
			let url = memo.get(path);
			if (url === undefined) {
				url = path + prefix + this.#signature('GET', path, date, expires).toString('hex');
				memo.set(path, url);
			}
			return url;
		};
	}

	/** `path` is the URL path exactly as it will be requested (already percent-encoded). */
	sign(path: string, nowMs: number, ttlSeconds: number): string {
		return this.session(nowMs, ttlSeconds)(path);
	}

	/** HEAD shares GET's signature, as browsers and S3 treat a HEAD of a GET URL. */
	verify(path: string, query: URLSearchParams, nowMs: number): Verdict {
		const date = query.get('X-Amz-Date');
		const expires = query.get('X-Amz-Expires');
		const signature = query.get('X-Amz-Signature');
		if (!date || !expires || !signature) return { ok: false, reason: 'missing' };
		const signedAt = parseAmzDate(date);
		if (signedAt === null || !/^\d{1,6}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) {
			return { ok: false, reason: 'malformed' };
		}
		const expected = this.#signature('GET', path, date, expires);
		if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
			return { ok: false, reason: 'signature' };
		}
		const expiresAt = signedAt + Number(expires) * 1000;
		if (nowMs > expiresAt) return { ok: false, reason: 'expired', expiresAt };
		return { ok: true, remainingSeconds: Math.max(0, Math.floor((expiresAt - nowMs) / 1000)) };
	}
}
