/**
 * The strategy × mechanism matrix. A link between a strategy and a mechanism is declared on either side
 * (strategy.targets, mechanism.strategies); the matrix merges both and records which side declared it, so a
 * one-sided link stays visible as such instead of being silently completed.
 */
import type { Entry } from '../content/build-corpus';
import { shownStage } from '../content/kinds/strategy';
import { buildGraph, type RelationFact } from '../graph/build-graph';
import { AREAS, type Area, type Stage } from '../content/kinds';
import type { MechanismEntry } from './classification';

export type StrategyEntry = Extract<Entry, { kind: 'strategy' }>;

/** Who declares the link: both entries, only the strategy (targets) or only the mechanism (strategies). */
export type LinkSource = 'both' | 'strategy' | 'mechanism';

export interface MatrixColumnGroup {
  area: Area;
  mechanisms: MechanismEntry[];
}

export interface MatrixRow {
  strategy: StrategyEntry;
  /** The derived stage (null when no trial or drug backs the strategy and none is stated). */
  stage: Stage | null;
  /** How the stage reads ("Phase 3 (negative)"). */
  stageLabel: string;
  /** The same in Chinese ("III 期（阴性结果）"). */
  stageLabelZh: string;
  tumourContext: string;
  /** One cell per column (same order as `columns`): the link's source, or null when there is no link. */
  cells: (LinkSource | null)[];
  /** Number of mechanisms this strategy is linked to. */
  count: number;
}

export interface StrategyMatrix {
  /** Columns grouped by area (AREAS order); mechanisms keep input order inside a group. */
  groups: MatrixColumnGroup[];
  /** The same mechanisms flattened: the column order of every row's `cells`. */
  columns: MechanismEntry[];
  rows: MatrixRow[];
}

/**
 * Builds the matrix from `entries`. Rows: every strategy, in input order. Columns: every mechanism linked to at
 * least one strategy from either side. Links to ids that are not in `entries` are ignored. `facts` are the graph's
 * merged relation facts (the one place where `strategy.targets` and `mechanism.strategies` become one fact).
 */
export function strategyMatrix(entries: readonly Entry[], facts: readonly RelationFact[] = buildGraph(entries).facts): StrategyMatrix {
  const strategies = entries.filter((e): e is StrategyEntry => e.kind === 'strategy');
  const mechanisms = entries.filter((e): e is MechanismEntry => e.kind === 'mechanism');
  const strategyIds = new Set<string>(strategies.map((s) => s.id));

  const sources = new Map<string, LinkSource>();
  const key = (s: string, m: string) => `${s}\u0000${m}`;
  const mechanismIds = new Set<string>(mechanisms.map((m) => m.id));
  for (const f of facts) {
    if (f.relation.key !== 'mechanism.strategies' || !mechanismIds.has(f.source) || !strategyIds.has(f.target)) continue;
    sources.set(key(f.target, f.source), f.declaredBy === 'both' ? 'both' : f.declaredBy === 'source' ? 'mechanism' : 'strategy');
  }

  const linked = new Set<string>([...sources.keys()].map((k) => k.split('\u0000')[1]));
  const groups = AREAS.map((area) => ({ area, mechanisms: mechanisms.filter((m) => m.area === area && linked.has(m.id)) })).filter(
    (g) => g.mechanisms.length,
  );
  const columns = groups.flatMap((g) => g.mechanisms);

  const rows = strategies.map((strategy): MatrixRow => {
    const cells = columns.map((m): LinkSource | null => {
      return sources.get(key(strategy.id, m.id)) ?? null;
    });
    const shown = shownStage(strategy, strategy.derived);
    return {
      strategy,
      stage: shown?.stage ?? null,
      stageLabel: shown?.label ?? 'Not recorded',
      stageLabelZh: shown?.labelZh ?? '未记录',
      tumourContext: strategy.tumourContext,
      cells,
      count: cells.filter((c) => c !== null).length,
    };
  });
  return { groups, columns, rows };
}

/**
 * Above this many mechanism columns the grid stops being readable (and its size grows as strategies × mechanisms:
 * 1,000 × 1,000 cells would be a million), so the page lists each strategy's mechanisms instead, which grows
 * with the number of links only.
 */
export const MAX_GRID_COLUMNS = 60;

export function matrixLayout(matrix: StrategyMatrix): 'grid' | 'list' {
  return matrix.columns.length <= MAX_GRID_COLUMNS ? 'grid' : 'list';
}
