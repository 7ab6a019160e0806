import { loadSearchIndex, type SearchEngine } from '@/lib/search/query';
import { fetchIndexPayload } from './fetch-index';

let engine: Promise<SearchEngine> | null = null;

/** The search engine over the static index, loaded once per page; a failure is reported and retried on next call. */
export function getEngine(): Promise<SearchEngine> {
  engine ??= fetchIndexPayload()
    .then((data) => loadSearchIndex(data))
    .catch((err: unknown) => {
      engine = null;
      throw err instanceof Error ? err : new Error(String(err));
    });
  return engine;
}
