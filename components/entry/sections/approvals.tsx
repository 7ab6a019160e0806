import type { Entry, Site } from '@/lib/site/get-site';
import { strings } from '@/lib/i18n/strings';
import { SourceRef } from '../source-ref';
import { approvalsByAgency, sentence } from '@/lib/evidence/trials';
import { proseOf } from '../../i18n/entry-text';
import { date, getLocale, text } from '../../i18n/locale';

export const APPROVALS_TEXT = strings({ source: ' Source: ' }, { source: '来源：' });

/** A drug's approvals, grouped by agency, oldest first, each with its indication and the agency's decision. */
export function ApprovalsSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'drug' || !entry.approvals.length) return null;
  const locale = getLocale();
  const t = text(APPROVALS_TEXT);
  // Translations name an approval by its index in the authored list, not in the grouped order shown here.
  const indexOf = new Map(entry.approvals.map((a, i) => [a, i]));
  return (
    <>
      {approvalsByAgency(entry.approvals).map((g) => (
        <section key={g.agency} aria-labelledby={`approvals-${g.agency}`}>
          <h3 id={`approvals-${g.agency}`} className="text-lg font-bold mt-4 mb-1">
            <abbr title={g.name}>{g.agency}</abbr>{' '}
            <span className="font-normal muted text-base" lang={locale === 'zh' ? 'en' : undefined}>
              {g.name}
            </span>
          </h3>
          <ol className="list-none p-0 m-0 space-y-2">
            {g.approvals.map((a, i) => {
              const indication = proseOf(site, entry, `approvals.${indexOf.get(a)}.indication`, a.indication);
              return (
                <li key={i} className="card p-3">
                  <time dateTime={a.date} className="font-semibold">
                    {date(a.date)}
                  </time>{' '}
                  {a.nsclc && <span className="badge badge-stage">NSCLC</span>}
                  <p className="m-0 mt-1">
                    <span lang={indication.lang}>{sentence(indication.text, indication.lang ? 'en' : locale)}</span>
                    {t.source}
                    <SourceRef entry={entry} refKey={a.source} site={site} />
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
