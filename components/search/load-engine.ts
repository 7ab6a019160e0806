import type { Locale } from '@/lib/i18n/locales';
import { MANIFEST_FILE } from '@/lib/search/index-payload';
import { openSearchIndex, type SearchEngine } from '@/lib/search/query';
import { fetchIndexFile, fetchManifest } from './fetch-index';

const engines: Partial<Record<Locale, Promise<SearchEngine>>> = {};

/**
 * The search engine over `locale`'s static index (the Chinese edition searches its own: /zh pages, Chinese text),
 * opened once per page: only the manifest is fetched here; each query fetches the few shards it needs
 * (engine.find). A failure is reported and retried on the next call.
 */
export function getEngine(locale: Locale = 'en'): Promise<SearchEngine> {
  return (engines[locale] ??= openSearchIndex((path) =>
    path === MANIFEST_FILE ? fetchManifest(locale) : fetchIndexFile(path, locale),
  ).catch((err: unknown) => {
    delete engines[locale];
    throw err instanceof Error ? err : new Error(String(err));
  }));
}
