/**
 * A component fetched on first need, so code that first paint does not use stays out of the
 * page's initial JavaScript (issue 7's budget). Once loaded it stays loaded: dialogs keep their
 * element, so closing them still returns focus the way the browser does for `<dialog>`.
 */
export class LazyComponent<T> {
	/** The component once its chunk has arrived; null before that (and during SSR). */
	current = $state.raw<T | null>(null);
	#importer: () => Promise<{ default: T }>;
	#loading: Promise<T> | null = null;

	constructor(importer: () => Promise<{ default: T }>) {
		this.#importer = importer;
	}

	/** Starts the import once; a failed fetch (e.g. a redeploy) is retried on the next call. */
	load(): Promise<T> {
		this.#loading ??= this.#importer().then(
			(module) => (this.current = module.default),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}
}
