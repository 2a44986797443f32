/**
 * `GET /v1/tasks/{task_id}`: the processing task behind each asset. The spec gives a task only
 * `status`, `inputs` and `outputs`; what happened is told by `outputs` as one entry per stage
 * (as the ingestion pipeline logs them), then a summary once the task is final.
 */
import { taskIdFor } from './builders';
import type { RenderContext, Sample, TaskResponse, TaskStatus } from './types';

const FINAL_STATUSES: readonly TaskStatus[] = ['DONE', 'FAILED', 'SKIPPED', 'CANCELLED'];

const STAGES = [
	{ name: 'download', status: 'DOWNLOADING', until: 0.25 },
	{ name: 'extract', status: 'PROCESSING', until: 0.85 },
	{ name: 'upload', status: 'UPLOADING', until: 1 }
] as const;

function naive(ms: number): string {
	return new Date(ms).toISOString().replace(/Z$/, '');
}

function zoneless(value: string | null | undefined): number {
	if (!value) return 0;
	return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

interface StageEntry {
	stage: string;
	status: string;
	started_at: string;
	finished_at: string | null;
	progress: number;
	error?: unknown;
	features_extracted?: number;
}

/** Stages of a task that started at `start` and is `fraction` of the way through `span` ms. */
function stagesAt(start: number, span: number, fraction: number): StageEntry[] {
	const entries: StageEntry[] = [];
	let from = 0;
	for (const stage of STAGES) {
		if (fraction < from) break;
		const done = fraction >= stage.until;
		const part = Math.min(1, (fraction - from) / (stage.until - from));
		entries.push({
			stage: stage.name,
			status: done ? 'DONE' : stage.status,
			started_at: naive(start + from * span),
			finished_at: done ? naive(start + stage.until * span) : null,
			progress: Math.round(part * 100) / 100
		});
		from = stage.until;
	}
	return entries;
}

function statusAt(fraction: number): TaskStatus {
	if (fraction < 0.05) return 'QUEUED';
	for (const stage of STAGES) if (fraction < stage.until) return stage.status;
	return 'DONE';
}

export function renderTaskStory(sample: Sample, ctx: RenderContext): TaskResponse {
	const { asset: a, features: f } = sample.render({ ...ctx, url: () => null });
	const assetStatus = String(a.status ?? 'PENDING').toUpperCase() as TaskStatus;
	const featureCount = Object.values(f).reduce<number>(
		(sum, group) => sum + (Array.isArray(group) ? group.length : 0),
		0
	);
	const created = zoneless(a.created_at);
	const updated = Math.max(created, zoneless(a.updated_at));
	let status: TaskStatus = assetStatus;
	let stages: StageEntry[];
	const clock = ctx.processingClock(sample.id);
	if (clock.tracked) {
		status = statusAt(clock.fraction);
		stages = stagesAt(clock.startedAt, clock.spanMs, clock.fraction);
		const extract = stages.find((s) => s.stage === 'extract');
		if (extract) extract.features_extracted = Math.floor(extract.progress * 2);
	} else if (assetStatus === 'FAILED') {
		const error = a.error as { stage?: string } | null;
		const failedStage = error?.stage === 'download' ? 0 : 1;
		stages = stagesAt(created, (updated - created) * 1.5, STAGES[failedStage].until).slice(
			0,
			failedStage + 1
		);
		const last = stages.at(-1)!;
		Object.assign(last, { status: 'FAILED', error: a.error ?? null, finished_at: naive(updated) });
	} else if (FINAL_STATUSES.includes(assetStatus)) {
		stages = assetStatus === 'DONE' ? stagesAt(created, updated - created, 1) : [];
	} else {
		stages = stagesAt(created, Math.max(1, updated - created) * 4, 0.4);
	}
	const final = FINAL_STATUSES.includes(status);
	return {
		task_id: a.task_id ?? taskIdFor(sample.id),
		status,
		inputs: [
			{
				type: a.modality ?? 'file',
				asset_id: a.asset_id,
				collection_id: a.collection_id,
				source: `s3://mixpeek-demo-uploads/${sample.namespace}/${sample.id}`,
				created_at: a.created_at
			}
		],
		outputs: [
			...stages,
			...(final
				? [
						{
							asset_id: a.asset_id,
							status,
							feature_count: featureCount,
							error: a.error ?? null,
							duplicate_of: a.duplicate_of ?? null
						}
					]
				: [])
		]
	};
}
