/**
 * Keeps an open asset page current without a reload: polls while the asset is processing and
 * re-mints presigned URLs before they expire or when a preview fails. One instance per asset
 * page (per asset and namespace); everything it does goes through the app's own API routes.
 */
import {
	MAX_PROBED_URLS,
	apiErrorOf,
	isAssetFeaturesPayload,
	isDiagnoseResponse,
	isTaskPayload,
	isObjectPayload,
	type ApiErrorBody,
	type AssetFeaturesPayload,
	type DiagnoseRequest,
	type PreviewVerdict
} from '$lib/api';
import {
	isObjectSource,
	sourceStatus,
	type AssetSource,
	type Modality
} from '$lib/asset/view-model';
import { classifyStatus } from '$lib/asset/status';
import { withTails, type FeatureTails } from '$lib/asset/first-paint';
import { objectKey, sourceExpiry } from './expiry';
import { REMINT_COOLDOWN_MS, pollDelay, remintDelay, shouldPoll } from './schedule';
import { isTaskBusy, type TaskState } from './task';

/** The last refresh's failure: an API error, or the app's own server out of reach. */
export interface LiveFailure extends Pick<ApiErrorBody['error'], 'message'> {
	kind: ApiErrorBody['error']['kind'] | 'network';
	/** When the failed attempt was made (epoch ms). */
	at: number;
	/** When the next automatic try is due, or null when none is scheduled. */
	retryAt: number | null;
}

/** `preloaded`: the first fetch of a windowed page, which the page's `<head>` preloads. */
type RefreshReason = 'manual' | 'poll' | 'remint' | 'preloaded';

/** A failure of one object may be diagnosed this often before the page stops trying. */
const MAX_DIAGNOSES_PER_OBJECT = 2;
const FAILURE_BATCH_MS = 250;

export class LiveAsset {
	payload = $state.raw<AssetSource>() as AssetSource;
	refreshing = $state(false);
	failure = $state<LiveFailure | null>(null);
	/** The final status reached while the page was open, for the "finished" notice. */
	finishedWith = $state<string | null>(null);
	/** Why previews failed, by object (origin + path, so it survives re-signing). */
	verdicts = $state<Record<string, PreviewVerdict>>({});
	/** True while polling is scheduled (the asset is still processing). */
	polling = $state(false);
	/** When the scheduled poll fires (epoch ms), for "next check in 12 s"; null when none is. */
	nextPollAt = $state<number | null>(null);
	/** Exact counts while `payload` holds only the first-paint window of a huge asset, else null. */
	totals = $state.raw<Record<Modality, number> | null>(null);
	/** The asset's task, fetched with the asset on the same schedule (never on a timer of its own). */
	task = $state.raw<TaskState>({ kind: 'none' });

	readonly #endpoint: string;
	readonly #namespaceQuery: string;
	#taskRequested = false;
	/** Today's object pages have no diagnose route: a failed preview re-mints by refreshing. */
	readonly #object: boolean;
	#pollTimer: ReturnType<typeof setTimeout> | undefined;
	#remintTimer: ReturnType<typeof setTimeout> | undefined;
	#batchTimer: ReturnType<typeof setTimeout> | undefined;
	#pollAttempt = 0;
	#unknownPolls = 0;
	#lastRemintAt = 0;
	#inFlight: Promise<void> | null = null;
	// Bookkeeping, never rendered: plain collections on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pendingFailures = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#diagnoses = new Map<string, number>();
	#destroyed = false;
	#fetch: typeof fetch;
	#rest: Promise<FeatureTails> | null = null;

	constructor(
		target: string | { bucketId: string; objectId: string },
		namespace: string | null,
		initial: AssetSource,
		totals: Record<Modality, number> | null = null,
		fetcher: typeof fetch = fetch
	) {
		this.payload = initial;
		this.totals = totals;
		this.#fetch = fetcher;
		const query = namespace ? `?namespace=${encodeURIComponent(namespace)}` : '';
		this.#namespaceQuery = query;
		this.#object = typeof target !== 'string';
		this.#endpoint =
			typeof target === 'string'
				? `/api/assets/${encodeURIComponent(target)}/%s${query}`
				: `/api/buckets/${encodeURIComponent(target.bucketId)}/objects/${encodeURIComponent(target.objectId)}${query}`;
	}

	/**
	 * Asks for the task from now on (with the asset, on its schedule). Busy and failed assets ask
	 * by themselves; for a finished one the panel asks when opened, saving a call per page view.
	 */
	showTask(): void {
		if (!this.#taskId() || this.#taskRequested) return;
		this.#taskRequested = true;
		this.task = { kind: 'loading' };
		void this.#loadTask().then(() => this.#schedulePoll());
	}

	/** The 2025 answer an asset page holds (an object page has no such thing: a wiring mistake). */
	get data(): AssetFeaturesPayload['data'] {
		if (isObjectSource(this.payload)) throw new Error('LiveAsset.data is for asset pages');
		return this.payload.data;
	}

	/** The earliest expiry among the presigned URLs the page holds (epoch ms), or null. */
	get expiresAt(): number | null {
		return sourceExpiry(this.payload);
	}

	/**
	 * The features a windowed first paint left out, streamed by the server after the HTML. Given
	 * before `start()`, the page takes them instead of fetching the whole asset again.
	 */
	completeWith(rest: Promise<FeatureTails>): void {
		this.#rest = rest;
	}

	/**
	 * Where the whole asset is fetched. A huge windowed page preloads it from its `<head>`
	 * (`rel="preload" as="fetch" crossorigin`), so the request runs while the scripts load; the
	 * first refresh then takes the preloaded answer.
	 */
	get featuresUrl(): string {
		return this.#url('features');
	}

	/** Starts timers and the visibility listener; returns the cleanup for `$effect`/`onMount`. */
	start(): () => void {
		this.#destroyed = false;
		// A windowed first paint: the rest streams in with the page, or (a huge asset) is fetched
		// now, preloaded by the page's head (JSON parses far faster than the same data inlined in
		// HTML compiles).
		if (this.totals) void (this.#rest ? this.#takeRest(this.#rest) : this.refresh('preloaded'));
		if (classifyStatus(sourceStatus(this.payload)).kind !== 'done') this.showTask();
		this.#schedulePoll();
		this.#scheduleRemint();
		document.addEventListener('visibilitychange', this.#onVisibility);
		return () => this.destroy();
	}

	destroy(): void {
		this.#destroyed = true;
		clearTimeout(this.#pollTimer);
		clearTimeout(this.#remintTimer);
		clearTimeout(this.#batchTimer);
		document.removeEventListener('visibilitychange', this.#onVisibility);
	}

	/** Fetches fresh data now (at most one request in flight; callers share it). */
	refresh(reason: RefreshReason = 'manual'): Promise<void> {
		this.#inFlight ??= this.#doRefresh(reason).finally(() => (this.#inFlight = null));
		return this.#inFlight;
	}

	/** A preview failed to load: batch it, then re-mint and learn why in one call. */
	previewFailed(url: string): void {
		const key = objectKey(url);
		if (!key || this.#destroyed) return;
		const tries = this.#diagnoses.get(key) ?? 0;
		if (tries >= MAX_DIAGNOSES_PER_OBJECT) {
			// Fresh URLs keep failing: say so instead of refreshing in a loop.
			if (this.verdicts[key] === 'expired_refreshed') this.verdicts[key] = 'still_failing';
			return;
		}
		this.#pendingFailures.add(url);
		this.#scheduleDiagnose();
	}

	#scheduleDiagnose(): void {
		if (this.#batchTimer || this.#pendingFailures.size === 0 || this.#destroyed) return;
		const wait = Math.max(FAILURE_BATCH_MS, this.#lastRemintAt + REMINT_COOLDOWN_MS - Date.now());
		this.#batchTimer = setTimeout(() => {
			this.#batchTimer = undefined;
			void this.#diagnose();
		}, wait);
	}

	verdictFor(url: unknown): PreviewVerdict | undefined {
		const key = typeof url === 'string' ? objectKey(url) : null;
		return key ? this.verdicts[key] : undefined;
	}

	#url(action: 'features' | 'diagnose'): string {
		return this.#endpoint.replace('%s', action);
	}

	#taskId(): string | null {
		// Today's objects carry no task the panel knows how to read.
		if (isObjectSource(this.payload)) return null;
		const id = this.payload.data.asset.task_id;
		return typeof id === 'string' && id !== '' ? id : null;
	}

	/** Whether this refresh should ask for the task too: until it is final, or when asked to. */
	#taskWanted(reason: RefreshReason): boolean {
		if (!this.#taskId() || !this.#taskRequested) return false;
		return (
			reason === 'manual' ||
			reason === 'preloaded' ||
			this.task.kind !== 'ready' ||
			isTaskBusy(this.task)
		);
	}

	async #loadTask(): Promise<void> {
		const taskId = this.#taskId();
		if (!taskId || this.#destroyed) return;
		try {
			const response = await this.#fetch(
				`/api/tasks/${encodeURIComponent(taskId)}${this.#namespaceQuery}`,
				{ headers: { accept: 'application/json' } }
			);
			const body: unknown = await response.json().catch(() => null);
			if (response.ok && isTaskPayload(body)) {
				this.task = { kind: 'ready', task: body.data };
				return;
			}
			const error = apiErrorOf(body);
			this.task =
				error?.kind === 'task_not_found'
					? { kind: 'gone', message: error.message }
					: {
							kind: 'failed',
							message: `The task could not be loaded: ${error?.message ?? `HTTP ${response.status}`}`
						};
		} catch {
			this.task = { kind: 'failed', message: 'The task could not be loaded (network error).' };
		}
	}

	#accepts(body: unknown): body is AssetSource {
		return this.#object ? isObjectPayload(body) : isAssetFeaturesPayload(body);
	}

	async #doRefresh(reason: RefreshReason): Promise<void> {
		this.refreshing = true;
		const task = this.#taskWanted(reason) ? this.#loadTask() : Promise.resolve();
		try {
			// A preload is reused only by a request like its own: no headers of ours (the browser
			// sends `Accept: */*` either way, which the API answers with JSON too).
			const response = await this.#fetch(
				this.#url('features'),
				reason === 'preloaded' ? {} : { headers: { accept: 'application/json' } }
			);
			const body: unknown = await response.json().catch(() => null);
			if (!response.ok || !this.#accepts(body)) return this.#fail(response, body);
			this.#accept(body);
			if (reason !== 'poll') this.#lastRemintAt = Date.now();
		} catch {
			this.#failNetwork();
		} finally {
			await task;
			this.refreshing = false;
			if (reason === 'poll' || this.failure) this.#schedulePoll();
		}
	}

	async #diagnose(): Promise<void> {
		// One call probes a handful; the rest wait for the next batch.
		const urls = [...this.#pendingFailures].slice(0, MAX_PROBED_URLS);
		for (const url of urls) this.#pendingFailures.delete(url);
		if (urls.length === 0 || this.#destroyed) return;
		for (const url of urls) {
			const key = objectKey(url)!;
			this.#diagnoses.set(key, (this.#diagnoses.get(key) ?? 0) + 1);
		}
		this.#lastRemintAt = Date.now();
		if (this.#object) {
			await this.refresh('remint');
			const next = { ...this.verdicts };
			for (const url of urls) next[objectKey(url)!] = 'expired_refreshed';
			this.verdicts = next;
			return;
		}
		try {
			const response = await this.#fetch(this.#url('diagnose'), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ urls } satisfies DiagnoseRequest)
			});
			const body: unknown = await response.json().catch(() => null);
			if (!response.ok || !isDiagnoseResponse(body)) return this.#fail(response, body);
			const next = { ...this.verdicts };
			for (const d of body.diagnoses) {
				const key = objectKey(d.url);
				if (key) next[key] = d.verdict;
			}
			this.verdicts = next;
			this.#accept({ data: body.data, upstream: body.upstream });
		} catch {
			this.#failNetwork();
		} finally {
			this.#scheduleDiagnose();
		}
	}

	async #takeRest(rest: Promise<FeatureTails>): Promise<void> {
		const windowed = this.payload;
		const tails = await rest.catch(() => null);
		// Newer data came first (a refresh brings the whole asset), or the page is gone.
		if (this.#destroyed || this.payload !== windowed || isObjectSource(windowed)) return;
		if (!tails) return void this.refresh('manual');
		this.payload = { ...windowed, data: withTails(windowed.data, tails) };
		this.totals = null;
	}

	#accept(next: AssetSource): void {
		const before = classifyStatus(sourceStatus(this.payload)).kind;
		const after = classifyStatus(sourceStatus(next));
		this.payload = next;
		this.totals = null;
		this.failure = null;
		if (before === 'busy' && after.kind !== 'busy') this.finishedWith = after.label;
		this.#scheduleRemint();
	}

	#fail(response: Response, body: unknown): void {
		const error = apiErrorOf(body);
		const retryAfter = error?.retryAfter ?? Number(response.headers.get('retry-after') || NaN);
		const waitMs = Number.isFinite(retryAfter) ? retryAfter * 1000 : pollDelay(this.#pollAttempt);
		this.failure = {
			kind: error?.kind ?? 'upstream_error',
			message: error?.message ?? `The app answered HTTP ${response.status}.`,
			at: Date.now(),
			retryAt: Date.now() + waitMs
		};
	}

	#failNetwork(): void {
		this.failure = {
			kind: 'network',
			message: 'This page could not reach the Asset Inspector server.',
			at: Date.now(),
			retryAt: Date.now() + pollDelay(this.#pollAttempt)
		};
	}

	#schedulePoll(): void {
		clearTimeout(this.#pollTimer);
		this.#pollTimer = undefined;
		const status = sourceStatus(this.payload);
		const needed =
			this.failure !== null || shouldPoll(status, this.#unknownPolls) || isTaskBusy(this.task);
		this.polling = needed;
		this.nextPollAt = null;
		if (!needed || this.#destroyed || document.hidden) return;
		const delay = this.failure?.retryAt
			? Math.max(0, this.failure.retryAt - Date.now())
			: pollDelay(this.#pollAttempt);
		this.nextPollAt = Date.now() + delay;
		this.#pollTimer = setTimeout(() => {
			this.nextPollAt = null;
			this.#pollAttempt++;
			if (classifyStatus(sourceStatus(this.payload)).kind === 'unknown') this.#unknownPolls++;
			void this.refresh('poll');
		}, delay);
	}

	#scheduleRemint(): void {
		clearTimeout(this.#remintTimer);
		const expiry = sourceExpiry(this.payload);
		const delay = remintDelay(
			expiry,
			Date.now(),
			expiry === null ? null : expiry - this.payload.upstream.fetchedAt
		);
		if (delay === null || this.#destroyed) return;
		const wait = Math.max(delay, this.#lastRemintAt + REMINT_COOLDOWN_MS - Date.now());
		this.#remintTimer = setTimeout(() => {
			if (document.hidden) return; // picked up again when the tab shows
			void this.refresh('remint');
		}, wait);
	}

	#onVisibility = (): void => {
		if (document.hidden) {
			clearTimeout(this.#pollTimer);
			this.#pollTimer = undefined;
			return;
		}
		const expiry = sourceExpiry(this.payload);
		const stale = expiry !== null && expiry - Date.now() < REMINT_COOLDOWN_MS;
		if (stale) void this.refresh('remint');
		this.#schedulePoll();
	};
}
