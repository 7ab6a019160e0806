/**
 * The search page's URL (?q=…&kind=…&origin=…) read into a query and filters. Client-safe: the kinds come in as a
 * list (name and folder), so the browser's search page can parse its own URL without the kind registry.
 */
import { AREAS, ORIGINS, TIMINGS } from '../content/vocabulary';
import type { SearchFilters } from './filters';
import { MAX_QUERY_LENGTH } from './query-input';

export type UrlParams = Record<string, string | string[] | undefined>;

/** A kind as the URL may name it: by its name (`mechanism`) or its folder (`mechanisms`). */
export interface UrlKind {
  name: string;
  dir: string;
}

/** At most this many values per facet are read; the rest of a crafted URL is ignored. */
const MAX_VALUES = 20;

function values(p: UrlParams, key: string): string[] {
  const v = p[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(',')).slice(0, MAX_VALUES);
}

function pick<T extends string>(list: readonly T[], raw: string[]): T[] {
  return list.filter((x) => raw.includes(x));
}

/**
 * Reads q and the filters. The query is the first `q`, whole (commas included), cut to the engine's limit; facet
 * values may repeat the key or be comma-separated; unknown values are dropped; kinds come back by name, in `kinds` order.
 */
export function parseSearchUrl(p: UrlParams, kinds: readonly UrlKind[]): { q: string; filters: SearchFilters } {
  const rawQ = p.q;
  const q = ((Array.isArray(rawQ) ? rawQ[0] : rawQ) ?? '').slice(0, MAX_QUERY_LENGTH);
  const kindRaw = values(p, 'kind');
  return {
    q,
    filters: {
      kind: kinds.filter((k) => kindRaw.includes(k.name) || kindRaw.includes(k.dir)).map((k) => k.name),
      origin: pick(ORIGINS, values(p, 'origin')),
      timing: pick(TIMINGS, values(p, 'timing')),
      area: pick(AREAS, values(p, 'area')),
    },
  };
}

/** URLSearchParams (a browser's `location.search`) as the record parseSearchUrl reads; repeated keys become lists. */
export function paramsFromSearch(search: string): UrlParams {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) (out[k] ??= []).push(v);
  return out;
}
