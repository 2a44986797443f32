/**
 * How the task panel reads a task. The spec leaves `inputs` and `outputs` open; Mixpeek's pipeline
 * logs one output entry per stage (`stage`, `status`, times, `progress`, `error`) and a summary
 * without `stage` once the task is final. Anything else is shown as data, not interpreted.
 */
import { classifyStatus } from '$lib/asset/status';
import type { ValidatedTask } from '$lib/mixpeek/types';

export interface TaskStage {
	stage: string;
	status: string;
	startedAt: string | null;
	finishedAt: string | null;
	/** 0..1, or null when the stage does not say. */
	progress: number | null;
	error: unknown;
}

/** What the panel shows: the task, or why there is none. */
export type TaskState =
	| { kind: 'none' }
	| { kind: 'loading' }
	| { kind: 'ready'; task: ValidatedTask }
	| { kind: 'gone'; message: string }
	| { kind: 'failed'; message: string };

function record(value: unknown): Record<string, unknown> | null {
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: null;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function taskStages(task: ValidatedTask): TaskStage[] {
	return (task.outputs ?? []).flatMap((entry) => {
		const e = record(entry);
		if (!e || !text(e.stage)) return [];
		const progress =
			typeof e.progress === 'number' && Number.isFinite(e.progress) ? e.progress : null;
		return [
			{
				stage: text(e.stage)!,
				status: text(e.status) ?? 'unknown',
				startedAt: text(e.started_at),
				finishedAt: text(e.finished_at),
				progress: progress === null ? null : Math.min(1, Math.max(0, progress)),
				error: e.error ?? null
			}
		];
	});
}

/** Output entries that are not stages (the final summary, or anything unrecognised). */
export function otherOutputs(task: ValidatedTask): unknown[] {
	return (task.outputs ?? []).filter((entry) => !text(record(entry)?.stage));
}

/** The first error the task reports, from a stage or a summary. */
export function taskError(task: ValidatedTask): unknown {
	for (const entry of task.outputs ?? []) {
		const error = record(entry)?.error;
		if (error !== null && error !== undefined && error !== '') return error;
	}
	return (task as Record<string, unknown>).error ?? null;
}

export function isTaskBusy(state: TaskState): boolean {
	return state.kind === 'ready' && classifyStatus(state.task.status).kind === 'busy';
}
