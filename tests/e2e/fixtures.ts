/**
 * `test` with a `standin` fixture: the stand-in's control API (standin/control.ts), typed, each
 * call failing the test if the stand-in refuses it. Specs import `test` and `expect` from here.
 *
 * The suite shares one stand-in, so a test that armed a fault or changed the config gets the
 * stand-in reset after it, pass or fail: nothing it left behind leaks into the next test.
 */
import { expect, test as base, type APIRequestContext } from '@playwright/test';
import type { StandinConfig } from '../../standin/control';
import type { FaultKind, FaultPath, FaultSwitch } from '../../standin/faults';
import type { RequestLogEntry } from '../../standin/server';
import { STANDIN_URL } from './env';

export { expect };

/** A fault switch as the control API takes it (`count` defaults to 1). */
export interface FaultRule {
	fault: FaultKind;
	assetId?: string;
	path?: FaultPath;
	count?: number;
	delayMs?: number;
	retryAfter?: number;
}

export class StandinControl {
	readonly url = STANDIN_URL;
	readonly #request: APIRequestContext;
	/** True once this test changed faults or config (a reset after it is then due). */
	changed = false;

	constructor(request: APIRequestContext) {
		this.#request = request;
	}

	async #call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown): Promise<T> {
		const response = await this.#request.fetch(`${STANDIN_URL}/__standin/${path}`, {
			method,
			data
		});
		expect(response.ok(), `${method} /__standin/${path}: ${await response.text()}`).toBe(true);
		return (await response.json()) as T;
	}

	/** Clears faults and the request log, restores the start config. */
	async reset(): Promise<void> {
		await this.#call('POST', 'reset');
		this.changed = false;
	}

	/** Changes config fields (TTL of presigned URLs, processing time, slow delay); returns all. */
	config(change: Partial<StandinConfig>): Promise<StandinConfig> {
		this.changed = true;
		return this.#call('POST', 'config', change);
	}

	/** Arms one fault switch; it fires on the next `count` matching requests. */
	fault(rule: FaultRule): Promise<FaultSwitch> {
		this.changed = true;
		return this.#call('POST', 'faults', rule);
	}

	/** Disarms every fault switch (the request log and config stay). */
	async clearFaults(): Promise<void> {
		await this.#call('DELETE', 'faults');
	}

	/** The Mixpeek requests the stand-in answered since the last reset or clearLog. */
	log(): Promise<RequestLogEntry[]> {
		return this.#call('GET', 'log');
	}

	async clearLog(): Promise<void> {
		await this.#call('DELETE', 'log');
	}

	/** Upstream feature requests for one asset, as the stand-in saw them. */
	async featureCalls(assetId: string): Promise<RequestLogEntry[]> {
		return (await this.log()).filter((e) => e.path === `/v1/assets/${assetId}/features`);
	}
}

export const test = base.extend<{ standin: StandinControl }>({
	standin: async ({ request }, use) => {
		const control = new StandinControl(request);
		await use(control);
		if (control.changed) await control.reset();
	}
});
