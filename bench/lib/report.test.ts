import { describe, expect, it } from 'vitest';
import { renderTable, summarizeChecks } from './report';

describe('bench report', () => {
	it('aligns tables and counts targets', () => {
		expect(
			renderTable([
				['x', 'value'],
				['long name', '1']
			])
		).toBe('x          value\n---------  -----\nlong name      1');
		expect(
			summarizeChecks([
				{ label: 'a', value: '1', target: '1', met: true },
				{ label: 'b', value: '2', target: '1', met: false },
				{ label: 'c', value: '–', target: '1', met: null }
			])
		).toBe('1/2 targets met (1 not measured)');
	});
});
