import { DIRECTION_BADGE, STATEMENT_TYPE_LABEL, TUMOUR_CONTEXT_LABEL } from '@/lib/content/vocabulary';
import type { EvidenceRow } from '@/lib/evidence/rows';

/**
 * Graded statements as a list: level, type, direction and context badges, the claim, the entries it concerns and
 * its sources. Plain rendering with no hooks, so the server page and the static copy's island share it.
 */
export function StatementList({ rows }: { rows: readonly EvidenceRow[] }) {
  return (
    <ol className="list-none p-0 space-y-3" aria-label="Evidence statements">
      {rows.map((s) => (
        <li key={s.id} id={s.id} className="card p-3">
          <p className="m-0">
            <span className="badge badge-area">Level {s.level}</span>{' '}
            <span className="badge badge-type">{STATEMENT_TYPE_LABEL[s.type]}</span>{' '}
            <span className={`badge badge-${DIRECTION_BADGE[s.direction].tone}`} title={DIRECTION_BADGE[s.direction].title}>
              {DIRECTION_BADGE[s.direction].label}
            </span>{' '}
            <span className="badge badge-kind">{TUMOUR_CONTEXT_LABEL[s.context]}</span>
          </p>
          <p className="m-0 mt-2">{s.claim}</p>
          <p className="m-0 mt-1 text-sm">
            Concerns:{' '}
            {s.concerns.map((c, i) => (
              <span key={c.url}>
                {i > 0 && ', '}
                <a href={c.url}>{c.title}</a>
              </span>
            ))}
            . Sources:{' '}
            {s.sources.map((src, i) => (
              <span key={`${src.label}-${i}`}>
                {i > 0 && ', '}
                {src.url ? (
                  <a href={src.url} rel="noopener noreferrer">
                    {src.label}
                  </a>
                ) : (
                  src.label
                )}
              </span>
            ))}
            .
          </p>
        </li>
      ))}
    </ol>
  );
}
