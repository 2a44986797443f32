/**
 * The floor any proxy can reach: forwards GET /api/assets/<id>/features to the upstream's
 * /v1/assets/<id>/features?return_url=true with the server's key, and sends the body back as is.
 * No parsing, validation, cookies or logging. Env: FORWARDER_PORT, UPSTREAM_URL, MIXPEEK_API_KEY.
 */
import { createServer } from 'node:http';

const port = Number(process.env.FORWARDER_PORT ?? 4803);
const upstream = (process.env.UPSTREAM_URL ?? 'http://127.0.0.1:4801').replace(/\/+$/, '');
const headers = {
	authorization: `Bearer ${process.env.MIXPEEK_API_KEY ?? ''}`,
	accept: 'application/json'
};
const ROUTE = /^\/api\/assets\/([^/?]+)\/features(?:\?|$)/;

createServer(async (req, res) => {
	if (req.url === '/healthz') return void res.writeHead(200).end('ok');
	const match = ROUTE.exec(req.url ?? '');
	if (!match) return void res.writeHead(404).end();
	try {
		const answer = await fetch(`${upstream}/v1/assets/${match[1]}/features?return_url=true`, {
			headers
		});
		const body = Buffer.from(await answer.arrayBuffer());
		res.writeHead(answer.status, {
			'content-type': answer.headers.get('content-type') ?? 'application/json',
			'content-length': body.length,
			'cache-control': 'no-store'
		});
		res.end(body);
	} catch {
		res.writeHead(502).end();
	}
}).listen(port, '127.0.0.1', () =>
	console.log(`bare forwarder on http://127.0.0.1:${port} -> ${upstream}`)
);

// A normal exit on SIGTERM (so that `node --cpu-prof` writes its profile).
process.on('SIGTERM', () => process.exit(0));
