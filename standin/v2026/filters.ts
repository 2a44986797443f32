import type { DocumentResponse } from './types';

export class FilterError extends Error {}

const LOGICAL = new Set(['AND', 'OR', 'NOT', 'case_sensitive']);

function valueAt(doc: unknown, path: string): unknown {
	let node: unknown = doc;
	for (const part of path.split('.')) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return node;
}

function condition(doc: DocumentResponse, c: Record<string, unknown>): boolean {
	if (typeof c.field !== 'string') throw new FilterError('Each filter condition needs a field');
	const actual = valueAt(doc, c.field);
	const operator = (c.operator as string | undefined) ?? 'eq';
	switch (operator) {
		case 'eq':
			return actual === c.value;
		case 'ne':
			return actual !== c.value;
		case 'in':
			return Array.isArray(c.value) && c.value.includes(actual);
		case 'nin':
			return Array.isArray(c.value) && !c.value.includes(actual);
		case 'exists':
			return (actual !== undefined) === (c.value !== false);
		case 'is_null':
			return (actual === null || actual === undefined) === (c.value !== false);
		default:
			throw new FilterError(`The stand-in does not implement the filter operator "${operator}"`);
	}
}

/**
 * The subset of `LogicalOperator` the inspector sends (AND/OR/NOT of conditions, plus the
 * `{"field.path": value}` shorthand); anything else is refused rather than silently ignored.
 */
export function evaluateFilter(filter: unknown, doc: DocumentResponse): boolean {
	if (filter === undefined || filter === null) return true;
	if (typeof filter !== 'object' || Array.isArray(filter))
		throw new FilterError('filters must be an object');
	const node = filter as Record<string, unknown>;
	if ('field' in node) return condition(doc, node);
	const list = (key: string): unknown[] => {
		const value = node[key];
		if (value === undefined || value === null) return [];
		if (!Array.isArray(value)) throw new FilterError(`${key} must be a list`);
		return value;
	};
	if (!list('AND').every((f) => evaluateFilter(f, doc))) return false;
	const or = list('OR');
	if (or.length && !or.some((f) => evaluateFilter(f, doc))) return false;
	if (list('NOT').some((f) => evaluateFilter(f, doc))) return false;
	for (const [key, value] of Object.entries(node)) {
		if (LOGICAL.has(key)) continue;
		if (valueAt(doc, key) !== value) return false;
	}
	return true;
}

export function sortDocuments(docs: DocumentResponse[], sort: unknown): DocumentResponse[] {
	if (!sort || typeof sort !== 'object') return docs;
	const { field, direction } = sort as { field?: unknown; direction?: unknown };
	if (typeof field !== 'string') throw new FilterError('sort.field must be a string');
	const sign = direction === 'desc' ? -1 : 1;
	return [...docs].sort((a, b) => {
		const x = valueAt(a, field);
		const y = valueAt(b, field);
		if (x === y) return 0;
		if (x === undefined || x === null) return 1;
		if (y === undefined || y === null) return -1;
		return (x < y ? -1 : 1) * sign;
	});
}
