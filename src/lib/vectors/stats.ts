/**
 * Health of an embedding: size, spread and the values that make a vector useless for search.
 * JSON has no NaN or Infinity, so an upstream writes them as `null` (pydantic's default) or as
 * the strings "NaN"/"Infinity"/"-Infinity" (its `strings` mode); both are read back here.
 */

export interface VectorStats {
	name: string;
	kind: 'dense' | 'sparse';
	/** Length of a dense vector; for a sparse one, the number of stored entries. */
	dimension: number;
	/** Stored entries of a sparse vector (its length is not known). */
	sparse: boolean;
	l2: number;
	min: number | null;
	max: number | null;
	mean: number | null;
	nan: number;
	posInf: number;
	negInf: number;
	zeros: number;
	/** Counts of finite values in `bins` equal-width bins from min to max. */
	histogram: number[];
}

export type VectorWarningKind = 'all_zero' | 'non_finite' | 'dimension' | 'empty';

export interface VectorWarning {
	kind: VectorWarningKind;
	message: string;
}

const POS_INF = new Set(['infinity', '+infinity', 'inf', '+inf']);
const NEG_INF = new Set(['-infinity', '-inf']);

/** One value as a float; anything unreadable counts as NaN. */
export function toFloat(value: unknown): number {
	if (typeof value === 'number') return value;
	if (typeof value === 'string') {
		const word = value.trim().toLowerCase();
		if (POS_INF.has(word)) return Infinity;
		if (NEG_INF.has(word)) return -Infinity;
		if (word !== '' && word !== 'nan') return Number(word);
	}
	return NaN;
}

interface Readable {
	values: unknown[];
	sparse: boolean;
}

/** A dense array, or a sparse `{indices, values}`; null for anything that is not a vector. */
function readable(raw: unknown): Readable | null {
	if (Array.isArray(raw)) return { values: raw, sparse: false };
	if (raw && typeof raw === 'object' && Array.isArray((raw as { values?: unknown }).values)) {
		return { values: (raw as { values: unknown[] }).values, sparse: true };
	}
	return null;
}

function isVectorLike(raw: unknown): boolean {
	const r = readable(raw);
	if (!r || r.values.length < 2) return false;
	const probe = r.values.slice(0, 8);
	return (
		probe.some((v) => typeof v === 'number') &&
		probe.every((v) => typeof v !== 'object' || v === null)
	);
}

/**
 * The embeddings of a feature: each entry of its `vectors` object, and root fields that are
 * numeric arrays named like an embedding (older extractors put them there).
 */
export function vectorsOf(feature: Record<string, unknown>): [string, unknown][] {
	const found: [string, unknown][] = [];
	const vectors = feature.vectors;
	if (vectors && typeof vectors === 'object' && !Array.isArray(vectors)) {
		for (const [name, raw] of Object.entries(vectors)) if (readable(raw)) found.push([name, raw]);
	}
	for (const [name, raw] of Object.entries(feature)) {
		if (name !== 'vectors' && /(embedding|vector)s?$/i.test(name) && isVectorLike(raw)) {
			found.push([name, raw]);
		}
	}
	return found;
}

export function vectorStats(name: string, raw: unknown, bins = 24): VectorStats {
	const r = readable(raw) ?? { values: [], sparse: false };
	const n = r.values.length;
	const floats = new Float64Array(n);
	let nan = 0;
	let posInf = 0;
	let negInf = 0;
	let zeros = 0;
	let sumSq = 0;
	let sum = 0;
	let finite = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		const x = toFloat(r.values[i]);
		floats[i] = x;
		if (Number.isNaN(x)) nan++;
		else if (x === Infinity) posInf++;
		else if (x === -Infinity) negInf++;
		else {
			if (x === 0) zeros++;
			finite++;
			sum += x;
			sumSq += x * x;
			if (x < min) min = x;
			if (x > max) max = x;
		}
	}
	const histogram = new Array<number>(bins).fill(0);
	if (finite > 0) {
		const width = (max - min) / bins;
		for (let i = 0; i < n; i++) {
			const x = floats[i];
			if (!Number.isFinite(x)) continue;
			const bin =
				width === 0 ? Math.floor(bins / 2) : Math.min(bins - 1, Math.floor((x - min) / width));
			histogram[bin]++;
		}
	}
	return {
		name,
		kind: r.sparse ? 'sparse' : 'dense',
		dimension: n,
		sparse: r.sparse,
		l2: Math.sqrt(sumSq),
		min: finite ? min : null,
		max: finite ? max : null,
		mean: finite ? sum / finite : null,
		nan,
		posInf,
		negInf,
		zeros,
		histogram
	};
}

/** The dimension most sibling vectors of one name share (ties go to the larger), or null. */
export function consensusDimension(dimensions: number[]): number | null {
	const counts = new Map<number, number>();
	for (const d of dimensions) counts.set(d, (counts.get(d) ?? 0) + 1);
	let best: number | null = null;
	let bestCount = 0;
	for (const [d, count] of counts) {
		if (count > bestCount || (count === bestCount && best !== null && d > best)) {
			best = d;
			bestCount = count;
		}
	}
	return best;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What is wrong with one vector; `siblingDimension` is what its siblings have, when known. */
export function vectorWarnings(
	stats: VectorStats,
	siblingDimension: number | null
): VectorWarning[] {
	const warnings: VectorWarning[] = [];
	if (stats.dimension === 0) {
		warnings.push({ kind: 'empty', message: 'The vector is empty.' });
		return warnings;
	}
	const nonFinite = stats.nan + stats.posInf + stats.negInf;
	if (nonFinite > 0) {
		const parts = [
			stats.nan && plural(stats.nan, 'NaN'),
			stats.posInf && `${stats.posInf} +Inf`,
			stats.negInf && `${stats.negInf} −Inf`
		].filter(Boolean);
		warnings.push({
			kind: 'non_finite',
			message: `Holds ${parts.join(', ')}: similarity with this vector is undefined.`
		});
	}
	if (stats.zeros === stats.dimension) {
		warnings.push({
			kind: 'all_zero',
			message:
				'Every value is zero: the extractor produced no signal, and cosine similarity is undefined.'
		});
	}
	if (!stats.sparse && siblingDimension !== null && siblingDimension !== stats.dimension) {
		warnings.push({
			kind: 'dimension',
			message: `Has ${stats.dimension} dimensions where its siblings have ${siblingDimension}: it cannot be compared with them.`
		});
	}
	return warnings;
}
