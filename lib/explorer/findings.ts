/** The explorer's findings, gathered from the biomarker entries of a validated corpus. */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';

export interface ExplorerFinding {
  id: string;
  label: string;
  labelZh: string;
  /** Linked mechanism ids, as the biomarker entry lists them. */
  mechanisms: EntryId[];
  note: string | null;
  /** The biomarker entry the finding belongs to. */
  biomarker: EntryId;
}

/**
 * Every finding of every biomarker, in the order of `entries` (pass them in list order), then in authored order.
 * Mechanism ids that are not among `entries` are dropped (the content check already reports them).
 */
export function collectFindings(entries: readonly Entry[]): ExplorerFinding[] {
  const mechanisms = new Set<string>(entries.filter((e) => e.kind === 'mechanism').map((e) => e.id));
  return entries.flatMap((e) =>
    e.kind === 'biomarker'
      ? e.findings.map((f) => ({
          id: f.id,
          label: f.label,
          labelZh: f.labelZh,
          mechanisms: f.mechanisms.filter((m) => mechanisms.has(m)) as EntryId[],
          note: f.note ?? null,
          biomarker: e.id,
        }))
      : [],
  );
}
