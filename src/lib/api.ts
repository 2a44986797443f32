/**
 * The contract of the app's own JSON API (`/api/...`), shared by the `+server.ts` handlers
 * (which return `satisfies` these types) and the browser code that calls them (which narrows a
 * reply with the guards below instead of casting). Browser-safe: types and constants only.
 */
import type { ValidatedAssetData, ValidatedFeatureDetail, ValidatedTask } from '$lib/mixpeek/types';

/**
 * Every way an upstream call can fail, as the UI tells them apart. The server maps each upstream
 * answer to exactly one kind (`$lib/server/mixpeek/errors.ts`).
 */
export type UpstreamErrorKind =
	| 'no_key'
	| 'unauthorized'
	| 'forbidden'
	| 'asset_not_found'
	/** Today's API: no such object, bucket, collection or document (or no bucket to find it by). */
	| 'object_not_found'
	| 'namespace_not_found'
	| 'collection_not_found'
	| 'task_not_found'
	| 'feature_not_found'
	| 'validation'
	| 'rate_limited'
	| 'upstream_error'
	| 'timeout'
	| 'unreachable'
	| 'invalid_response'
	| 'bad_request';

/**
 * The one shape of an upstream failure. The API's error body, `App.Error` and the live page's
 * failure are all derived from it; the error page's text is its view model (`$lib/error-view.ts`).
 */
export interface UpstreamError {
	kind: UpstreamErrorKind;
	/** Upstream HTTP status, 0 when no answer arrived. */
	status: number;
	/** A message written by this app (never the upstream body verbatim). */
	message: string;
	/** Seconds to wait before retrying (rate limited). */
	retryAfter?: number;
	/** Field-level messages of a 422. */
	details?: string[];
	/** Start of a body the app could not use, for the user's bug report (never holds the key). */
	rawBody?: string;
	/** Mixpeek's own `x-request-id` for the last answer, when it sent one: what its support asks for. */
	upstreamRequestId?: string;
	/** Wall time of the call, retries included, in ms. */
	latencyMs?: number;
	/** How many requests were sent (1 + retries). */
	attempts?: number;
	/** Which timeout fired, when the call ended in one. */
	timeout?: UpstreamTimeout;
}

/** A timeout by the setting that controls it, so an operator knows what to raise. */
export interface UpstreamTimeout {
	/** The setting or rule, e.g. `MIXPEEK_TIMEOUT_MS`. */
	name: string;
	ms: number;
	/** What it bounds, in words: "each attempt, until Mixpeek's response headers". */
	covers: string;
}

/** One other namespace that holds an ID a 404 was about. */
export interface FoundElsewhere {
	/** The namespace's name (what `?namespace=` takes). */
	namespace: string;
	status: string | null;
	modality: string | null;
}

/** After an asset 404: what the other namespaces the key can see said about the same ID. */
export interface OtherNamespacesCheck {
	found: FoundElsewhere[];
	/** The other namespaces that were asked, by name. */
	checked: string[];
	/** How many other namespaces the key can see (more than `checked` when over the bound). */
	visible: number;
	/** Namespaces that did not answer usefully (timeout, 5xx, …): the asset may still be there. */
	unsure: string[];
	/** Set when the key's namespace list could not be read, so nothing was checked. */
	listFailed?: boolean;
}

/** Body of every `/api/...` answer on failure (the status is the app's, see `httpStatusFor`). */
export interface ApiErrorBody {
	error: Pick<UpstreamError, 'kind' | 'message' | 'status' | 'retryAfter'>;
}

/** What the diagnostics strip shows about the upstream call that produced the data. */
export interface UpstreamMeta {
	/** HTTP status of the last upstream answer (0 when none arrived). */
	status: number;
	/** Wall time of the upstream call, retries included, in ms. */
	latencyMs: number;
	/** Upstream's request id header when it sent one, else ours. */
	requestId: string;
	/** When the data was fetched, epoch ms. */
	fetchedAt: number;
	/** The namespace sent as X-Namespace, or null when none was sent. */
	namespace: string | null;
}

/** `GET /api/assets/[asset_id]/features`: the validated upstream answer and how it was fetched. */
export interface AssetFeaturesPayload {
	data: ValidatedAssetData;
	upstream: UpstreamMeta;
}

/** How many failed previews one diagnose call may probe: the route refuses more, the page sends no more. */
export const MAX_PROBED_URLS = 6;
export type { ObjectPayload } from '$lib/mixpeek/current-types';

/** `GET /api/buckets/[bucket]/objects/[object_id]`: an object page's data (today's API). */
export function isObjectPayload(
	body: unknown
): body is import('$lib/mixpeek/current-types').ObjectPayload {
	return (
		isRecord(body) &&
		body.api === 'objects-2026' &&
		isRecord(body.object) &&
		Array.isArray(body.documents) &&
		Array.isArray(body.collections) &&
		isRecord(body.upstream)
	);
}

/** Why a preview failed, as the server found out by asking the object store. */
export type ProbeVerdict =
	| 'expired_refreshed'
	| 'denied'
	| 'missing'
	| 'unsupported'
	| 'network'
	| 'not_from_asset'
	/** The server would not probe it: not the API's host and not a public address. */
	| 'refused';

/** A probe verdict, or the page's own conclusion that fresh links keep failing. */
export type PreviewVerdict = ProbeVerdict | 'still_failing';

export interface PreviewDiagnosis {
	url: string;
	verdict: ProbeVerdict;
	/** What the object store answered for the fresh URL (0: no answer, or not asked). */
	status: number;
}

/** `POST /api/assets/[asset_id]/diagnose` body: the preview URLs that failed to load. */
export interface DiagnoseRequest {
	urls: string[];
}

/** `POST /api/assets/[asset_id]/diagnose`: fresh data (re-minted URLs) plus a verdict per URL. */
export interface DiagnoseResponse extends AssetFeaturesPayload {
	diagnoses: PreviewDiagnosis[];
}

/** `GET /api/namespaces`: what the switcher lists (ids and names only). */
export interface NamespacesResponse {
	namespaces: { namespace_id: string; namespace_name: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasAssetData(body: Record<string, unknown>): boolean {
	return isRecord(body.data) && isRecord(body.data.asset) && isRecord(body.upstream);
}

/** A features reply the page can swap in (the server validated `data`; this checks the frame). */
/** `GET /api/tasks/[task_id]`: the asset's task as Mixpeek reported it. */
export interface TaskPayload {
	data: ValidatedTask;
	upstream: UpstreamMeta;
}

/** `GET /api/features/[feature_id]`: one feature with its vectors. */
export interface FeaturePayload {
	data: ValidatedFeatureDetail;
	upstream: UpstreamMeta;
}

export function isTaskPayload(body: unknown): body is TaskPayload {
	return (
		isRecord(body) &&
		isRecord(body.data) &&
		typeof body.data.task_id === 'string' &&
		typeof body.data.status === 'string'
	);
}

export function isFeaturePayload(body: unknown): body is FeaturePayload {
	return isRecord(body) && isRecord(body.data);
}

export function isAssetFeaturesPayload(body: unknown): body is AssetFeaturesPayload {
	return isRecord(body) && hasAssetData(body);
}

export function isDiagnoseResponse(body: unknown): body is DiagnoseResponse {
	return (
		isRecord(body) &&
		hasAssetData(body) &&
		Array.isArray(body.diagnoses) &&
		body.diagnoses.every((d) => isRecord(d) && typeof d.url === 'string')
	);
}

export function isNamespacesResponse(body: unknown): body is NamespacesResponse {
	return (
		isRecord(body) &&
		Array.isArray(body.namespaces) &&
		body.namespaces.every(
			(n) =>
				isRecord(n) && typeof n.namespace_id === 'string' && typeof n.namespace_name === 'string'
		)
	);
}

/** The error part of a failed reply, or null when the body is not the app's error shape. */
export function apiErrorOf(body: unknown): ApiErrorBody['error'] | null {
	if (!isRecord(body) || !isRecord(body.error)) return null;
	const { kind, message, status, retryAfter } = body.error;
	if (typeof kind !== 'string' || typeof message !== 'string') return null;
	return {
		kind: kind as UpstreamErrorKind,
		message,
		status: typeof status === 'number' ? status : 0,
		retryAfter: typeof retryAfter === 'number' ? retryAfter : undefined
	};
}
