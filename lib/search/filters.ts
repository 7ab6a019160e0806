/** Search filters as they travel in the URL (?kind=…&origin=…): parsed strictly, unknown values dropped. */
import { AREAS, KINDS, ORIGINS, TIMINGS, KIND_INFO } from '../content/kinds';
import { MAX_QUERY_LENGTH, type SearchFilters as EngineFilters } from './query';

/** The engine's filters, every facet present (empty = no constraint). */
export type SearchFilters = Required<EngineFilters>;

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
