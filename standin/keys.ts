export const DEMO_KEY = 'sk_demo_inspector_0123456789abcdef';
export const PROD_ONLY_KEY = 'sk_test_prodonly_fedcba9876543210';
export const NO_READ_KEY = 'sk_test_noread_00000000deadbeef';

export const STANDIN_KEYS = {
	demo: DEMO_KEY,
	prodOnly: PROD_ONLY_KEY,
	noRead: NO_READ_KEY
} as const;

export interface Namespace {
	namespace_id: string;
	namespace_name: string;
	embedding_models: string[];
	payload_indexes: unknown[] | null;
}

export const NAMESPACES: readonly Namespace[] = [
	{
		namespace_id: 'ns_demo_prod',
		namespace_name: 'demo_prod',
		embedding_models: ['image', 'text', 'multimodal'],
		payload_indexes: [
			{ field_name: 'metadata.title', type: 'text' },
			{ field_name: 'collection_id', type: 'keyword' }
		]
	},
	{
		namespace_id: 'ns_demo_staging',
		namespace_name: 'demo_staging',
		embedding_models: ['text'],
		payload_indexes: null
	}
];

export const DEFAULT_NAMESPACE = NAMESPACES[0];

export interface KeyGrant {
	canRead: boolean;
	namespaces: readonly Namespace[];
}

const GRANTS = new Map<string, KeyGrant>([
	[DEMO_KEY, { canRead: true, namespaces: NAMESPACES }],
	[PROD_ONLY_KEY, { canRead: true, namespaces: [DEFAULT_NAMESPACE] }],
	[NO_READ_KEY, { canRead: false, namespaces: [DEFAULT_NAMESPACE] }]
]);

export type AuthResult = { ok: true; grant: KeyGrant } | { ok: false; message: string };

export function authenticate(header: string | undefined): AuthResult {
	if (!header) return { ok: false, message: 'Missing Authorization header' };
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	if (!match) {
		return { ok: false, message: "Invalid Authorization header, expected 'Bearer <api_key>'" };
	}
	const grant = GRANTS.get(match[1]);
	return grant ? { ok: true, grant } : { ok: false, message: 'Invalid API key' };
}

/** Resolves X-Namespace (a name or an id) within what the key may see. */
export function resolveNamespace(grant: KeyGrant, header: string | undefined): Namespace | null {
	const wanted = header?.trim();
	if (!wanted) return DEFAULT_NAMESPACE;
	return (
		grant.namespaces.find((ns) => ns.namespace_name === wanted || ns.namespace_id === wanted) ??
		null
	);
}
