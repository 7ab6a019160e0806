import { SEARCH_INDEX_PATH } from '@/lib/site/search-routes';

let payload: Promise<unknown> | null = null;

/**
 * Fetches the search index JSON once per page. Kept apart from the engine (and flexsearch) so the always-loaded
 * launcher can start the download the moment search opens, while the dialog code is still arriving.
 */
export function fetchIndexPayload(): Promise<unknown> {
  payload ??= fetch(SEARCH_INDEX_PATH, { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`the index file answered HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .catch((err: unknown) => {
      payload = null;
      throw err instanceof Error ? err : new Error(String(err));
    });
  return payload;
}
