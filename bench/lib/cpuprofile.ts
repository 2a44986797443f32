/** Summaries of V8 CPU profiles (`node --cpu-prof`, or CDP Profiler in Chromium). */
import { renderTable } from './report';
import { ROOT } from './stack';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount: number;
	children?: number[];
}
export interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
}

/** Groups a script URL: a package name, the app's own built server code, or Node's internals. */
function owner(url: string): string {
	if (!url) return '(native / V8)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return pkg[1];
	if (url.startsWith('node:')) return 'node internals';
	if (/^https?:/.test(url)) return new URL(url).pathname;
	if (url.includes('/build/server/')) return 'app (build/server)';
	if (url.includes('/build/')) return 'app (build, adapter-node)';
	return url.replace(/^file:\/\//, '').replace(ROOT, '.');
}

export function analyse(profile: CpuProfile, answers: number, top = 25): string {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const totalHits = profile.nodes.reduce((n, x) => n + x.hitCount, 0);
	const msPerHit = (profile.endTime - profile.startTime) / 1000 / Math.max(1, totalHits);
	const idle = profile.nodes
		.filter((n) => ['(idle)', '(program)'].includes(n.callFrame.functionName))
		.reduce((s, n) => s + n.hitCount, 0);
	const busy = totalHits - idle;
	const pct = (hits: number) => `${((hits / Math.max(1, busy)) * 100).toFixed(1)}%`;
	const perAnswer = (hits: number) =>
		`${Math.round((hits * msPerHit * 1000) / Math.max(1, answers))} µs`;

	const selfByOwner = new Map<string, number>();
	const selfByFn = new Map<string, number>();
	const inclusiveByFn = new Map<string, number>();
	const key = (n: ProfileNode) =>
		`${n.callFrame.functionName || '(anonymous)'} ${owner(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
	const inclusive = (n: ProfileNode, onStack: Set<string>): number => {
		let hits = n.hitCount;
		const k = key(n);
		const first = !onStack.has(k);
		if (first) onStack.add(k);
		for (const c of n.children ?? []) hits += inclusive(byId.get(c)!, onStack);
		if (first) {
			onStack.delete(k);
			inclusiveByFn.set(k, (inclusiveByFn.get(k) ?? 0) + hits);
		}
		return hits;
	};
	for (const n of profile.nodes) {
		if (['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) continue;
		const o =
			n.callFrame.functionName === '(garbage collector)'
				? '(garbage collector)'
				: owner(n.callFrame.url);
		selfByOwner.set(o, (selfByOwner.get(o) ?? 0) + n.hitCount);
		selfByFn.set(key(n), (selfByFn.get(key(n)) ?? 0) + n.hitCount);
	}
	inclusive(profile.nodes[0], new Set());
	const rows = (m: Map<string, number>, n: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, hits]) => [
				k.slice(0, 110),
				`${(hits * msPerHit).toFixed(0)} ms`,
				pct(hits),
				perAnswer(hits)
			]);
	return [
		`${answers} answers; busy ${(busy * msPerHit).toFixed(0)} ms (${perAnswer(busy)} per answer) of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled (idle ${(idle * msPerHit).toFixed(0)} ms)`,
		'',
		renderTable([['self time by owner', 'self', '% busy', 'per answer'], ...rows(selfByOwner, 15)]),
		'',
		renderTable([
			['self time by function', 'self', '% busy', 'per answer'],
			...rows(selfByFn, top)
		]),
		'',
		renderTable([
			['inclusive time by function', 'total', '% busy', 'per answer'],
			...rows(inclusiveByFn, top + 15).filter(([k]) => !k.startsWith('(root)'))
		])
	].join('\n');
}
