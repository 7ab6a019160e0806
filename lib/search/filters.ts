/**
 * Search filters (kind, origin, timing, area): as the engine takes them, as a predicate over documents, and as
 * they travel in the URL (?kind=…&origin=…), parsed strictly with unknown values dropped.
 */
import { AREAS, KINDS, ORIGINS, TIMINGS, KIND_INFO, type Area, type Kind, type Origin, type Timing } from '../content/kinds';
import type { StoredDoc } from './documents';
import { MAX_QUERY_LENGTH } from './query-input';

/** The engine's filters: within one facet any listed value matches; across facets all must. Absent or empty: no filter. */
export interface EngineFilters {
  kind?: Kind[];
  origin?: Origin[];
  timing?: Timing[];
  area?: Area[];
}

/** The filters of a search page, every facet present (empty = no constraint). */
export type SearchFilters = Required<EngineFilters>;

/** A facet filter as a set, or null when absent/empty; unknown values are dropped. */
function facet<T extends string>(values: unknown, allowed: readonly T[]): Set<T> | null {
  if (!Array.isArray(values)) return null;
  const set = new Set<T>(allowed.filter((a) => values.includes(a)));
  return values.length === 0 ? null : set;
}

/**
 * A predicate that keeps the documents `filters` allow. Values outside the known facets are ignored; a facet
 * listing only unknown values allows nothing. A document without a classification facet (a concept has no
 * origin) fails a filter on that facet.
 */
export function documentFilter(filters: EngineFilters | undefined): (doc: Pick<StoredDoc, 'kind' | 'origin' | 'timing' | 'area'>) => boolean {
  const kinds = facet(filters?.kind, KINDS);
  const origins = facet(filters?.origin, ORIGINS);
  const timings = facet(filters?.timing, TIMINGS);
  const areas = facet(filters?.area, AREAS);
  if (!kinds && !origins && !timings && !areas) return () => true;
  return (d) =>
    (!kinds || kinds.has(d.kind)) &&
    (!origins || (d.origin !== undefined && origins.has(d.origin))) &&
    (!timings || (d.timing !== undefined && timings.has(d.timing))) &&
    (!areas || (d.area !== undefined && areas.has(d.area)));
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
