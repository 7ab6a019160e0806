/** Search URLs: plain strings with no dependencies, so the browser's search island can build them. */

export function searchHref(q: string): string {
  return `/search?q=${encodeURIComponent(q)}`;
}

/** URL of the folder that holds the search index files (manifest.json and the shards). */
export const SEARCH_INDEX_URL = '/search-index/';

/**
 * Where the build writes the search index files (scripts/build-search-index.ts), with .br and .gz copies beside
 * each: `next start` serves them from here (app/search-index/[...path]/route.ts); a static export copies the
 * folder to out/search-index/ as it is.
 */
export const SEARCH_INDEX_DIR = '.atlas/search-index';
