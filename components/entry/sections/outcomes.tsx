import type { Entry, Site } from '@/lib/site/get-site';
import { ENDPOINT_LABEL } from '@/lib/content/kinds/trial';
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
} from '@/lib/evidence/trials';
import { OUTCOME_LABELS } from '@/lib/evidence/outcome-labels';
import { orderOutcomes } from '@/lib/evidence/outcome-order';
import { ForestPlot } from '@/components/evidence/forest-plot';
import { SourceRef } from '../source-ref';

/** A trial's outcome records: every record in a table (each endpoint's most recent analysis first), then a forest plot of its hazard ratios. */
export function OutcomesSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'trial') return null;
  const hr = hrRows(entry);
  return (
    <>
      <div className="table-wrap">
        <table className="data text-sm">
          <caption className="text-left muted">
            Every outcome record of {entry.acronym}, with who reported it and its source. {OUTCOME_LABELS.latestFirst}
          </caption>
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col">Arms</th>
              <th scope="col">{OUTCOME_LABELS.analysisColumn}</th>
              <th scope="col">Effect</th>
              <th scope="col">P</th>
              <th scope="col">Endpoint met</th>
              <th scope="col">Reported by</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {orderOutcomes(entry.outcomes).map(({ outcome: o, index: i }) => (
              <tr key={i}>
                <th scope="row">
                  {ENDPOINT_LABEL[o.endpoint]} ({o.endpoint}){o.primary ? ', primary' : ''}
                  {o.population && <span className="block font-normal muted">{o.population}</span>}
                </th>
                <td>
                  {armLabel(entry, o.arm)}
                  {o.versus && <> vs {armLabel(entry, o.versus)}</>}
                </td>
                <td>{analysisText(o)}</td>
                <td>{effectText(o)}</td>
                <td>{pText(o)}</td>
                <td>{metText(o.met)}</td>
                <td>{o.reportedBy === 'sponsor' ? <strong>{REPORTED_BY_LABEL[o.reportedBy]}</strong> : REPORTED_BY_LABEL[o.reportedBy]}</td>
                <td>
                  <SourceRef entry={entry} refKey={o.source} site={site} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hr.length > 0 && (
        <ForestPlot
          id="outcomes-forest"
          caption={`Hazard ratios of ${entry.acronym}.`}
          columns={['Outcome', 'Arms', 'HR (CI)', 'P', 'Endpoint met', OUTCOME_LABELS.analysisColumn, 'Source']}
          rows={hr.map((r) => ({
            label: hrRowLabel(r, false),
            ...hrPlotNumbers(r),
            cells: [...hrCells(r), <SourceRef key="s" entry={entry} refKey={r.source} site={site} />],
          }))}
        />
      )}
    </>
  );
}
