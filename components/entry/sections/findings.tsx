import type { Entry, Site } from '@/lib/site/get-site';
import { selectionSearch } from '@/lib/explorer/selection';
import { entryHref } from '@/lib/site/routes';

/** A biomarker's explorer findings, each with the mechanisms it links to and a link into /explorer. */
export function FindingsSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'biomarker' || entry.findings.length === 0) return null;
  return (
    <ul className="list-none p-0 space-y-3">
      {entry.findings.map((f) => (
        <li key={f.id} className="card p-3">
          <p className="m-0">
            <strong>{f.label}</strong>{' '}
            <span lang="zh-Hans" className="muted">
              {f.labelZh}
            </span>{' '}
            · <a href={`/explorer${selectionSearch([f.id])}`}>open in the explorer</a>
          </p>
          {f.mechanisms.length > 0 && (
            <p className="m-0 mt-1 text-sm">
              Linked to:{' '}
              {f.mechanisms.map((id, i) => {
                const m = site.getEntry(id);
                return m ? (
                  <span key={id}>
                    {i > 0 && ', '}
                    <a href={entryHref(m.kind, m.id)}>{m.title}</a>
                  </span>
                ) : null;
              })}
            </p>
          )}
          {f.note && <p className="m-0 mt-1 text-sm muted">{f.note}</p>}
        </li>
      ))}
    </ul>
  );
}
