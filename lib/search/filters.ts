/**
 * Search filters (kind, origin, timing, area) as the engine takes them, and as a predicate over documents. Runs in
 * the browser, so it knows kinds only as names: the server checks them against the registry when it parses the
 * URL (./search-params.ts).
 */
import { AREAS, ORIGINS, TIMINGS, type Area, type Origin, type Timing } from '../content/vocabulary';
import type { StoredDoc } from './documents';

/** The engine's filters: within one facet any listed value matches; across facets all must. Absent or empty: no filter. */
export interface EngineFilters {
  kind?: string[];
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
export function documentFilter(
  filters: EngineFilters | undefined,
): (doc: Pick<StoredDoc, 'kind' | 'origin' | 'timing' | 'area'>) => boolean {
  const kinds = facet(filters?.kind, Array.isArray(filters?.kind) ? filters.kind : []);
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
