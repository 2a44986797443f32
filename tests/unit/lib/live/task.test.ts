import { describe, expect, it } from 'vitest';
import { isTaskBusy, otherOutputs, taskError, taskStages } from '../../../../src/lib/live/task';

describe('task reading', () => {
	const task = {
		task_id: 'tsk_1',
		status: 'FAILED',
		inputs: [{ asset_id: 'ast_1' }],
		outputs: [
			{ stage: 'download', status: 'DONE', progress: 1, started_at: 'a', finished_at: 'b' },
			{ stage: 'extract', status: 'FAILED', progress: 7, error: { code: 'X', message: 'boom' } },
			{ asset_id: 'ast_1', status: 'FAILED', error: { code: 'X' } },
			'free text'
		]
	};

	it('reads stages, clamps progress, and keeps the rest as outputs', () => {
		const stages = taskStages(task);
		expect(stages.map((s) => [s.stage, s.status, s.progress])).toEqual([
			['download', 'DONE', 1],
			['extract', 'FAILED', 1]
		]);
		expect(otherOutputs(task)).toHaveLength(2);
		expect(taskError(task)).toEqual({ code: 'X', message: 'boom' });
	});

	it('an open task is busy; null outputs are no stages', () => {
		const open = { task_id: 't', status: 'DOWNLOADING', inputs: null, outputs: null };
		expect(taskStages(open)).toEqual([]);
		expect(taskError(open)).toBeNull();
		expect(isTaskBusy({ kind: 'ready', task: open })).toBe(true);
		expect(isTaskBusy({ kind: 'ready', task })).toBe(false);
		expect(isTaskBusy({ kind: 'gone', message: '' })).toBe(false);
	});
});
