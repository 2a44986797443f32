/** Sequential timed GETs over a keep-alive node:http agent (less client overhead than fetch). */
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

export interface Timed {
	status: number;
	bytes: number;
	/** From sending the request to the last byte of the body, ms. */
	ms: number;
}

export function timedGet(url: string, headers: Record<string, string> = {}): Promise<Timed> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const req = request(url, { agent, headers }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started })
			);
			res.on('error', reject);
		});
		req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url} timed out`)));
		req.on('error', reject);
		req.end();
	});
}

export async function postJson(url: string, body: unknown): Promise<unknown> {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!res.ok) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`);
	return res.json();
}
