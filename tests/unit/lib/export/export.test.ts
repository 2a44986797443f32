import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { exportRows, scrubText, type ExportItem } from '$lib/export/rows';
import { exportFileName, toCsv, toJson, type ExportMeta } from '$lib/export/formats';
import { tabRequest } from '$lib/export/request';

const SIGNED =
	'https://bucket.example/obj/seg.webm?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261201T220000Z&X-Amz-Expires=3600&X-Amz-Signature=deadbeef&v=2';

const item = (over: Partial<ExportItem> = {}): ExportItem => ({
	modality: 'video',
	kind: 'segment',
	position: 3,
	id: 'ftr_3',
	featureId: 'ftr_3',
	start: 8,
	end: 12,
	fields: [
		{ name: 'feature_id', text: 'ftr_3' },
		{ name: 'transcription', text: 'Hello, "world"\nsecond line' },
		{ name: 'json_output.scene', text: 'outro' },
		{ name: 'json_output.note', text: `see ${SIGNED} now` }
	],
	url: SIGNED,
	previewUrl: null,
	duplicateOf: null,
	...over
});

const meta: ExportMeta = {
	assetId: 'ast_video_tour',
	namespace: 'demo_prod',
	scope: 'video',
	view: 'q=hello',
	exportedAt: '2026-12-01T22:10:31.000Z',
	signedLinks: false
};

describe('export rows', () => {
	it('strips signatures from links and from links inside texts by default', () => {
		const [row] = exportRows([item()], { includeSigned: false });
		expect(row.url).toBe('https://bucket.example/obj/seg.webm?v=2');
		expect(row.texts['json_output.note']).toBe('see https://bucket.example/obj/seg.webm?v=2 now');
		expect(JSON.stringify(row)).not.toMatch(/X-Amz-/i);
	});
	it('keeps signed links when asked', () => {
		const [row] = exportRows([item()], { includeSigned: true });
		expect(row.url).toBe(SIGNED);
		expect(row.texts['json_output.note']).toContain('X-Amz-Signature=deadbeef');
	});
	it('leaves texts without presigned links alone', () => {
		expect(scrubText('plain https://example.com/?a=1')).toBe('plain https://example.com/?a=1');
	});
});

describe('export files', () => {
	it('writes one CSV record per row, texts in columns, quoting what needs it', () => {
		const rows = exportRows([item(), item({ position: 4, id: 'ftr_4', featureId: 'ftr_4' })], {
			includeSigned: false
		});
		const csv = toCsv(rows);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(2);
		expect(parsed.data[0]).toMatchObject({
			modality: 'video',
			kind: 'segment',
			position: '3',
			feature_id: 'ftr_3',
			start_s: '8',
			end_s: '12',
			transcription: 'Hello, "world"\nsecond line',
			url: 'https://bucket.example/obj/seg.webm?v=2'
		});
		expect(parsed.data[0].other_texts).toContain('json_output.scene: outro');
		expect(csv).not.toMatch(/X-Amz-Signature/i);
	});
	it('defuses spreadsheet formulas in untrusted text', () => {
		const rows = exportRows(
			[item({ fields: [{ name: 'text', text: '=HYPERLINK("http://evil")' }] })],
			{ includeSigned: false }
		);
		const parsed = Papa.parse<Record<string, string>>(toCsv(rows), { header: true });
		expect(parsed.data[0].text).toBe(`'=HYPERLINK("http://evil")`);
	});
	it('writes JSON with what was exported and how', () => {
		const rows = exportRows([item()], { includeSigned: false });
		const body = JSON.parse(toJson(meta, rows));
		expect(body).toMatchObject({
			assetId: 'ast_video_tour',
			scope: 'video',
			count: 1,
			signedLinks: false
		});
		expect(body.features[0].texts.transcription).toBe('Hello, "world"\nsecond line');
	});
	it('names the file after the asset, scope and time', () => {
		expect(exportFileName(meta, 'csv')).toBe('ast_video_tour-video-filtered-2026-12-01T2210Z.csv');
		expect(exportFileName({ ...meta, view: '', scope: 'all' }, 'json')).toBe(
			'ast_video_tour-all-2026-12-01T2210Z.json'
		);
	});
});

describe('the request behind a tab', () => {
	it('is the features call narrowed to the tab, key left to the shell', () => {
		const command = tabRequest('ast_video_tour', 'demo_prod', 'https://api.mixpeek.com/', 'video');
		expect(command).toBe(
			`curl -H "Authorization: Bearer $MIXPEEK_API_KEY" -H "X-Namespace: demo_prod" 'https://api.mixpeek.com/v1/assets/ast_video_tour/features?return_url=true' | jq '.features.video'`
		);
	});
});
