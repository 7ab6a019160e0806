/** Search filters as they travel in the URL (?kind=…&origin=…): parsed strictly against the registry, unknown values dropped. */
import { KIND_INFO, KINDS, type Kind } from '../content/kinds';
import type { SearchFilters as EngineSearchFilters } from './filters';
import { parseSearchUrl, type UrlParams } from './url-query';

/** The filters of a search page, every facet present (empty = no constraint), with kinds checked against the registry. */
export type SearchFilters = Omit<EngineSearchFilters, 'kind'> & { kind: Kind[] };

/** Every kind as the URL may name it (by id or by folder), for the client-safe parser. */
export const URL_KINDS = KINDS.map((k) => ({ name: k, dir: KIND_INFO[k].dir }));

/** Reads q and the filters from URL search params; kinds are accepted by id or by folder name. */
export function parseSearchParams(p: UrlParams): { q: string; filters: SearchFilters } {
  const { q, filters } = parseSearchUrl(p, URL_KINDS);
  return { q, filters: { ...filters, kind: filters.kind as Kind[] } };
}
