/**
 * Upstream answers that attack the client rather than merely fail: a body that never ends, a
 * Content-Length of 16 GiB, a body that drips a byte at a time, and redirects to another path and
 * to another host. Reached by asset ID alone, like the other fault assets.
 *
 * The other host is a second listener on another loopback address (127.0.0.2, same port). It
 * answers with data of its own and keeps its own log, so a test can prove the key never went there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export const HOSTILE_ASSET_IDS = {
	endless: 'fault_endless',
	hugeLength: 'fault_huge_length',
	drip: 'fault_drip',
	redirectPath: 'fault_redirect_path',
	redirectHost: 'fault_redirect_host',
	/** A finished asset whose only object lives on another loopback address: not the API's host. */
	privateUrls: 'ast_private_urls'
} as const;

export const OTHER_HOST = '127.0.0.2';
/** Where the redirect faults point: an asset that exists, so a followed redirect shows its data. */
const REDIRECT_PATH = '/v1/assets/ast_image_gallery/features?return_url=true';
/** A safety stop for the endless body, should a client read forever (it never should). */
const ENDLESS_MAX_BYTES = 1024 * 1024 * 1024;
const CHUNK = Buffer.from(`"${'x'.repeat(64 * 1024 - 3)}",`);
const DRIP_INTERVAL_MS = 100;
const DRIP_BODY = JSON.stringify({
	asset: { asset_id: HOSTILE_ASSET_IDS.drip, status: 'DONE', metadata: { pad: ' '.repeat(600) } },
	features: {}
});

/** Writes `next()` chunks while the client keeps up, until it hangs up or `next` returns null. */
function pump(res: ServerResponse, next: () => Buffer | null): void {
	let open = true;
	res.once('close', () => (open = false));
	const write = () => {
		while (open) {
			const chunk = next();
			if (!chunk) return void res.end();
			if (!res.write(chunk)) return void res.once('drain', write);
		}
	};
	write();
}

function endless(res: ServerResponse): void {
	res.writeHead(200, { 'content-type': 'application/json' });
	res.write('{"asset":{"asset_id":"fault_endless","metadata":{"pad":[');
	let sent = 0;
	pump(res, () => ((sent += CHUNK.length) > ENDLESS_MAX_BYTES ? null : CHUNK));
}

/** Declares 16 GiB, then sends slowly: a client that trusts the header waits for all of it. */
function hugeLength(res: ServerResponse): void {
	res.writeHead(200, {
		'content-type': 'application/json',
		'content-length': String(16 * 1024 ** 3)
	});
	drip(res, Buffer.from('{"asset":{"asset_id":"fault_huge_length","metadata":{"pad":"'), 1_000_000);
}

function drip(res: ServerResponse, body: Buffer, repeat = 1): void {
	let index = 0;
	const timer = setInterval(() => {
		if (index >= body.length * repeat) {
			clearInterval(timer);
			res.end();
			return;
		}
		res.write(body.subarray(index % body.length, (index % body.length) + 1));
		index++;
	}, DRIP_INTERVAL_MS);
	res.once('close', () => clearInterval(timer));
}

function privateUrls(res: ServerResponse, otherHost: string): void {
	const body = JSON.stringify({
		asset: {
			asset_id: HOSTILE_ASSET_IDS.privateUrls,
			status: 'DONE',
			file_data: null,
			metadata: { title: 'An asset whose object URL points at a private address' }
		},
		features: {
			image: [
				{
					feature_id: 'feat_private_1',
					url: `${otherHost}/objects/private.png?X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600`,
					preview_url: null
				}
			]
		}
	});
	res.writeHead(200, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body)
	});
	res.end(body);
}

function redirect(res: ServerResponse, status: number, location: string): void {
	res.writeHead(status, { location, 'content-type': 'text/plain', 'content-length': '0' });
	res.end();
}

/**
 * Answers a hostile fault asset and returns true, or returns false for any other request. Called
 * after the key and namespace checks, like the other fault assets.
 */
export function hostileFault(
	route: { kind: string; id?: string },
	req: IncomingMessage,
	res: ServerResponse
): boolean {
	if (route.kind !== 'features' && route.kind !== 'asset') return false;
	switch (route.id) {
		case HOSTILE_ASSET_IDS.endless:
			endless(res);
			return true;
		case HOSTILE_ASSET_IDS.hugeLength:
			hugeLength(res);
			return true;
		case HOSTILE_ASSET_IDS.drip:
			res.writeHead(200, { 'content-type': 'application/json' });
			drip(res, Buffer.from(DRIP_BODY));
			return true;
		case HOSTILE_ASSET_IDS.redirectPath:
			redirect(res, 307, REDIRECT_PATH);
			return true;
		case HOSTILE_ASSET_IDS.redirectHost:
			redirect(res, 302, `http://${OTHER_HOST}:${req.socket.localPort}${REDIRECT_PATH}`);
			return true;
		case HOSTILE_ASSET_IDS.privateUrls:
			privateUrls(res, `http://${OTHER_HOST}:${req.socket.localPort}`);
			return true;
		default:
			return false;
	}
}

export interface OtherHostLogEntry {
	method: string;
	path: string;
	/** Header names only, and whether any value carried a bearer token. */
	headerNames: string[];
	sawAuthorization: boolean;
}

export const OTHER_HOST_LOG_PATH = '/__other-host/log';

/** The "another host" of the redirect fault, with its own request log. */
export function startOtherHost(port: number, host = OTHER_HOST): Promise<Server> {
	const log: OtherHostLogEntry[] = [];
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		if (path === OTHER_HOST_LOG_PATH) {
			if (req.method === 'DELETE') log.length = 0;
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
			return;
		}
		if (log.length < 1000) {
			log.push({
				method: req.method ?? '',
				path,
				headerNames: Object.keys(req.headers),
				sawAuthorization:
					req.headers.authorization !== undefined ||
					Object.values(req.headers).some((v) => /bearer|sk_/i.test(String(v)))
			});
		}
		const body = JSON.stringify({
			asset: {
				asset_id: 'ast_from_another_host',
				status: 'DONE',
				metadata: { title: 'Data from another host' }
			},
			features: {}
		});
		res.writeHead(200, { 'content-type': 'application/json' }).end(body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}
