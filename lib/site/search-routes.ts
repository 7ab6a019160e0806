/** Search URLs: plain strings with no dependencies, so the browser's search island can build them. */

export function searchHref(q: string): string {
  return `/search?q=${encodeURIComponent(q)}`;
}

export const SEARCH_INDEX_PATH = '/search-index.json';
