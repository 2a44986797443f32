// `npm run demo`: builds the app, starts the Mixpeek stand-in and the app against it with the demo
// key configured on the server, and prints the URL to open. Ctrl-C stops both.
import { randomBytes } from 'node:crypto';
import { DEMO_KEY } from '../standin/keys';
import { build, startStack, stopWithStack } from './stack';

interface Sample {
	id: string;
	namespace: string;
	description: string;
}

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

console.log('Building the app…');
try {
	build('warn');
} catch {
	process.exit(1);
}

const stack = await startStack({
	standin: { port: Number(process.env.STANDIN_PORT ?? 4010), echo: true, stderr: 'inherit' },
	app: {
		port,
		host,
		apiKey: DEMO_KEY,
		sessionSecret: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
		env: process.env.ORIGIN ? { ORIGIN: process.env.ORIGIN } : {},
		echo: true,
		stderr: 'inherit'
	},
	// The home page offers the stand-in's sample assets as the featured ones.
	beforeApp: async (standin) => {
		const samples = (await (await fetch(`${standin.url}/__standin/samples`)).json()) as Sample[];
		const featured = samples.map((s) => ({
			id: s.id,
			namespace: s.namespace,
			label: s.description
		}));
		return { env: { FEATURED_ASSETS: JSON.stringify(featured) } };
	}
});
stopWithStack(stack);
console.log(
	`\nAsset Inspector demo is running: open ${stack.app.url}/\n(Mixpeek stand-in at ${stack.standin.url}; Ctrl-C stops both)\n`
);
