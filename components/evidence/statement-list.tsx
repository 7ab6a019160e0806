import {
  DIRECTION_BADGE,
  STATEMENT_TYPE_LABEL,
  STATEMENT_TYPE_LABEL_ZH,
  TUMOUR_CONTEXT_LABEL,
  TUMOUR_CONTEXT_LABEL_ZH,
} from '@/lib/content/vocabulary';
import type { EvidenceRow } from '@/lib/evidence/rows';
import { localizeHref, type Locale } from '@/lib/i18n/locales';
import { STATEMENT_LIST_TEXT } from './statement-list-text';

/**
 * Graded statements as a list: level, type, direction and context badges, the claim, the entries it concerns and
 * its sources. Plain rendering with no hooks, so the server page and the static copy's island share it. On a
 * Chinese page, rows not marked `localized` (the static copy's English statements.json) are marked lang="en".
 */
export function StatementList({ rows, locale = 'en' }: { rows: readonly EvidenceRow[]; locale?: Locale }) {
  const t = STATEMENT_LIST_TEXT[locale];
  const zh = locale === 'zh';
  return (
    <ol className="list-none p-0 space-y-3" aria-label={t.listLabel}>
      {rows.map((s) => {
        const lang = zh && !s.localized ? 'en' : undefined;
        return (
          <li key={s.id} id={s.id} className="card p-3">
            <p className="m-0">
              <span className="badge badge-area">{t.level(s.level)}</span>{' '}
              <span className="badge badge-type">{(zh ? STATEMENT_TYPE_LABEL_ZH : STATEMENT_TYPE_LABEL)[s.type]}</span>{' '}
              <span
                className={`badge badge-${DIRECTION_BADGE[s.direction].tone}`}
                title={zh ? DIRECTION_BADGE[s.direction].titleZh : DIRECTION_BADGE[s.direction].title}
              >
                {zh ? DIRECTION_BADGE[s.direction].labelZh : DIRECTION_BADGE[s.direction].label}
              </span>{' '}
              <span className="badge badge-kind">{(zh ? TUMOUR_CONTEXT_LABEL_ZH : TUMOUR_CONTEXT_LABEL)[s.context]}</span>
            </p>
            <p className="m-0 mt-2" lang={lang}>
              {s.claim}
            </p>
            <p className="m-0 mt-1 text-sm">
              {t.concerns}
              {s.concerns.map((c, i) => (
                <span key={c.url}>
                  {i > 0 && t.comma}
                  <a href={localizeHref(locale, c.url)} lang={lang}>
                    {c.title}
                  </a>
                </span>
              ))}
              {t.sources}
              {s.sources.map((src, i) => (
                <span key={`${src.label}-${i}`}>
                  {i > 0 && t.comma}
                  {src.url ? (
                    <a href={src.url} rel="noopener noreferrer">
                      {src.label}
                    </a>
                  ) : (
                    src.label
                  )}
                </span>
              ))}
              {t.end}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
