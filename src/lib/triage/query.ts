/**
 * The triage list's state in the URL (`status`, `page`, `page_size`), read strictly: the server
 * builds the upstream request from these values only, so anything else is refused, not passed on.
 */

/** Status filters, in the order the list offers them: failures first, as triage starts there. */
export const STATUS_FILTERS = [
	{ value: 'FAILED', label: 'Failed', statuses: ['FAILED'] },
	{
		value: 'IN_PROGRESS',
		label: 'In progress',
		statuses: ['PENDING', 'QUEUED', 'INITIALIZING', 'DOWNLOADING', 'PROCESSING', 'UPLOADING']
	},
	{ value: 'CANCELLED', label: 'Cancelled', statuses: ['CANCELLED'] },
	{ value: 'SKIPPED', label: 'Skipped', statuses: ['SKIPPED'] },
	{ value: 'DONE', label: 'Done', statuses: ['DONE'] }
] as const;

export type StatusFilter = (typeof STATUS_FILTERS)[number]['value'];

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
/** Deep pages cost the upstream a long skip; past this, narrow the filter instead. */
export const MAX_PAGE = 10_000;

export interface TriageQuery {
	/** null: every status. */
	status: StatusFilter | null;
	page: number;
	pageSize: number;
}

export type TriageQueryResult = { ok: true; query: TriageQuery } | { ok: false; message: string };

export function parseTriageQuery(params: URLSearchParams): TriageQueryResult {
	const rawStatus = params.get('status')?.trim().toUpperCase() ?? '';
	let status: StatusFilter | null = null;
	if (rawStatus !== '' && rawStatus !== 'ALL') {
		const found = STATUS_FILTERS.find((f) => f.value === rawStatus);
		if (!found) {
			return {
				ok: false,
				message: `Status must be one of ${STATUS_FILTERS.map((f) => f.value).join(', ')} or ALL.`
			};
		}
		status = found.value;
	}
	const rawPage = params.get('page') ?? '1';
	if (!/^\d{1,6}$/.test(rawPage) || Number(rawPage) < 1 || Number(rawPage) > MAX_PAGE) {
		return { ok: false, message: `The page must be a whole number from 1 to ${MAX_PAGE}.` };
	}
	const rawSize = params.get('page_size') ?? String(DEFAULT_PAGE_SIZE);
	const pageSize = PAGE_SIZES.find((size) => String(size) === rawSize);
	if (!pageSize)
		return { ok: false, message: `The page size must be one of ${PAGE_SIZES.join(', ')}.` };
	return { ok: true, query: { status, page: Number(rawPage), pageSize } };
}

/** The fields a triage row shows; the upstream returns only these. */
export const TRIAGE_FIELDS = [
	'asset_id',
	'collection_id',
	'status',
	'modality',
	'file_data.file_type',
	'file_data.file_size_bytes',
	'file_data.file_name',
	'metadata.title',
	'error',
	'duplicate_of',
	'updated_at',
	'created_at'
];

/** `ListAssetsRequest` for one collection, newest change first, optionally of some statuses. */
export function triageRequestBody(collectionId: string, status: StatusFilter | null) {
	const filter = STATUS_FILTERS.find((f) => f.value === status);
	return {
		collections: [collectionId],
		...(filter && {
			filters: {
				// Statuses are open strings upstream ("processing" in the spec's example).
				case_sensitive: false,
				AND: [
					filter.statuses.length === 1
						? { key: 'status', operator: 'eq' as const, value: filter.statuses[0] }
						: { key: 'status', operator: 'in' as const, value: [...filter.statuses] }
				]
			}
		}),
		sort: { field: 'updated_at', direction: 'desc' as const },
		select: TRIAGE_FIELDS,
		return_url: false
	};
}

/** One line about why an asset failed, from the open `error` field. */
export function errorSummary(error: unknown): string | null {
	if (error === null || error === undefined || error === '') return null;
	if (typeof error === 'string') return error.slice(0, 300);
	if (typeof error === 'object' && !Array.isArray(error)) {
		const e = error as Record<string, unknown>;
		const code = typeof e.code === 'string' ? e.code : typeof e.type === 'string' ? e.type : null;
		const message =
			typeof e.message === 'string' ? e.message : typeof e.detail === 'string' ? e.detail : null;
		const stage = typeof e.stage === 'string' ? ` (at ${e.stage})` : '';
		if (code || message)
			return `${[code, message].filter(Boolean).join(': ')}${stage}`.slice(0, 300);
	}
	return JSON.stringify(error).slice(0, 300);
}
