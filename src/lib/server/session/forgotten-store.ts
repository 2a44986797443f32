/**
 * Sessions the user ended with "Forget key", refused if the cookie is replayed until it would have
 * expired anyway. Sessions are otherwise stateless, so this list is the one thing that must outlive
 * a restart and reach every instance:
 * - one instance: a line file in DATA_DIR (no extra service), read at start, appended to on forget;
 * - several instances: Redis or Valkey (REDIS_URL), keys that expire with the session they name.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';

export interface ForgottenStore {
	/** Remembers a session id as forgotten until `expiresAt` (epoch seconds). */
	forget(id: string, expiresAt: number): Promise<void>;
	isForgotten(id: string): Promise<boolean>;
	close(): Promise<void>;
}

/** The shared store did not answer: the app cannot tell whether a session was forgotten. */
export class ForgottenStoreError extends Error {}

const nowS = () => Date.now() / 1000;

/** Entries known to this process, dropped once expired; the file or Redis is the record. */
class ExpiringSet {
	readonly #until = new Map<string, number>();
	add(id: string, expiresAt: number): void {
		if (expiresAt > nowS()) this.#until.set(id, expiresAt);
	}
	has(id: string): boolean {
		const until = this.#until.get(id);
		if (until === undefined) return false;
		if (until > nowS()) return true;
		this.#until.delete(id);
		return false;
	}
	entries(): [string, number][] {
		return [...this.#until].filter(([, until]) => until > nowS());
	}
}

export const FORGOTTEN_FILE = 'forgotten-sessions.jsonl';

/**
 * One JSON line per forgotten session. Appends are small single writes; the file is rewritten
 * without expired lines when the app starts, so it stays as long as the list of live sessions.
 */
export class FileForgottenStore implements ForgottenStore {
	readonly #set = new ExpiringSet();
	readonly #path: string;

	constructor(dataDir: string) {
		mkdirSync(dataDir, { recursive: true });
		this.#path = join(dataDir, FORGOTTEN_FILE);
		let text = '';
		try {
			text = readFileSync(this.#path, 'utf8');
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
		}
		for (const line of text.split('\n')) {
			try {
				const entry = JSON.parse(line) as { id?: unknown; exp?: unknown };
				if (typeof entry.id === 'string' && typeof entry.exp === 'number') {
					this.#set.add(entry.id, entry.exp);
				}
			} catch {
				// A line cut short by a crash mid-write: the rest of the file still counts.
			}
		}
		writeFileSync(this.#path, this.#lines(this.#set.entries()), { mode: 0o600 });
	}

	#lines(entries: [string, number][]): string {
		return entries.map(([id, exp]) => `${JSON.stringify({ id, exp })}\n`).join('');
	}

	async forget(id: string, expiresAt: number): Promise<void> {
		this.#set.add(id, expiresAt);
		appendFileSync(this.#path, this.#lines([[id, expiresAt]]), { mode: 0o600 });
	}

	async isForgotten(id: string): Promise<boolean> {
		return this.#set.has(id);
	}

	async close(): Promise<void> {}
}

const REDIS_PREFIX = 'asset-inspector:forgotten:';
const REDIS_WAIT_MS = 2000;

/**
 * Shared by every instance. A forgotten id found once is remembered locally (it can only become
 * un-forgotten by expiring); a live one is asked about on each request, so a forget on another
 * instance counts at once.
 */
export class RedisForgottenStore implements ForgottenStore {
	readonly #known = new ExpiringSet();
	readonly #client: ReturnType<typeof createClient>;
	#ready: Promise<unknown> | null = null;

	constructor(url: string) {
		this.#client = createClient({
			url,
			// Fail at once while disconnected instead of queueing: a request must not hang on Redis.
			disableOfflineQueue: true,
			socket: {
				connectTimeout: 2000,
				reconnectStrategy: (retries) => Math.min(retries * 200, 2000)
			}
		});
		// Errors surface on the commands; the client reconnects by itself.
		this.#client.on('error', () => {});
	}

	/** The client once connected; a first connection that cannot be made in time fails the request. */
	async #connected() {
		this.#ready ??= this.#client.connect();
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error('no connection within 2 s')), REDIS_WAIT_MS);
		});
		try {
			await Promise.race([this.#ready, late]);
		} finally {
			clearTimeout(timer);
		}
		return this.#client;
	}

	async forget(id: string, expiresAt: number): Promise<void> {
		this.#known.add(id, expiresAt);
		if (expiresAt <= nowS()) return;
		try {
			const client = await this.#connected();
			await client.set(REDIS_PREFIX + id, '1', {
				expiration: { type: 'EXAT', value: Math.ceil(expiresAt) }
			});
		} catch (err) {
			throw new ForgottenStoreError(`Redis did not record the forgotten session (${String(err)})`);
		}
	}

	async isForgotten(id: string): Promise<boolean> {
		if (this.#known.has(id)) return true;
		let found: number;
		try {
			const client = await this.#connected();
			found = await client.exists(REDIS_PREFIX + id);
		} catch (err) {
			throw new ForgottenStoreError(`Redis did not answer (${String(err)})`);
		}
		return found > 0;
	}

	async close(): Promise<void> {
		if (this.#client.isOpen) await this.#client.close().catch(() => {});
		else this.#client.destroy();
	}
}

export function createForgottenStore(options: {
	redisUrl: string | null;
	dataDir: string;
}): ForgottenStore {
	return options.redisUrl
		? new RedisForgottenStore(options.redisUrl)
		: new FileForgottenStore(options.dataDir);
}
