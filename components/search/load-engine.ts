import { MANIFEST_FILE } from '@/lib/search/index-payload';
import { openSearchIndex, type SearchEngine } from '@/lib/search/query';
import { fetchIndexFile, fetchManifest } from './fetch-index';

let engine: Promise<SearchEngine> | null = null;

/**
 * The search engine over the static index, opened once per page: only the manifest is fetched here; each query
 * fetches the few shards it needs (engine.find). A failure is reported and retried on the next call.
 */
export function getEngine(): Promise<SearchEngine> {
  engine ??= openSearchIndex((path) => (path === MANIFEST_FILE ? fetchManifest() : fetchIndexFile(path))).catch((err: unknown) => {
    engine = null;
    throw err instanceof Error ? err : new Error(String(err));
  });
  return engine;
}
