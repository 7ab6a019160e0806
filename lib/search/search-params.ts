/** Search filters as they travel in the URL (?kind=…&origin=…): parsed strictly against the registry, unknown values dropped. */
import { AREAS, KIND_INFO, KINDS, ORIGINS, TIMINGS, type Area, type Kind, type Origin, type Timing } from '../content/kinds';
import { MAX_QUERY_LENGTH } from './query-input';

/** The filters of a search page, every facet present (empty = no constraint), with kinds checked against the registry. */
export interface SearchFilters {
  kind: Kind[];
  origin: Origin[];
  timing: Timing[];
  area: Area[];
}

type Params = Record<string, string | string[] | undefined>;

function values(p: Params, key: string): string[] {
  const v = p[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(',')).slice(0, 20);
}

function pick<T extends string>(list: readonly T[], raw: string[]): T[] {
  return list.filter((x) => raw.includes(x));
}

/** Reads q and the filters from URL search params; kinds are accepted by id or by folder name. */
export function parseSearchParams(p: Params): { q: string; filters: SearchFilters } {
  const q = (values(p, 'q')[0] ?? '').slice(0, MAX_QUERY_LENGTH);
  const kindRaw = values(p, 'kind').map((k) => KINDS.find((x) => x === k || KIND_INFO[x].dir === k) ?? '');
  return {
    q,
    filters: {
      kind: pick(KINDS, kindRaw),
      origin: pick(ORIGINS, values(p, 'origin')),
      timing: pick(TIMINGS, values(p, 'timing')),
      area: pick(AREAS, values(p, 'area')),
    },
  };
}
