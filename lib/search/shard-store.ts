/**
 * Loads index files on demand and keeps them. The engine asks for a file synchronously: it gets the checked
 * contents when they are here, or undefined while the file is being fetched (the request is then pending, and
 * the engine's find() waits for it and searches again). A source that answers synchronously (files in memory,
 * on the server and in tests) makes every search complete at once.
 */
import { SearchIndexError } from './index-payload';

/** Reads one index file by path (relative to the index folder): its parsed JSON, at once or as a promise. */
export type ShardSource = (path: string) => unknown;

function isPromise(v: unknown): v is Promise<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

export class ShardStore {
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Paths fetched so far, in order (for the benchmark and tests). */
  readonly fetched: string[] = [];

  constructor(private readonly source: ShardSource) {}

  /**
   * The checked contents of `path` (`read` checks the parsed JSON and throws SearchIndexError), or undefined
   * while it is being fetched. A synchronous source is read and checked at once; its errors are thrown here.
   */
  get<T>(path: string, read: (raw: unknown) => T): T | undefined {
    if (this.loaded.has(path)) return this.loaded.get(path) as T;
    if (this.pending.has(path)) return undefined;
    this.fetched.push(path);
    const raw = this.source(path);
    if (!isPromise(raw)) {
      const value = read(raw);
      this.loaded.set(path, value);
      return value;
    }
    const p = raw.then((data) => {
      this.loaded.set(path, read(data));
    });
    // Settled or failed, the request is no longer pending; a failed file is asked for again by a later search.
    const tracked = p.finally(() => this.pending.delete(path));
    tracked.catch(() => undefined); // reported through settle(), not as an unhandled rejection
    this.pending.set(path, tracked);
    return undefined;
  }

  /** Records the checked contents of `path` as loaded (files that travelled inside another one). */
  seed(path: string, value: unknown): void {
    this.loaded.set(path, value);
  }

  /** True while some file is being fetched. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Waits for every pending file; rejects with the first failure (a SearchIndexError for a bad file). */
  async settle(): Promise<void> {
    const results = await Promise.allSettled([...this.pending.values()]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason instanceof Error ? failed.reason : new SearchIndexError(String(failed.reason));
  }
}
