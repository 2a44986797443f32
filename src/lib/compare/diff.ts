/**
 * A field-by-field diff of two JSON values (metadata, file data), as rows an ops user can scan:
 * what changed, what only one side has. Paths use dots, with brackets for array indexes and for
 * keys that are not plain identifiers.
 */

export type DiffKind = 'same' | 'changed' | 'only_a' | 'only_b';

export interface DiffRow {
	path: string;
	kind: DiffKind;
	a?: unknown;
	b?: unknown;
}

export interface DiffOptions {
	/** Below this depth objects and arrays are compared whole. */
	maxDepth?: number;
	/** Rows beyond this are dropped (and `truncated` says so). */
	maxRows?: number;
}

export interface Diff {
	rows: DiffRow[];
	counts: Record<DiffKind, number>;
	truncated: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyPath(parent: string, key: string): string {
	if (/^[A-Za-z_$][\w$-]*$/.test(key)) return parent ? `${parent}.${key}` : key;
	return `${parent}[${JSON.stringify(key)}]`;
}

/** Deep equality for JSON values (own keys only, order-insensitive for objects). */
export function jsonEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
		return typeof a === 'number' && typeof b === 'number' && a === b;
	}
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		return a.length === other.length && a.every((v, i) => jsonEqual(v, other[i]));
	}
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = Object.keys(x);
	if (keys.length !== Object.keys(y).length) return false;
	return keys.every((k) => Object.hasOwn(y, k) && jsonEqual(x[k], y[k]));
}

export function diffJson(a: unknown, b: unknown, options: DiffOptions = {}): Diff {
	const maxDepth = options.maxDepth ?? 8;
	const maxRows = options.maxRows ?? 2000;
	const rows: DiffRow[] = [];
	const counts: Record<DiffKind, number> = { same: 0, changed: 0, only_a: 0, only_b: 0 };
	let truncated = false;
	const push = (row: DiffRow) => {
		counts[row.kind]++;
		if (rows.length < maxRows) rows.push(row);
		else truncated = true;
	};

	const walk = (
		x: unknown,
		y: unknown,
		path: string,
		depth: number,
		hasX: boolean,
		hasY: boolean
	) => {
		if (!hasX) return push({ path, kind: 'only_b', b: y });
		if (!hasY) return push({ path, kind: 'only_a', a: x });
		const bothObjects = isPlainObject(x) && isPlainObject(y);
		const bothArrays = Array.isArray(x) && Array.isArray(y);
		if (depth >= maxDepth || !(bothObjects || bothArrays)) {
			return push({ path, kind: jsonEqual(x, y) ? 'same' : 'changed', a: x, b: y });
		}
		if (bothArrays) {
			const xs = x as unknown[];
			const ys = y as unknown[];
			for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
				walk(xs[i], ys[i], `${path}[${i}]`, depth + 1, i < xs.length, i < ys.length);
			}
			return;
		}
		const xo = x as Record<string, unknown>;
		const yo = y as Record<string, unknown>;
		for (const key of Object.keys(xo)) {
			walk(xo[key], yo[key], keyPath(path, key), depth + 1, true, Object.hasOwn(yo, key));
		}
		for (const key of Object.keys(yo)) {
			if (!Object.hasOwn(xo, key))
				walk(undefined, yo[key], keyPath(path, key), depth + 1, false, true);
		}
	};

	const emptyObject = (v: unknown) => (v === null || v === undefined ? {} : v);
	walk(emptyObject(a), emptyObject(b), '', 0, true, true);
	return { rows, counts, truncated };
}
