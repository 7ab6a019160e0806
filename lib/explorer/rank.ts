/**
 * Ranks resistance mechanisms for a set of selected explorer findings. Pure and deterministic: the same findings,
 * selection and mechanism order always give the same list, whatever order the selection was made in.
 * Client-safe: the vocabulary is its only import.
 */
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../content/vocabulary';

/** A finding and the mechanism ids it is linked to (from a biomarker entry's `findings`). */
export interface FindingLinks {
  readonly id: string;
  readonly mechanisms: readonly string[];
  /**
   * The best evidence level behind each link, by mechanism id: the best level among the graded statements that
   * concern both the mechanism and the finding's biomarker (see linkLevels). A link without one is ungraded.
   */
  readonly levels?: Readonly<Record<string, EvidenceLevel>>;
}

export interface RankedMechanism {
  id: string;
  /** How many selected findings link to this mechanism. */
  count: number;
  /** Those findings' ids, in the order of `findings`. */
  findings: string[];
  /** The best evidence level among those links; null when none is graded. */
  level: EvidenceLevel | null;
}

const levelRank = (l: EvidenceLevel | null) => (l === null ? EVIDENCE_LEVELS.length : EVIDENCE_LEVELS.indexOf(l));

/**
 * Every mechanism linked to at least one selected finding, most-supported first: by the number of selected findings
 * that link to it, then by the best evidence level behind those links (A first; ungraded links last), then by how
 * early the findings name it (each finding lists its most direct mechanism first: the lower sum of positions wins),
 * then by `mechanismOrder` (the atlas's reading order); mechanisms missing from it come last, by id. Unknown or
 * repeated selected ids are ignored.
 *
 * @param findings all findings, in display order
 * @param selected the selected finding ids, in any order
 * @param mechanismOrder mechanism ids in the atlas's list order
 */
export function rankMechanisms(
  findings: readonly FindingLinks[],
  selected: Iterable<string>,
  mechanismOrder: readonly string[],
): RankedMechanism[] {
  const chosen = new Set(selected);
  const byMechanism = new Map<string, { findings: string[]; directness: number; level: EvidenceLevel | null }>();
  for (const f of findings) {
    if (!chosen.has(f.id)) continue;
    [...new Set(f.mechanisms)].forEach((m, i) => {
      const cur = byMechanism.get(m) ?? { findings: [], directness: 0, level: null };
      if (cur.findings.includes(f.id)) return;
      const linkLevel = f.levels?.[m] ?? null;
      const level = levelRank(linkLevel) < levelRank(cur.level) ? linkLevel : cur.level;
      byMechanism.set(m, { findings: [...cur.findings, f.id], directness: cur.directness + i, level });
    });
  }
  const position = new Map(mechanismOrder.map((id, i) => [id, i]));
  const pos = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...byMechanism]
    .sort(
      ([a, x], [b, y]) =>
        y.findings.length - x.findings.length ||
        levelRank(x.level) - levelRank(y.level) ||
        x.directness - y.directness ||
        pos(a) - pos(b) ||
        (a < b ? -1 : a > b ? 1 : 0),
    )
    .map(([id, x]) => ({ id, count: x.findings.length, findings: x.findings, level: x.level }));
}
