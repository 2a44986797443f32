import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEY, NO_READ_KEY } from '../../standin/keys';
import { FAULT_KINDS } from '../../standin/faults';
import { createStandin, type Standin } from '../../standin/server';

/** Mixpeek's x-request-id is what its support asks for; the error pages show it, so every answer has one. */
let standin: Standin;
let base: string;

beforeAll(async () => {
	standin = createStandin({ slowMs: 10 });
	base = await standin.listen(0);
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

const REQUEST_ID = /^[0-9a-f]{24}$/;

async function requestIdOf(path: string, key = DEMO_KEY, headers: Record<string, string> = {}) {
	const response = await fetch(base + path, {
		headers: { authorization: `Bearer ${key}`, ...headers }
	});
	await response.arrayBuffer();
	return { status: response.status, id: response.headers.get('x-request-id') };
}

describe('stand-in x-request-id', () => {
	it('is on answers of every kind, and differs per answer', async () => {
		const answers = await Promise.all([
			requestIdOf('/v1/assets/ast_image_gallery/features?return_url=true'),
			requestIdOf('/v1/assets/ast_image_gallery'),
			requestIdOf('/v1/namespaces'),
			requestIdOf('/v1/tasks/tsk_image_gallery'),
			requestIdOf('/healthcheck'),
			requestIdOf('/v1/assets/ast_nope/features'),
			requestIdOf('/v1/assets/ast_image_gallery/features', 'sk_wrong'),
			requestIdOf('/v1/assets/ast_image_gallery/features', NO_READ_KEY),
			requestIdOf('/v1/assets/ast_image_gallery/features', DEMO_KEY, { 'x-namespace': 'nope' }),
			requestIdOf('/v1/nowhere')
		]);
		for (const answer of answers) expect(answer.id, `HTTP ${answer.status}`).toMatch(REQUEST_ID);
		expect(new Set(answers.map((a) => a.id)).size).toBe(answers.length);
	});

	for (const fault of FAULT_KINDS.filter((f) => f !== 'drop')) {
		it(`is on the ${fault} fault's answer`, async () => {
			const added = await fetch(`${base}/__standin/faults`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ fault, path: 'features', retryAfter: 1, delayMs: 10 })
			});
			expect(added.status).toBe(201);
			const { id } = await requestIdOf('/v1/assets/ast_image_gallery/features');
			expect(id).toMatch(REQUEST_ID);
		});
	}
});
