/**
 * Which outcome record is the current one. Records of the same endpoint, population and comparison form a group;
 * within a group the most recent analysis comes first: an updated analysis is newer than the final one, the
 * final than the primary, the primary than an interim one, and within one kind of analysis the later data
 * cut-off is newer (authored order breaks ties). Pure: takes outcome records, returns them ordered and marked.
 */
import { ANALYSES, type OutcomeData } from '../content/kinds/trial';

type Orderable = Pick<OutcomeData, 'endpoint' | 'population' | 'arm' | 'versus' | 'analysis' | 'dataCutoff'>;

export interface OrderedOutcome<O> {
  outcome: O;
  /** Position in the authored list. */
  index: number;
  /** True for the records of the group's most recent analysis (an HR and a median of it are both current). */
  latest: boolean;
}

/** The group an outcome belongs to: same endpoint, population and comparison. */
export function outcomeGroup(o: Orderable): string {
  return [o.endpoint, o.population ?? '', o.arm, o.versus ?? ''].join('\u0000');
}

/** Compares two analyses: negative when `a` is more recent than `b`. */
export function byRecency(a: Pick<Orderable, 'analysis' | 'dataCutoff'>, b: Pick<Orderable, 'analysis' | 'dataCutoff'>): number {
  const rank = ANALYSES.indexOf(b.analysis) - ANALYSES.indexOf(a.analysis);
  return rank || (b.dataCutoff ?? '').localeCompare(a.dataCutoff ?? '');
}

/**
 * The outcome records grouped (groups in order of first appearance), each group most recent analysis first,
 * with the current records marked `latest`.
 */
export function orderOutcomes<O extends Orderable>(outcomes: readonly O[]): OrderedOutcome<O>[] {
  const groups = new Map<string, OrderedOutcome<O>[]>();
  outcomes.forEach((outcome, index) => {
    const key = outcomeGroup(outcome);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ outcome, index, latest: false });
  });
  return [...groups.values()].flatMap((g) => {
    const sorted = [...g].sort((a, b) => byRecency(a.outcome, b.outcome) || a.index - b.index);
    return sorted.map((x) => ({ ...x, latest: byRecency(x.outcome, sorted[0].outcome) === 0 }));
  });
}

/** Only the current records, in the order of `orderOutcomes`. */
export function latestOutcomes<O extends Orderable>(outcomes: readonly O[]): O[] {
  return orderOutcomes(outcomes)
    .filter((x) => x.latest)
    .map((x) => x.outcome);
}
