/**
 * How far the Chinese edition has come: per kind, which entries are translated and current, which are stale (and
 * in which sections and fields the English changed), and which are not translated yet. Read by
 * /zh/translation-status and printed by `npm run check:content`. Staleness is information, never an error.
 */
import type { Entry, Translation } from './build-corpus';
import { KIND_INFO, KINDS, type Kind } from './kinds';

export type TranslationStatusKind = 'current' | 'stale' | 'untranslated';

export interface TranslationStatusRow {
  id: string;
  kind: Kind;
  status: TranslationStatusKind;
  /** For a stale translation: the English section anchors and field keys that changed since it was translated. */
  staleSections: string[];
  staleFields: string[];
}

export interface TranslationStatus {
  byKind: { kind: Kind; rows: TranslationStatusRow[]; counts: Record<TranslationStatusKind, number> }[];
  totals: Record<TranslationStatusKind, number>;
}

export function translationStatus(entries: readonly Entry[], translations: readonly Translation[]): TranslationStatus {
  const byId = new Map(translations.map((t) => [t.id, t]));
  const totals: Record<TranslationStatusKind, number> = { current: 0, stale: 0, untranslated: 0 };
  const byKind = KINDS.map((kind) => {
    const counts: Record<TranslationStatusKind, number> = { current: 0, stale: 0, untranslated: 0 };
    const rows = entries
      .filter((e) => e.kind === kind)
      .map((e): TranslationStatusRow => {
        const t = byId.get(e.id);
        const staleSections = t?.state.staleSections ?? [];
        const staleFields = t?.state.staleFields ?? [];
        const status: TranslationStatusKind = !t ? 'untranslated' : staleSections.length || staleFields.length ? 'stale' : 'current';
        counts[status]++;
        totals[status]++;
        return { id: e.id, kind, status, staleSections, staleFields };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    return { kind, rows, counts };
  });
  return { byKind, totals };
}

/** The lines `npm run check:content` prints about the Chinese edition (stale translations name their file). */
export function translationReport(status: TranslationStatus): string[] {
  const { current, stale, untranslated } = status.totals;
  const lines = [`  中文版: ${current} translated, ${stale} stale, ${untranslated} not translated yet (see /zh/translation-status).`];
  for (const k of status.byKind) {
    for (const r of k.rows) {
      if (r.status !== 'stale') continue;
      const what = [...r.staleSections.map((s) => `§${s}`), ...r.staleFields].join(', ');
      lines.push(`    stale: content/${KIND_INFO[r.kind].dir}/${r.id}.zh.mdx  English changed: ${what}  → update the translation, then npm run new -- zh ${r.kind} ${r.id} --stamp`);
    }
  }
  return lines;
}
