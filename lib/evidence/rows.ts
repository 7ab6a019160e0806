/**
 * Statements as plain rows for the browser (the static copy's /evidence island): every label and link already
 * resolved on the server, so the island needs no registry and no bibliography.
 */
import type { Reference } from '../content/references';
import type { Direction, EvidenceLevel, StatementType, TumourContext } from '../content/vocabulary';
import { entryHref } from '../site/routes';
import { sourceIds, sourceLabel } from './sources';
import type { StatementRecord } from './statements';

export interface EvidenceRow {
  id: string;
  claim: string;
  level: EvidenceLevel;
  type: StatementType;
  direction: Direction;
  context: TumourContext;
  concerned: string[];
  concerns: { title: string; url: string }[];
  sources: { label: string; url: string | null }[];
  /** Set on rows whose claim and titles are in the page's language (a Chinese page's rows); unset rows are English. */
  localized?: boolean;
}

interface SiteLike {
  getEntry(id: string): { kind: Parameters<typeof entryHref>[0]; id: string; title: string } | undefined;
  getReference(key: string): Reference | undefined;
}

export function evidenceRows(statements: readonly StatementRecord[], site: SiteLike): EvidenceRow[] {
  return statements.map((s) => ({
    id: s.id,
    claim: s.claim,
    level: s.level,
    type: s.type,
    direction: s.direction,
    context: s.context,
    concerned: [...s.concerned],
    concerns: s.concerned.flatMap((id) => {
      const e = site.getEntry(id);
      return e ? [{ title: e.title, url: entryHref(e.kind, e.id) }] : [];
    }),
    sources: s.sources.map((k) => {
      const r = site.getReference(k);
      return r ? { label: sourceLabel(r), url: sourceIds(r).url } : { label: k, url: null };
    }),
  }));
}
