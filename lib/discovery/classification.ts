/**
 * The classification matrix: every mechanism placed by timing (rows) and origin (columns), and grouped by the
 * area of the source review inside each cell. Pure: takes entries, returns data for the page.
 */
import type { Entry } from '../content/build-corpus';
import { AREAS, ORIGINS, TIMINGS, type Area, type Origin, type Timing } from '../content/kinds';

export type MechanismEntry = Extract<Entry, { kind: 'mechanism' }>;

export interface AreaGroup {
  area: Area;
  /** Mechanisms of this area in the cell, in input order. */
  entries: MechanismEntry[];
}

export interface ClassificationCell {
  timing: Timing;
  origin: Origin;
  /** Area groups in the order of the source review; only areas with at least one mechanism. */
  groups: AreaGroup[];
  /** Number of mechanisms in the cell. */
  count: number;
}

export interface ClassificationRow {
  timing: Timing;
  /** One cell per origin, in ORIGINS order. */
  cells: ClassificationCell[];
  count: number;
}

export interface ClassificationMatrix {
  rows: ClassificationRow[];
  /** Mechanisms per origin (column totals), in ORIGINS order. */
  originCounts: Record<Origin, number>;
  /** Every mechanism placed, so a page can say "n mechanisms". */
  total: number;
}

/**
 * Builds the timing × origin matrix from `entries` (non-mechanisms are ignored). Every timing and origin gets a
 * row and a column even when empty, so an empty cell is visible rather than missing. Within a cell, mechanisms
 * keep the input order (pass the site's list order) and are grouped by area in AREAS order.
 */
export function classificationMatrix(entries: readonly Entry[]): ClassificationMatrix {
  const mechanisms = entries.filter((e): e is MechanismEntry => e.kind === 'mechanism');
  const originCounts = Object.fromEntries(ORIGINS.map((o) => [o, 0])) as Record<Origin, number>;
  const rows = TIMINGS.map((timing): ClassificationRow => {
    const cells = ORIGINS.map((origin): ClassificationCell => {
      const inCell = mechanisms.filter((m) => m.timing === timing && m.origin === origin);
      const groups = AREAS.map((area) => ({ area, entries: inCell.filter((m) => m.area === area) })).filter((g) => g.entries.length);
      originCounts[origin] += inCell.length;
      return { timing, origin, groups, count: inCell.length };
    });
    return { timing, cells, count: cells.reduce((n, c) => n + c.count, 0) };
  });
  return { rows, originCounts, total: mechanisms.length };
}
