/**
 * Graded evidence statements across the corpus: gathered from every entry's `evidence` block, looked up by the
 * entries they concern, ordered strongest first and grouped by level and direction. Pure: takes entries, returns data.
 */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';
import type { Kind } from '../content/kinds';
import type { StatementData } from '../content/kinds/evidence';
import { DIRECTIONS, EVIDENCE_LEVELS, TUMOUR_CONTEXTS, type Direction, type EvidenceLevel } from '../content/vocabulary';

/** A statement with the entry that holds it. */
export interface StatementRecord extends StatementData {
  /** The entry whose `evidence` block holds the statement. */
  entry: EntryId;
  entryKind: Kind;
  entryTitle: string;
  /** Every entry the statement concerns: the holder first, then its `concerns`, without repeats. */
  concerned: EntryId[];
}

/** Every statement of `entries`, in the entries' order, then in authored order. */
export function collectStatements(entries: readonly Entry[]): StatementRecord[] {
  return entries.flatMap((e) =>
    e.evidence.map((st) => ({
      ...st,
      entry: e.id,
      entryKind: e.kind,
      entryTitle: e.title,
      concerned: [...new Set([e.id, ...st.concerns])] as EntryId[],
    })),
  );
}

/** The statements that concern entry `id` (held by it or naming it in `concerns`). */
export function statementsConcerning(all: readonly StatementRecord[], id: string): StatementRecord[] {
  return all.filter((s) => s.concerned.includes(id as EntryId));
}

const rank = <T>(list: readonly T[], v: T) => list.indexOf(v);

/**
 * Strongest first: by level (A first), then supporting before not supporting, then NSCLC before other cancers
 * before preclinical, then more sources first, then by id (so the order never depends on file order).
 */
export function compareStatements(a: StatementData, b: StatementData): number {
  return (
    rank(EVIDENCE_LEVELS, a.level) - rank(EVIDENCE_LEVELS, b.level) ||
    rank(DIRECTIONS, a.direction) - rank(DIRECTIONS, b.direction) ||
    rank(TUMOUR_CONTEXTS, a.context) - rank(TUMOUR_CONTEXTS, b.context) ||
    b.sources.length - a.sources.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface StatementGroup<S extends StatementData = StatementRecord> {
  level: EvidenceLevel;
  direction: Direction;
  statements: S[];
}

/** Non-empty groups by level (A first), then direction (supports first), each sorted strongest first. */
export function groupStatements<S extends StatementData>(list: readonly S[]): StatementGroup<S>[] {
  const sorted = [...list].sort(compareStatements);
  return EVIDENCE_LEVELS.flatMap((level) =>
    DIRECTIONS.map((direction) => ({ level, direction, statements: sorted.filter((s) => s.level === level && s.direction === direction) })),
  ).filter((g) => g.statements.length > 0);
}

/** The best (lowest-letter) level among `list`; null for an empty list. */
export function bestLevel(list: readonly Pick<StatementData, 'level'>[]): EvidenceLevel | null {
  return EVIDENCE_LEVELS.find((l) => list.some((s) => s.level === l)) ?? null;
}
