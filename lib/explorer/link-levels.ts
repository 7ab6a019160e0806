/** The evidence level behind each explorer link, from the corpus's graded statements (computed on the server). */
import type { EvidenceLevel } from '../content/vocabulary';
import { bestLevel } from '../evidence/statements';

/**
 * For each finding, the best level among the statements that concern both the finding's biomarker and a linked
 * mechanism, by mechanism id; links with no such statement are left out (ungraded).
 */
export function linkLevels(
  findings: readonly { id: string; biomarker: string; mechanisms: readonly string[] }[],
  statements: readonly { level: EvidenceLevel; concerned: readonly string[] }[],
): Record<string, Record<string, EvidenceLevel>> {
  return Object.fromEntries(
    findings.map((f) => {
      const about = statements.filter((s) => s.concerned.includes(f.biomarker));
      const levels = f.mechanisms.flatMap((m) => {
        const level = bestLevel(about.filter((s) => s.concerned.includes(m)));
        return level ? [[m, level] as const] : [];
      });
      return [f.id, Object.fromEntries(levels)];
    }),
  );
}
