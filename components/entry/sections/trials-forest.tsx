import type { Entry, Site } from '@/lib/site/get-site';
import { phaseLabel, resultLabel, trialResult } from '@/lib/content/kinds/trial';
import { hrCells, hrPlotNumbers, hrRowLabel, hrRows, trialsOfStrategy } from '@/lib/evidence/trials';
import { entryHref } from '@/lib/site/routes';
import { ForestPlot } from '@/components/evidence/forest-plot';
import { proseOf, titleOf } from '../../i18n/entry-text';
import { getLocale, href, text } from '../../i18n/locale';
import { SourceRef } from '../source-ref';
import { FOREST_TEXT } from './forest-text';
import { armsEnglish, armsInLanguage } from './outcomes';

/** The trials that test a strategy, and a forest plot across their hazard-ratio outcomes (each trial's most recent analysis). */
export function TrialsForestSection({ entry, site }: { entry: Entry; site: Site }) {
  const trials = trialsOfStrategy(site.entries, entry.id);
  if (!trials.length) return null;
  const locale = getLocale();
  const zh = locale === 'zh';
  const f = text(FOREST_TEXT);
  const rows = trials.flatMap((t) =>
    hrRows(t, {
      latestOnly: true,
      text: {
        locale,
        arm: (id, english) => proseOf(site, t, `arms.${id}.label`, english).text,
        population: (i, english) => proseOf(site, t, `outcomes.${i}.population`, english).text,
      },
    }).map((r) => ({ r, t })),
  );
  return (
    <>
      <ul className="space-y-1 pl-5 list-disc">
        {trials.map((t) => {
          const tumour = proseOf(site, t, 'tumourType', t.tumourType);
          return zh ? (
            <li key={t.id}>
              <a href={href(entryHref(t.kind, t.id))}>{t.acronym}</a>：{phaseLabel(t.phase, 'zh')}，
              <span lang={tumour.lang}>{tumour.text}</span>，{resultLabel(trialResult(t), 'zh')}。
            </li>
          ) : (
            <li key={t.id}>
              <a href={entryHref(t.kind, t.id)}>{t.acronym}</a>: phase {t.phase}, {t.tumourType},{' '}
              {resultLabel(trialResult(t)).toLowerCase()}.
            </li>
          );
        })}
      </ul>
      {rows.length > 0 && (
        <ForestPlot
          id="trials-forest-plot"
          caption={f.strategyCaption(titleOf(site, entry).text)}
          columns={[...f.columns]}
          rows={rows.map(({ r, t }) => ({
            label: hrRowLabel(r, true, locale),
            ...hrPlotNumbers(r),
            cells: [
              ...armsInLanguage(hrCells(r, locale), armsEnglish(site, t, zh)),
              <span key="s">
                <SourceRef entry={entry} refKey={r.source} site={site} />
                {zh ? '（' : ' ('}
                {f.via} <a href={href(entryHref(t.kind, t.id))}>{t.acronym}</a>
                {zh ? '）' : ')'}
              </span>,
            ],
          }))}
        />
      )}
    </>
  );
}
