/** How the page shows a task status. Mixpeek's status is an open string; compare case-insensitively. */
export type StatusKind = 'busy' | 'done' | 'failed' | 'skipped' | 'unknown' | 'none';

export interface StatusInfo {
	kind: StatusKind;
	/** The status as upstream sent it (trimmed), or "No status". */
	label: string;
}

const BUSY = new Set([
	'PENDING',
	'QUEUED',
	'INITIALIZING',
	'DOWNLOADING',
	'PROCESSING',
	'UPLOADING',
	// Today's API (TaskStatusEnum).
	'IN_PROGRESS'
]);
const FAILED = new Set(['FAILED', 'CANCELLED', 'CANCELED']);

export function classifyStatus(status: unknown): StatusInfo {
	if (typeof status !== 'string' || status.trim() === '')
		return { kind: 'none', label: 'No status' };
	const label = status.trim();
	const key = label.toUpperCase();
	if (BUSY.has(key)) return { kind: 'busy', label };
	// A partial success is done: its error string, when sent, is shown beside the status.
	if (key === 'DONE' || key === 'COMPLETED' || key === 'COMPLETED_WITH_ERRORS') {
		return { kind: 'done', label };
	}
	if (FAILED.has(key)) return { kind: 'failed', label };
	if (key === 'SKIPPED') return { kind: 'skipped', label };
	return { kind: 'unknown', label };
}
