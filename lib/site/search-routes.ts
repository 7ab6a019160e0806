/** Search URLs: plain strings with no dependencies, so the browser's search island can build them. */
import type { Locale } from '../i18n/locales';

/** The search page for `q` in `locale` (/search?q=… or /zh/search?q=…). */
export function searchHref(q: string, locale: Locale = 'en'): string {
  return `${locale === 'zh' ? '/zh' : ''}/search?q=${encodeURIComponent(q)}`;
}

/** URL of the folder that holds the English search index files (manifest.json and the shards). */
export const SEARCH_INDEX_URL = '/search-index/';

/** Subfolder of the Chinese edition's index, inside the English index's folder (its own manifest and shards). */
export const ZH_INDEX_FOLDER = 'zh';

/** URL of the folder of the index of `locale`'s pages: /search-index/ or /search-index/zh/. */
export function searchIndexUrl(locale: Locale): string {
  return locale === 'zh' ? `${SEARCH_INDEX_URL}${ZH_INDEX_FOLDER}/` : SEARCH_INDEX_URL;
}

/**
 * Where the build writes the search index files (scripts/build-search-index.ts), with .br and .gz copies beside
 * each, the Chinese index in its zh/ subfolder: `next start` serves them from here (scripts/serve-index-files.mjs,
 * else app/search-index/[...path]/route.ts); a static export copies the folder to out/search-index/ as it is.
 */
export const SEARCH_INDEX_DIR = '.atlas/search-index';
