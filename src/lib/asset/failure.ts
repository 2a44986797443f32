/**
 * What a FAILED asset's error says about where processing stopped, in words an ops person can act
 * on. Upstream sends `{ code, message, stage }` when it sends anything; every field may be missing.
 */

export interface FailureFacts {
	code: string | null;
	stage: string | null;
	/** What failing at `stage` means, when the stage is one Mixpeek documents. */
	stageMeaning: string | null;
}

const STAGE_MEANINGS: [RegExp, string][] = [
	[
		/download|fetch|ingest|upload/i,
		'Mixpeek could not fetch or read the source file: check that the object still exists, is readable by Mixpeek and is a format it supports.'
	],
	[
		/decode|probe|transcod|preprocess/i,
		'Mixpeek fetched the file but could not decode it: the file may be corrupt or in an unsupported codec.'
	],
	[
		/extract|feature|segment|transcri|ocr|caption|describ/i,
		'An extractor failed on the content: some or all features were not produced.'
	],
	[/embed/i, 'Computing embeddings failed after extraction.'],
	[/index|store|write|save/i, 'Features were computed but could not be stored.']
];

const field = (value: unknown, key: string): string | null => {
	const v = (value as Record<string, unknown> | null)?.[key];
	return typeof v === 'string' && v.trim() !== '' ? v.slice(0, 200) : null;
};

export function failureFacts(error: unknown): FailureFacts {
	const isObject = typeof error === 'object' && error !== null;
	const code = isObject ? field(error, 'code') : null;
	const stage = isObject ? field(error, 'stage') : null;
	const stageMeaning = stage
		? (STAGE_MEANINGS.find(([pattern]) => pattern.test(stage))?.[1] ?? null)
		: null;
	return { code, stage, stageMeaning };
}
