/**
 * The filters of /evidence as they travel in the URL (?level=A&level=B&type=predictive&entry=stk11-lkb1-loss&page=2):
 * parsed strictly (unknown values dropped, never an error), applied to the statements, and written back as links.
 * Client-safe: plain data and the vocabulary only.
 */
import {
  DIRECTIONS,
  EVIDENCE_LEVELS,
  STATEMENT_TYPES,
  TUMOUR_CONTEXTS,
  type Direction,
  type EvidenceLevel,
  type StatementType,
  type TumourContext,
} from '../content/vocabulary';
import { ID_PATTERN } from '../content/ids';

export const EVIDENCE_PATH = '/evidence';
/** Statements per page of /evidence: keeps every page within the page-weight budget. */
export const EVIDENCE_PAGE_SIZE = 40;

export interface EvidenceFilters {
  level: EvidenceLevel[];
  type: StatementType[];
  direction: Direction[];
  context: TumourContext[];
  /** An entry the statements must concern (held by it, or naming it in `concerns`). */
  entry: string | null;
  /** 1-based page number. */
  page: number;
}

/** The facets with several values, in the order the form shows them. */
export const EVIDENCE_FACETS = ['level', 'type', 'direction', 'context'] as const;

type Params = Record<string, string | string[] | undefined>;

function values(p: Params, key: string): string[] {
  const v = p[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(',')).slice(0, 20);
}

const pick = <T extends string>(list: readonly T[], raw: readonly string[]): T[] => list.filter((x) => raw.includes(x));

/** Reads the filters from URL search params; unknown values are dropped, a bad page number is page 1. */
export function parseEvidenceParams(p: Params): EvidenceFilters {
  const entry = values(p, 'entry')[0]?.trim() ?? '';
  const page = Number(values(p, 'page')[0] ?? '1');
  return {
    level: pick(EVIDENCE_LEVELS, values(p, 'level')),
    type: pick(STATEMENT_TYPES, values(p, 'type')),
    direction: pick(DIRECTIONS, values(p, 'direction')),
    context: pick(TUMOUR_CONTEXTS, values(p, 'context')),
    entry: entry.length <= 100 && ID_PATTERN.test(entry) ? entry : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The fields of a statement the filters read. */
export interface Filterable {
  level: EvidenceLevel;
  type: StatementType;
  direction: Direction;
  context: TumourContext;
  concerned: readonly string[];
}

/** True when `s` passes every facet (an empty facet lets everything through). */
export function matchesFilters(s: Filterable, f: Omit<EvidenceFilters, 'page'>): boolean {
  const ok = <T>(wanted: readonly T[], v: T) => wanted.length === 0 || wanted.includes(v);
  return (
    ok(f.level, s.level) &&
    ok(f.type, s.type) &&
    ok(f.direction, s.direction) &&
    ok(f.context, s.context) &&
    (f.entry === null || s.concerned.includes(f.entry))
  );
}

/** One page of `list`: the page number is clamped to the pages that exist (at least 1). */
export function paginate<T>(
  list: readonly T[],
  page: number,
  size: number = EVIDENCE_PAGE_SIZE,
): { items: T[]; page: number; pages: number; total: number } {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: list.slice((p - 1) * size, p * size), page: p, pages, total: list.length };
}

/** The URL of /evidence with these filters (empty facets and page 1 left out), plus an optional fragment. */
export function evidenceHref(f: Partial<EvidenceFilters>, hash?: string): string {
  const q = new URLSearchParams();
  for (const k of EVIDENCE_FACETS) for (const v of f[k] ?? []) q.append(k, v);
  if (f.entry) q.set('entry', f.entry);
  if (f.page && f.page > 1) q.set('page', String(f.page));
  const s = q.toString();
  return `${EVIDENCE_PATH}${s ? `?${s}` : ''}${hash ? `#${hash}` : ''}`;
}
