/** How many failed previews one diagnose call may probe: the route refuses more, the page sends no more. */
export const MAX_PROBED_URLS = 6;
