import type { Locale } from '@/lib/i18n/locales';
import { MANIFEST_FILE, SearchIndexError } from '@/lib/search/index-payload';
import { searchIndexUrl } from '@/lib/site/search-routes';

/**
 * One file of `locale`'s search index, parsed. A missing file or one that is not JSON is a SearchIndexError
 * naming it.
 */
export async function fetchIndexFile(path: string, locale: Locale = 'en'): Promise<unknown> {
  const res = await fetch(searchIndexUrl(locale) + path, { credentials: 'same-origin' });
  if (!res.ok) throw new SearchIndexError(`the index file ${path} answered HTTP ${res.status}`);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new SearchIndexError(`the index file ${path} is not valid JSON`);
  }
}

const manifests: Partial<Record<Locale, Promise<unknown>>> = {};

/**
 * Fetches the manifest of `locale`'s index once per page. Kept apart from the engine so the always-loaded
 * launcher can start the download the moment search opens, while the dialog code is still arriving. A failure is
 * retried next time.
 */
export function fetchManifest(locale: Locale = 'en'): Promise<unknown> {
  return (manifests[locale] ??= fetchIndexFile(MANIFEST_FILE, locale).catch((err: unknown) => {
    delete manifests[locale];
    throw err instanceof Error ? err : new Error(String(err));
  }));
}
