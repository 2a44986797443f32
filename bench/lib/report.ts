/** What every sub-benchmark hands back, and how it is printed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One target: met is null when it could not be measured. */
export interface Check {
	label: string;
	/** The measured figure as printed, e.g. "1.12×". */
	value: string;
	/** The target as printed, e.g. "≤ 1.30×". */
	target: string;
	met: boolean | null;
	/** Why it was missed or could not be measured, when known. */
	note?: string;
}

export interface Section {
	name: string;
	/** A table: the first row is the header. */
	table: string[][];
	checks: Check[];
	/** Short phrases for the one-line summary, e.g. "proxy c16 1.10×/0.84×". */
	summary: string[];
	notes: string[];
	/** Everything measured, for bench/results/*.json. */
	raw: unknown;
	seconds: number;
}

export function check(
	label: string,
	value: string,
	target: string,
	met: boolean | null,
	note?: string
): Check {
	return note === undefined ? { label, value, target, met } : { label, value, target, met, note };
}

export function renderTable(rows: string[][]): string {
	if (rows.length === 0) return '';
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
	const [head, ...body] = rows;
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function mark(met: boolean | null): string {
	return met === null ? 'n/a ' : met ? 'MET ' : 'MISS';
}

export function renderSection(section: Section): string {
	const out = [
		`\n== ${section.name} (${section.seconds.toFixed(0)} s) ==`,
		renderTable(section.table)
	];
	if (section.checks.length) {
		out.push('');
		for (const c of section.checks) {
			out.push(
				`  [${mark(c.met)}] ${c.label}: ${c.value} (target ${c.target})${c.note ? ` — ${c.note}` : ''}`
			);
		}
	}
	for (const n of section.notes) out.push(`  note: ${n}`);
	return out.join('\n');
}

export function writeJson(path: string, value: unknown): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

export function summarizeChecks(checks: Check[]): string {
	const met = checks.filter((c) => c.met === true).length;
	const measured = checks.filter((c) => c.met !== null).length;
	return `${met}/${measured} targets met${measured < checks.length ? ` (${checks.length - measured} not measured)` : ''}`;
}
