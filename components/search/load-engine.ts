import { loadSearchIndex, type SearchEngine } from '@/lib/search/query';
import { SEARCH_INDEX_PATH } from '@/lib/site/routes';

let engine: Promise<SearchEngine> | null = null;

/** Fetches and loads the static search index once per page; a failure is reported and retried on next call. */
export function getEngine(): Promise<SearchEngine> {
  engine ??= fetch(SEARCH_INDEX_PATH, { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`the index file answered HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then((data) => loadSearchIndex(data))
    .catch((err: unknown) => {
      engine = null;
      throw err instanceof Error ? err : new Error(String(err));
    });
  return engine;
}
