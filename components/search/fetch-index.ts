import { MANIFEST_FILE, SearchIndexError } from '@/lib/search/index-payload';
import { SEARCH_INDEX_URL } from '@/lib/site/search-routes';

/** One search index file, parsed. A missing file or one that is not JSON is a SearchIndexError naming it. */
export async function fetchIndexFile(path: string): Promise<unknown> {
  const res = await fetch(SEARCH_INDEX_URL + path, { credentials: 'same-origin' });
  if (!res.ok) throw new SearchIndexError(`the index file ${path} answered HTTP ${res.status}`);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new SearchIndexError(`the index file ${path} is not valid JSON`);
  }
}

let manifest: Promise<unknown> | null = null;

/**
 * Fetches the index manifest once per page. Kept apart from the engine so the always-loaded launcher can start
 * the download the moment search opens, while the dialog code is still arriving. A failure is retried next time.
 */
export function fetchManifest(): Promise<unknown> {
  manifest ??= fetchIndexFile(MANIFEST_FILE).catch((err: unknown) => {
    manifest = null;
    throw err instanceof Error ? err : new Error(String(err));
  });
  return manifest;
}
