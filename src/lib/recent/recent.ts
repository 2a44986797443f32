/**
 * Recent and pinned assets: pure list logic, kept apart from localStorage so it is testable and so
 * whatever is in storage (old versions, hand edits, another app's data) is validated on the way in.
 * Only IDs and short labels are kept, never URLs: presigned links expire and must not be shared.
 */
import { assetIdProblem, namespaceProblem } from '$lib/ids';

export interface RecentAsset {
	assetId: string;
	namespace: string | null;
	/** Status and modality as last seen, for the list only; the asset page always refetches. */
	status: string | null;
	modality: string | null;
	/** Epoch ms of the last successful open. */
	seenAt: number;
	pinned: boolean;
}

export interface SeenAsset {
	assetId: string;
	namespace: string | null;
	status?: string | null;
	modality?: string | null;
}

/** How many unpinned assets the list keeps; pinned ones stay beyond it. */
export const RECENT_LIMIT = 20;
/** Hard cap so a flood of pins cannot grow storage without end. */
export const PINNED_LIMIT = 100;

export function sameAsset(a: Pick<RecentAsset, 'assetId' | 'namespace'>, b: typeof a): boolean {
	return a.assetId === b.assetId && a.namespace === b.namespace;
}

/** A short label such as `DONE` or `video`; anything URL-like or long is dropped. */
function label(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return /^[\w .-]{1,40}$/.test(trimmed) ? trimmed : null;
}

function toEntry(value: unknown): RecentAsset | null {
	if (value === null || typeof value !== 'object') return null;
	const v = value as Record<string, unknown>;
	if (typeof v.assetId !== 'string' || assetIdProblem(v.assetId)) return null;
	const namespace = typeof v.namespace === 'string' && v.namespace.trim() ? v.namespace : null;
	if (namespace !== null && namespaceProblem(namespace)) return null;
	const seenAt = typeof v.seenAt === 'number' && Number.isFinite(v.seenAt) ? v.seenAt : 0;
	return {
		assetId: v.assetId,
		namespace,
		status: label(v.status),
		modality: label(v.modality),
		seenAt,
		pinned: v.pinned === true
	};
}

/** Keeps the newest RECENT_LIMIT plus pinned ones, newest first, without duplicates. */
export function normalize(list: RecentAsset[]): RecentAsset[] {
	const sorted = [...list].sort((a, b) => b.seenAt - a.seenAt);
	const kept: RecentAsset[] = [];
	let unpinned = 0;
	let pinned = 0;
	for (const entry of sorted) {
		if (kept.some((k) => sameAsset(k, entry))) continue;
		if (entry.pinned ? pinned++ >= PINNED_LIMIT : unpinned++ >= RECENT_LIMIT) continue;
		kept.push(entry);
	}
	return kept;
}

/** Reads stored JSON; anything unreadable yields an empty list rather than an error. */
export function parseStored(raw: string | null): RecentAsset[] {
	if (!raw) return [];
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return [];
	}
	const items = Array.isArray(data)
		? data
		: Array.isArray((data as { items?: unknown } | null)?.items)
			? (data as { items: unknown[] }).items
			: [];
	return normalize(items.map(toEntry).filter((e): e is RecentAsset => e !== null));
}

export function serialize(list: RecentAsset[]): string {
	return JSON.stringify({ version: 1, items: list });
}

export function remember(list: RecentAsset[], seen: SeenAsset, now: number): RecentAsset[] {
	const entry = toEntry({ ...seen, seenAt: now });
	if (!entry) return list;
	const previous = list.find((e) => sameAsset(e, entry));
	entry.pinned = previous?.pinned ?? false;
	return normalize([entry, ...list.filter((e) => !sameAsset(e, entry))]);
}

/** Not trimmed here, so an unpinned old entry does not vanish under the pointer; the next save trims. */
export function setPinned(
	list: RecentAsset[],
	target: Pick<RecentAsset, 'assetId' | 'namespace'>,
	pinned: boolean
): RecentAsset[] {
	return list.map((e) => (sameAsset(e, target) ? { ...e, pinned } : e));
}

/** Pins or unpins an asset from its own page, adding it to the list first if it is not there. */
export function pinSeen(
	list: RecentAsset[],
	seen: SeenAsset,
	pinned: boolean,
	now: number
): RecentAsset[] {
	const known = list.some((e) =>
		sameAsset(e, { assetId: seen.assetId, namespace: seen.namespace })
	);
	return setPinned(known ? list : remember(list, seen, now), seen, pinned);
}

export function removeEntry(list: RecentAsset[], target: RecentAsset): RecentAsset[] {
	return list.filter((e) => !sameAsset(e, target));
}

/** "Clear" empties the history but keeps pins: those were chosen on purpose. */
export function clearUnpinned(list: RecentAsset[]): RecentAsset[] {
	return list.filter((e) => e.pinned);
}
