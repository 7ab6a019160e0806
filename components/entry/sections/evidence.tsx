import type { Entry, Site } from '@/lib/site/get-site';
import {
  DIRECTION_LABEL,
  DIRECTION_LABEL_ZH,
  LEVEL_INFO,
  STATEMENT_TYPE_LABEL,
  STATEMENT_TYPE_LABEL_ZH,
  TUMOUR_CONTEXT_LABEL,
  TUMOUR_CONTEXT_LABEL_ZH,
  type Direction,
  type EvidenceLevel,
} from '@/lib/content/kinds';
import { groupStatements, type StatementRecord } from '@/lib/evidence/statements';
import { evidenceHref } from '@/lib/evidence/filter';
import { strings } from '@/lib/i18n/strings';
import { entryHref } from '@/lib/site/routes';
import { claimOf, titleOf } from '../../i18n/entry-text';
import { getLocale, href, text } from '../../i18n/locale';
import { SourceRefs } from '../source-ref';

export const EVIDENCE_SECTION_TEXT = strings(
  {
    introLevels: 'Levels A (validated) to E (inferential), modelled on CIViC: ',
    howGraded: 'how the atlas grades evidence',
    introAll: '. All statements about this entry: ',
    onEvidencePage: 'on the evidence page',
    stop: '.',
    group: (level: EvidenceLevel, levelLabel: string, direction: string) =>
      `Level ${level} (${levelLabel.toLowerCase()}): ${direction.toLowerCase()}`,
    sep: ' · ',
    from: 'from ',
    sources: 'Sources: ',
  },
  {
    introLevels: '证据等级从A（已验证）到E（推断），参照CIViC制定：',
    howGraded: '本图谱如何评定证据等级',
    introAll: '。关于本条目的全部证据陈述：',
    onEvidencePage: '见证据页面',
    stop: '。',
    group: (level: EvidenceLevel, levelLabel: string, direction: string) => `证据等级${level}（${levelLabel}）：${direction}`,
    sep: ' · ',
    from: '来自',
    sources: '来源：',
  },
);

/**
 * The graded statements about an entry, its own and those of other entries that name it in `concerns`: grouped by
 * level (A first) and direction, strongest first, each with its sources. Claims in the page's language (from the
 * holding entry's translation), or in English marked lang="en".
 */
export function EvidenceSection({ entry, site, statements }: { entry: Entry; site: Site; statements: StatementRecord[] }) {
  const zh = getLocale() === 'zh';
  const t = text(EVIDENCE_SECTION_TEXT);
  const levelLabel = (l: EvidenceLevel) => (zh ? LEVEL_INFO[l].labelZh : LEVEL_INFO[l].label);
  const directionLabel = (d: Direction) => (zh ? DIRECTION_LABEL_ZH : DIRECTION_LABEL)[d];
  return (
    <>
      <p className="text-sm muted m-0 mb-2">
        {t.introLevels}
        <a href={href('/evidence#levels')}>{t.howGraded}</a>
        {t.introAll}
        <a href={href(evidenceHref({ entry: entry.id }))}>{t.onEvidencePage}</a>
        {t.stop}
      </p>
      {groupStatements(statements).map((g) => (
        <section key={`${g.level}-${g.direction}`} aria-labelledby={`evidence-${g.level}-${g.direction}`}>
          <h3 id={`evidence-${g.level}-${g.direction}`} className="text-base font-bold mt-4 mb-1">
            {t.group(g.level, levelLabel(g.level), directionLabel(g.direction))}
          </h3>
          <ul className="list-none p-0 m-0 space-y-2">
            {g.statements.map((s) => {
              const holder = s.entry === entry.id ? entry : site.getEntry(s.entry);
              const claim = holder ? claimOf(site, holder, s.id, s.claim) : { text: s.claim, lang: zh ? ('en' as const) : undefined };
              return (
                <li key={s.id} className="card p-3 text-sm">
                  <p className="m-0" lang={claim.lang}>
                    {claim.text}
                  </p>
                  <p className="m-0 mt-1 muted">
                    {(zh ? STATEMENT_TYPE_LABEL_ZH : STATEMENT_TYPE_LABEL)[s.type]}
                    {t.sep}
                    {(zh ? TUMOUR_CONTEXT_LABEL_ZH : TUMOUR_CONTEXT_LABEL)[s.context]}
                    {s.entry !== entry.id && (
                      <>
                        {t.sep}
                        {t.from}
                        <a href={href(entryHref(s.entryKind, s.entry))}>{holder ? titleOf(site, holder).text : s.entryTitle}</a>
                      </>
                    )}
                    {t.sep}
                    {t.sources}
                    <SourceRefs entry={entry} keys={s.sources} site={site} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
