/** How the viewer's feature detail shows one feature's fields and its siblings' dimensions. */
import { stripPresign, isPresignedUrl } from '$lib/url-safety';
import type { FeatureLoad } from './feature-cache';
import { vectorStats, vectorsOf } from './stats';

const TEXT_LIMIT = 400;

function short(text: string): string {
	return text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}… (${text.length} chars)` : text;
}

/** Every field but the vectors, as short text; numeric arrays read as `float[N]`, never in full. */
export function featureFields(feature: Record<string, unknown>): [string, string][] {
	const vectorNames = new Set(vectorsOf(feature).map(([name]) => name));
	return Object.keys(feature)
		.filter((key) => key !== 'vectors')
		.map((key): [string, string] => {
			const value = feature[key];
			if (vectorNames.has(key) && Array.isArray(value)) return [key, `float[${value.length}]`];
			if (typeof value === 'string') {
				return [key, isPresignedUrl(value) ? `${stripPresign(value)} (presigned)` : short(value)];
			}
			return [key, value === undefined ? '' : short(JSON.stringify(value))];
		});
}

/** Dimensions of each vector name among the siblings that loaded. */
export function siblingDimensions(results: FeatureLoad[]): Record<string, number[]> {
	const dims: Record<string, number[]> = {};
	for (const result of results) {
		if (!result.ok) continue;
		for (const [name, raw] of vectorsOf(result.feature)) {
			const stats = vectorStats(name, raw, 1);
			if (!stats.sparse) (dims[name] ??= []).push(stats.dimension);
		}
	}
	return dims;
}

/** Feature ids of the items around `index`, nearest first (the siblings a dimension is checked against). */
export function nearestSiblings(
	items: readonly { featureId: string | null }[],
	index: number,
	count = 4
): string[] {
	const ids: string[] = [];
	for (let d = 1; ids.length < count && (index - d >= 0 || index + d < items.length); d++) {
		for (const i of [index - d, index + d]) {
			const id = items[i]?.featureId;
			if (id && ids.length < count) ids.push(id);
		}
	}
	return ids;
}
