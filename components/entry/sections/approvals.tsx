import type { Entry, Site } from '@/lib/site/get-site';
import { SourceRef } from '../source-ref';
import { approvalsByAgency, sentence } from '@/lib/evidence/trials';

/** A drug's approvals, grouped by agency, oldest first, each with its indication and the agency's decision. */
export function ApprovalsSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'drug' || !entry.approvals.length) return null;
  return (
    <>
      {approvalsByAgency(entry.approvals).map((g) => (
        <section key={g.agency} aria-labelledby={`approvals-${g.agency}`}>
          <h3 id={`approvals-${g.agency}`} className="text-lg font-bold mt-4 mb-1">
            <abbr title={g.name}>{g.agency}</abbr> <span className="font-normal muted text-base">{g.name}</span>
          </h3>
          <ol className="list-none p-0 m-0 space-y-2">
            {g.approvals.map((a, i) => (
              <li key={i} className="card p-3">
                <time dateTime={a.date} className="font-semibold">
                  {a.date}
                </time>{' '}
                {a.nsclc && <span className="badge badge-stage">NSCLC</span>}
                <p className="m-0 mt-1">
                  {sentence(a.indication)} Source: <SourceRef entry={entry} refKey={a.source} site={site} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
