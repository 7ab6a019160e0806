/** Search filters as they travel in the URL (?kind=…&origin=…): parsed strictly, unknown values dropped. */
import { AREAS, KINDS, ORIGINS, TIMINGS, KIND_INFO, type Area, type Kind, type Origin, type Timing } from '../content/kinds';

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
  const q = (values(p, 'q')[0] ?? '').slice(0, 200);
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

/** The URL of a search with these filters (stable order, empty filters omitted). */
export function searchUrl(q: string, f: SearchFilters): string {
  const sp = new URLSearchParams();
  if (q) sp.set('q', q);
  for (const k of f.kind) sp.append('kind', k);
  for (const k of f.origin) sp.append('origin', k);
  for (const k of f.timing) sp.append('timing', k);
  for (const k of f.area) sp.append('area', k);
  const s = sp.toString();
  return s ? `/search?${s}` : '/search';
}
