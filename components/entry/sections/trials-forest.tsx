import type { Entry, Site } from '@/lib/site/get-site';
import { RESULT_LABEL, trialResult } from '@/lib/content/kinds/trial';
import { hrCells, hrPlotNumbers, hrRowLabel, hrRows, trialsOfStrategy } from '@/lib/evidence/trials';
import { OUTCOME_LABELS } from '@/lib/evidence/outcome-labels';
import { entryHref } from '@/lib/site/routes';
import { ForestPlot } from '@/components/evidence/forest-plot';
import { SourceRef } from '../source-ref';

/** The trials that test a strategy, and a forest plot across their hazard-ratio outcomes (each trial's most recent analysis). */
export function TrialsForestSection({ entry, site }: { entry: Entry; site: Site }) {
  const trials = trialsOfStrategy(site.entries, entry.id);
  if (!trials.length) return null;
  const rows = trials.flatMap((t) => hrRows(t, { latestOnly: true }).map((r) => ({ r, t })));
  return (
    <>
      <ul className="space-y-1 pl-5 list-disc">
        {trials.map((t) => (
          <li key={t.id}>
            <a href={entryHref(t.kind, t.id)}>{t.acronym}</a>: phase {t.phase}, {t.tumourType}, {RESULT_LABEL[trialResult(t)].toLowerCase()}
            .
          </li>
        ))}
      </ul>
      {rows.length > 0 && (
        <ForestPlot
          id="trials-forest-plot"
          caption={`Hazard ratios across the trials of ${entry.title}. ${OUTCOME_LABELS.latestOnly}`}
          columns={['Outcome', 'Arms', 'HR (CI)', 'P', 'Endpoint met', OUTCOME_LABELS.analysisColumn, 'Source']}
          rows={rows.map(({ r, t }) => ({
            label: hrRowLabel(r, true),
            ...hrPlotNumbers(r),
            cells: [
              ...hrCells(r),
              <span key="s">
                <SourceRef entry={entry} refKey={r.source} site={site} /> (via <a href={entryHref(t.kind, t.id)}>{t.acronym}</a>)
              </span>,
            ],
          }))}
        />
      )}
    </>
  );
}
