import type { ReactNode } from 'react';
import type { Entry, Site } from '@/lib/site/get-site';
import { ENDPOINT_LABEL, ENDPOINT_LABEL_ZH } from '@/lib/content/kinds/trial';
import {
  analysisText,
  armLabel,
  effectText,
  hrCells,
  hrPlotNumbers,
  hrRowLabel,
  hrRows,
  metText,
  pText,
  REPORTED_BY_LABEL,
  REPORTED_BY_LABEL_ZH,
} from '@/lib/evidence/trials';
import { outcomeLabels } from '@/lib/evidence/outcome-labels';
import { orderOutcomes } from '@/lib/evidence/outcome-order';
import { strings } from '@/lib/i18n/strings';
import { ForestPlot } from '@/components/evidence/forest-plot';
import { proseOf, type LocalText } from '../../i18n/entry-text';
import { getLocale, text } from '../../i18n/locale';
import { SourceRef } from '../source-ref';
import { FOREST_TEXT } from './forest-text';

export const OUTCOMES_TEXT = strings(
  {
    caption: (acronym: string) => `Every outcome record of ${acronym}, with who reported it and its source.`,
    headers: {
      endpoint: 'Endpoint',
      arms: 'Arms',
      effect: 'Effect',
      p: 'P',
      met: 'Endpoint met',
      reportedBy: 'Reported by',
      source: 'Source',
    },
    primary: ', primary',
    vs: ' vs ',
  },
  {
    caption: (acronym: string) => `${acronym}的全部结局记录，以及报告方和来源。`,
    headers: { endpoint: '终点', arms: '治疗组', effect: '疗效', p: 'P', met: '是否达到终点', reportedBy: '报告方', source: '来源' },
    primary: '，主要终点',
    vs: ' 对比 ',
  },
);

/** True on a Chinese page whose trial's arm labels have no current translation (they are shown in English). */
export function armsEnglish(site: Site, trial: Entry, zh: boolean): boolean {
  if (!zh) return false;
  const t = site.getTranslation(trial.id);
  return !t || t.state.staleFields.some((f) => f.startsWith('text.arms.'));
}

/** A forest-plot table's cells with the arms cell marked lang="en" when its labels are English on a Chinese page. */
export function armsInLanguage(cells: readonly string[], english: boolean): ReactNode[] {
  const [arms, ...rest] = cells;
  return [
    english ? (
      <span key="arms" lang="en">
        {arms}
      </span>
    ) : (
      arms
    ),
    ...rest,
  ];
}

/** Text with its lang, when it is not in the page's language. */
function Local({ t }: { t: LocalText | null }) {
  if (!t) return null;
  return t.lang ? <span lang={t.lang}>{t.text}</span> : <>{t.text}</>;
}

/** A trial's outcome records: every record in a table (each endpoint's most recent analysis first), then a forest plot of its hazard ratios. */
export function OutcomesSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'trial') return null;
  const locale = getLocale();
  const zh = locale === 'zh';
  const t = text(OUTCOMES_TEXT);
  const f = text(FOREST_TEXT);
  const arm = (id: string | undefined): LocalText | null => {
    const english = armLabel(entry, id);
    return english === null || id === undefined ? null : proseOf(site, entry, `arms.${id}.label`, english);
  };
  const L = outcomeLabels(locale);
  const hr = hrRows(entry, {
    text: {
      locale,
      arm: (id, english) => proseOf(site, entry, `arms.${id}.label`, english).text,
      population: (i, english) => proseOf(site, entry, `outcomes.${i}.population`, english).text,
    },
  });
  return (
    <>
      <div className="table-wrap">
        <table className="data text-sm">
          <caption className="text-left muted">
            {t.caption(entry.acronym)} {L.latestFirst}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.headers.endpoint}</th>
              <th scope="col">{t.headers.arms}</th>
              <th scope="col">{L.analysisColumn}</th>
              <th scope="col">{t.headers.effect}</th>
              <th scope="col">{t.headers.p}</th>
              <th scope="col">{t.headers.met}</th>
              <th scope="col">{t.headers.reportedBy}</th>
              <th scope="col">{t.headers.source}</th>
            </tr>
          </thead>
          <tbody>
            {orderOutcomes(entry.outcomes).map(({ outcome: o, index: i }) => {
              const population = o.population ? proseOf(site, entry, `outcomes.${i}.population`, o.population) : null;
              const note = o.note ? proseOf(site, entry, `outcomes.${i}.note`, o.note) : null;
              const reportedBy = (zh ? REPORTED_BY_LABEL_ZH : REPORTED_BY_LABEL)[o.reportedBy];
              return (
                <tr key={i}>
                  <th scope="row">
                    {(zh ? ENDPOINT_LABEL_ZH : ENDPOINT_LABEL)[o.endpoint]}
                    {zh ? `（${o.endpoint}）` : ` (${o.endpoint})`}
                    {o.primary ? t.primary : ''}
                    {population && (
                      <span className="block font-normal muted" lang={population.lang}>
                        {population.text}
                      </span>
                    )}
                    {note && (
                      <span className="block font-normal muted" lang={note.lang}>
                        {note.text}
                      </span>
                    )}
                  </th>
                  <td>
                    <Local t={arm(o.arm)} />
                    {o.versus && (
                      <>
                        {t.vs}
                        <Local t={arm(o.versus)} />
                      </>
                    )}
                  </td>
                  <td>{analysisText(o, locale)}</td>
                  <td>{effectText(o, locale)}</td>
                  <td>{pText(o, locale)}</td>
                  <td>{metText(o.met, locale)}</td>
                  <td>{o.reportedBy === 'sponsor' ? <strong>{reportedBy}</strong> : reportedBy}</td>
                  <td>
                    <SourceRef entry={entry} refKey={o.source} site={site} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {hr.length > 0 && (
        <ForestPlot
          id="outcomes-forest"
          caption={f.outcomesCaption(entry.acronym)}
          columns={[...f.columns]}
          rows={hr.map((r) => ({
            label: hrRowLabel(r, false, locale),
            ...hrPlotNumbers(r),
            cells: [
              ...armsInLanguage(hrCells(r, locale), armsEnglish(site, entry, zh)),
              <SourceRef key="s" entry={entry} refKey={r.source} site={site} />,
            ],
          }))}
        />
      )}
    </>
  );
}
