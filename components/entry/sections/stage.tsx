import type { ReactNode } from 'react';
import type { Entry, Site } from '@/lib/site/get-site';
import { resultLabel } from '@/lib/content/kinds/trial';
import { shownStage } from '@/lib/content/kinds/strategy';
import { AGENCIES } from '@/lib/content/references';
import { strings } from '@/lib/i18n/strings';
import { entryHref } from '@/lib/site/routes';
import { SourceRef } from '../source-ref';
import { sentence } from '@/lib/evidence/trials';
import { proseOf, titleOf } from '../../i18n/entry-text';
import { date, getLocale, href, text } from '../../i18n/locale';

export const STAGE_TEXT = strings(
  {
    approvalLead: 'Decided by the ',
    approvalOf: ' approval of ',
    on: ' on ',
    inNsclc: ' (in NSCLC)',
    outsideNsclc: ' (outside NSCLC)',
    colon: ': ',
    source: ' Source: ',
    stop: '.',
    trialLead: 'Decided by ',
    trialDetails: (phase: string, tumour: string) => ` (phase ${phase}, ${tumour}): `,
    result: (label: string) => `${label.toLowerCase()}.`,
    negativePhase3: ' Every phase 3 trial of this strategy missed its primary endpoint.',
    none: 'Stated by this entry: no trial or drug entry of the atlas tests or approves this strategy yet.',
    rule: "The stage is derived: an approval of one of the strategy's drugs in any tumour makes it approved; otherwise its most advanced trial decides.",
  },
  {
    approvalLead: '依据：',
    approvalOf: '对',
    on: '的批准，批准日期',
    inNsclc: '（NSCLC适应证）',
    outsideNsclc: '（非NSCLC适应证）',
    colon: '：',
    source: '来源：',
    stop: '。',
    trialLead: '依据：',
    trialDetails: (phase: string, tumour: string) => `（${phase}期，${tumour}）：`,
    result: (label: string) => `${label}。`,
    negativePhase3: '该策略的所有3期试验均未达到主要终点。',
    none: '由本条目说明：本图谱中尚无检验或批准该策略的试验或药物条目。',
    rule: '证据阶段为推导所得：该策略的任一药物在任何瘤种获批，即视为“已获批”；否则由其进展最远的试验决定。',
  },
);

/** The strategy's stage of evidence, derived from its drugs and trials, with the approval or trial that decides it. */
export function StageSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'strategy') return null;
  const locale = getLocale();
  const t = text(STAGE_TEXT);
  const shown = shownStage(entry, entry.derived, locale);
  if (!shown) return null;
  const basis = entry.derived.stage?.basis ?? { type: 'none' as const };
  const link = (id: string, fallback: string, label?: string): ReactNode => {
    const e = site.getEntry(id);
    return e ? <a href={href(entryHref(e.kind, e.id))}>{label ?? titleOf(site, e).text}</a> : <>{fallback}</>;
  };
  /** A prose field of the entry that holds it (a drug's indication, a trial's tumour type), in the page's language. */
  const prose = (holder: string, path: string, english: string) => {
    const e = site.getEntry(holder);
    return e ? proseOf(site, e, path, english) : { text: english, lang: locale === 'zh' ? ('en' as const) : undefined };
  };
  return (
    <div className="card p-4">
      <p className="m-0 text-lg font-bold">{shown.label}</p>
      {basis.type === 'approval' &&
        (() => {
          const a = basis.approval;
          const drug = site.getEntry(a.drug);
          const index =
            drug?.kind === 'drug'
              ? drug.approvals.findIndex((x) => x.agency === a.agency && x.date === a.date && x.indication === a.indication)
              : -1;
          const indication = index >= 0 ? prose(a.drug, `approvals.${index}.indication`, a.indication) : prose(a.drug, '', a.indication);
          return (
            <p className="m-0 mt-1">
              {t.approvalLead}
              <abbr title={AGENCIES[a.agency as keyof typeof AGENCIES]}>{a.agency}</abbr>
              {t.approvalOf}
              {link(a.drug, a.drug)}
              {t.on}
              <time dateTime={a.date}>{date(a.date)}</time>
              {a.nsclc ? t.inNsclc : t.outsideNsclc}
              {t.colon}
              <span lang={indication.lang}>{sentence(indication.text, indication.lang ? 'en' : locale)}</span>
              {t.source}
              <SourceRef entry={entry} refKey={a.source} site={site} />
              {t.stop}
            </p>
          );
        })()}
      {basis.type === 'trial' &&
        (() => {
          const tumour = prose(basis.trial.id, 'tumourType', basis.trial.tumourType);
          return (
            <p className="m-0 mt-1">
              {t.trialLead}
              {link(basis.trial.id, basis.trial.acronym, basis.trial.acronym)}
              {locale === 'zh' && tumour.lang ? (
                <>
                  （{basis.trial.phase}期，<span lang="en">{tumour.text}</span>）：
                </>
              ) : (
                t.trialDetails(basis.trial.phase, tumour.text)
              )}
              {t.result(resultLabel(basis.trial.result, locale))}
              {basis.negativePhase3 && t.negativePhase3}
            </p>
          );
        })()}
      {basis.type === 'none' && <p className="m-0 mt-1">{t.none}</p>}
      <p className="m-0 mt-2 text-sm muted">{t.rule}</p>
    </div>
  );
}
