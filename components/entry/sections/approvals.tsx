import type { Entry, Site } from '@/lib/site/get-site';
import { SourceRef } from '../source-ref';
import type { ReportData } from '@/lib/content/kinds/drug';
import { approvalTable } from '@/lib/evidence/approvals';
import {
  DATE_KIND_NOTE,
  DATE_NOT_FOUND,
  DEVELOPMENT_LABEL,
  LATER_EVENT_LABEL,
  PATHWAY_LABEL,
  REFUSAL_LABEL,
} from '@/lib/content/kinds/drug';
import { entryHref } from '@/lib/site/routes';
import { sentence } from '@/lib/evidence/trials';

/**
 * A drug's regulatory record: approvals as an agency × indication table (FDA, EMA and NMPA always accounted for once
 * the drug is approved in NSCLC anywhere), refusals as their own table, and the development status.
 */
export function ApprovalsSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'drug') return null;
  const { rows, refusals } = approvalTable(entry);
  const trialLink = (id: string | undefined, name: string | undefined) => {
    const t = id ? site.getEntry(id) : undefined;
    return t ? <a href={entryHref(t.kind, t.id)}>{t.title}</a> : (name ?? '—');
  };
  const when = (date: string, dateIs: keyof typeof DATE_KIND_NOTE | undefined) => (
    <>
      <time dateTime={date}>{date}</time>
      {dateIs && dateIs !== 'decision' && <span className="block muted">{DATE_KIND_NOTE[dateIs]}</span>}
    </>
  );
  const d = entry.development;
  const cite = (key: string | undefined, report: ReportData | undefined) => (
    <>
      {key && <SourceRef entry={entry} refKey={key} site={site} />}
      {report && (
        <>
          {key && '; '}
          reported by {report.publisher}
          {report.date && <> ({report.date})</>}:{' '}
          <a href={report.url} rel="noopener noreferrer">
            {report.title}
          </a>
        </>
      )}
    </>
  );
  return (
    <>
      {d && (
        <p className="m-0 mb-2">
          <span className={`badge badge-${d.status === 'active' ? 'stage' : 'against'}`}>{DEVELOPMENT_LABEL[d.status]}</span>{' '}
          {d.scope && <>{sentence(d.scope)} </>}
          {d.date && (
            <>
              Stopped <time dateTime={d.date}>{d.date}</time>.{' '}
            </>
          )}
          {d.reason && <>Reason given: {sentence(d.reason)} </>}
          {d.note && <>{sentence(d.note)} </>}
          Source: {cite(d.source, d.reportedBy)}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data text-sm">
            <caption className="text-left muted">
              Approvals by agency and indication, oldest first; each with the decision it rests on.
            </caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Indication as approved</th>
                <th scope="col">Date</th>
                <th scope="col">Pivotal trial</th>
                <th scope="col">Pathway and later decisions</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) =>
                r.approval ? (
                  <tr key={i}>
                    <th scope="row">
                      <abbr title={r.name}>{r.agency}</abbr>
                    </th>
                    <td>
                      {sentence(r.approval.indication)}
                      {!r.approval.nsclc && <span className="block muted">Not NSCLC</span>}
                    </td>
                    <td>{when(r.approval.date, r.approval.dateIs)}</td>
                    <td>{trialLink(r.approval.trial, r.approval.pivotal)}</td>
                    <td>
                      {r.approval.pathway ? PATHWAY_LABEL[r.approval.pathway] : r.approval.later.length ? '' : '—'}
                      {r.approval.later.map((l, j) => (
                        <span key={j} className="block">
                          {LATER_EVENT_LABEL[l.event]} <time dateTime={l.date}>{l.date}</time>
                          {l.note && <>: {l.note}</>} <SourceRef entry={entry} refKey={l.source} site={site} />
                        </span>
                      ))}
                    </td>
                    <td>
                      <SourceRef entry={entry} refKey={r.approval.source} site={site} />
                    </td>
                  </tr>
                ) : (
                  <tr key={i}>
                    <th scope="row">
                      <abbr title={r.name}>{r.agency}</abbr>
                    </th>
                    <td colSpan={5} className="muted">
                      {r.note}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {refusals.length > 0 && (
        <div className="table-wrap">
          <table className="data text-sm">
            <caption className="text-left muted">
              Refusals: complete response letters, advisory votes against, withdrawn applications.
            </caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Event</th>
                <th scope="col">Indication applied for</th>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {refusals.map((r, i) => (
                <tr key={i}>
                  <th scope="row">
                    <abbr title={r.name}>{r.agency}</abbr>
                  </th>
                  <td>
                    {REFUSAL_LABEL[r.refusal.event]}
                    {r.refusal.detail && <span className="block">{sentence(r.refusal.detail)}</span>}
                  </td>
                  <td>
                    {sentence(r.refusal.indication)}
                    {r.refusal.trial && <span className="block">Trial: {trialLink(r.refusal.trial, undefined)}</span>}
                  </td>
                  <td>{r.refusal.date ? when(r.refusal.date, r.refusal.dateIs) : DATE_NOT_FOUND}</td>
                  <td>{cite(r.refusal.source, r.refusal.reportedBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
