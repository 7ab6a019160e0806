import type { Entry, Site } from '@/lib/site/get-site';
import { DIRECTION_LABEL, LEVEL_INFO, STATEMENT_TYPE_LABEL, TUMOUR_CONTEXT_LABEL } from '@/lib/content/kinds';
import { groupStatements, type StatementRecord } from '@/lib/evidence/statements';
import { evidenceHref } from '@/lib/evidence/filter';
import { entryHref } from '@/lib/site/routes';
import { SourceRefs } from '../source-ref';

/**
 * The graded statements about an entry, its own and those of other entries that name it in `concerns`: grouped by
 * level (A first) and direction, strongest first, each with its sources.
 */
export function EvidenceSection({ entry, site, statements }: { entry: Entry; site: Site; statements: StatementRecord[] }) {
  return (
    <>
      <p className="text-sm muted m-0 mb-2">
        Levels A (validated) to E (inferential), modelled on CIViC: <a href="/evidence#levels">how the atlas grades evidence</a>. All
        statements about this entry: <a href={evidenceHref({ entry: entry.id })}>on the evidence page</a>.
      </p>
      {groupStatements(statements).map((g) => (
        <section key={`${g.level}-${g.direction}`} aria-labelledby={`evidence-${g.level}-${g.direction}`}>
          <h3 id={`evidence-${g.level}-${g.direction}`} className="text-base font-bold mt-4 mb-1">
            Level {g.level} ({LEVEL_INFO[g.level].label.toLowerCase()}): {DIRECTION_LABEL[g.direction].toLowerCase()}
          </h3>
          <ul className="list-none p-0 m-0 space-y-2">
            {g.statements.map((s) => (
              <li key={s.id} className="card p-3 text-sm">
                <p className="m-0">{s.claim}</p>
                <p className="m-0 mt-1 muted">
                  {STATEMENT_TYPE_LABEL[s.type]} · {TUMOUR_CONTEXT_LABEL[s.context]}
                  {s.entry !== entry.id && (
                    <>
                      {' '}
                      · from <a href={entryHref(s.entryKind, s.entry)}>{s.entryTitle}</a>
                    </>
                  )}{' '}
                  · Sources: <SourceRefs entry={entry} keys={s.sources} site={site} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
