/** The spec's ErrorResponse; typed here because the generated type forbids any `details` keys. */
export interface ErrorResponse {
	success: false;
	status: number;
	error: { message: string; type: string; details: Record<string, unknown> | null };
}

export type ErrorType =
	| 'BadRequestError'
	| 'UnauthorizedError'
	| 'ForbiddenError'
	| 'NotFoundError'
	| 'MethodNotAllowedError'
	| 'ValidationError'
	| 'RequestHeaderFieldsTooLargeError'
	| 'TooManyRequestsError'
	| 'InternalServerError';

export interface ApiError {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

export function envelope(
	status: number,
	type: ErrorType,
	message: string,
	details: Record<string, unknown> | null = null
): ApiError {
	const body: ErrorResponse = { success: false, status, error: { message, type, details } };
	return { status, body };
}

export const unauthorized = (message: string) => envelope(401, 'UnauthorizedError', message);

export const forbidden = (message = 'API key lacks the read permission') =>
	envelope(403, 'ForbiddenError', message, { required_permission: 'read' });

export const namespaceNotFound = (namespace: string) =>
	envelope(404, 'NotFoundError', 'Namespace not found', { resource: 'namespace', namespace });

export const assetNotFound = (assetId: string) =>
	envelope(404, 'NotFoundError', 'Asset not found', { resource: 'asset', asset_id: assetId });

export const taskNotFound = (taskId: string) =>
	envelope(404, 'NotFoundError', 'Task not found', { resource: 'task', task_id: taskId });

export const routeNotFound = (path: string) =>
	envelope(404, 'NotFoundError', 'Not Found', { resource: 'route', path });

export function methodNotAllowed(method: string, allow: string[]): ApiError {
	const error = envelope(405, 'MethodNotAllowedError', 'Method Not Allowed', { method, allow });
	return { ...error, headers: { allow: allow.join(', ') } };
}

export const internalError = (message = 'Internal server error') =>
	envelope(500, 'InternalServerError', message);

/** FastAPI's own 422 shape, as pydantic v2 reports an unparseable boolean. */
export function boolParsingError(location: [string, string], input: string): ApiError {
	// pydantic adds `input` beside the declared loc/msg/type, so this is wider than HTTPValidationError.
	const body = {
		detail: [
			{
				type: 'bool_parsing',
				loc: location,
				msg: 'Input should be a valid boolean, unable to interpret input',
				input
			}
		]
	};
	return { status: 422, body };
}

/** The later, enveloped 422 form some Mixpeek deployments answer with. */
export const validationEnvelope = (field: string, message: string) =>
	envelope(422, 'ValidationError', 'Request validation failed', {
		validation_errors: [{ field, message, type: 'value_error' }]
	});

function xmlEscape(value: string): string {
	return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** S3's error document, the body a browser gets for a dead or forged presigned URL. */
export function s3ErrorXml(
	code: string,
	message: string,
	requestId: string,
	extra: Record<string, string> = {}
): string {
	const fields = Object.entries(extra)
		.map(([name, value]) => `<${name}>${xmlEscape(value)}</${name}>`)
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>${fields}` +
		`<RequestId>${requestId}</RequestId></Error>`
	);
}
