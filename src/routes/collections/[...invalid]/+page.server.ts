import { error } from '@sveltejs/kit';
import { assetIdProblem } from '$lib/ids';
import type { PageServerLoad } from './$types';

// Reached only when the resourceId matcher refused the path: say what is wrong with the ID.
export const load = (({ params }) => {
	const problem = assetIdProblem(params.invalid)?.replace('asset ID', 'collection ID');
	error(400, {
		message: problem ?? 'That is not a collection ID this app can look up.',
		kind: 'bad_input'
	});
}) satisfies PageServerLoad;
