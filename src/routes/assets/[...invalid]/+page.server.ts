import { error } from '@sveltejs/kit';
import { assetIdProblem } from '$lib/ids';
import type { PageServerLoad } from './$types';

// Reached only when the assetId matcher refused the path: say what is wrong with the ID.
export const load = (({ params }) => {
	error(400, {
		message: assetIdProblem(params.invalid) ?? 'That is not an asset ID this app can look up.',
		kind: 'bad_input'
	});
}) satisfies PageServerLoad;
