import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { EvidenceResults } from '@/components/evidence/evidence-results.client';
import { StatementList } from '@/components/evidence/statement-list';
import { evidenceRows } from '@/lib/evidence/rows';
import { getSite } from '@/lib/site/get-site';
import {
  DIRECTION_LABEL,
  DIRECTIONS,
  EVIDENCE_LEVELS,
  KIND_INFO,
  LEVEL_INFO,
  STATEMENT_TYPE_LABEL,
  STATEMENT_TYPES,
  TUMOUR_CONTEXT_LABEL,
  TUMOUR_CONTEXTS,
} from '@/lib/content/kinds';
import { collectStatements, compareStatements } from '@/lib/evidence/statements';
import { evidenceHref, EVIDENCE_PATH, matchesFilters, paginate, parseEvidenceParams, type EvidenceFilters } from '@/lib/evidence/filter';
import { EVIDENCE_JSON_PATH, EVIDENCE_TSV_PATH } from '@/lib/evidence/export-routes';

/** How the atlas's levels map to CIViC's evidence levels. */
const CIVIC: Record<(typeof EVIDENCE_LEVELS)[number], string> = {
  A: 'A (validated association); the atlas asks for phase 3 results or an approval or guideline resting on them.',
  B: 'B (clinical evidence); large patient cohorts count here too.',
  C: 'C (case study); the atlas also puts single-arm and small trials and retrospective patient analyses here.',
  D: 'D (preclinical evidence).',
  E: 'E (inferential association), including extrapolation from other tumours.',
};

type FacetKey = 'level' | 'type' | 'direction' | 'context';
const FACETS: { key: FacetKey; legend: string; values: readonly string[]; label: (v: string) => string }[] = [
  { key: 'level', legend: 'Level', values: EVIDENCE_LEVELS, label: (v) => `${v}: ${LEVEL_INFO[v as keyof typeof LEVEL_INFO].label}` },
  { key: 'type', legend: 'Type', values: STATEMENT_TYPES, label: (v) => STATEMENT_TYPE_LABEL[v as keyof typeof STATEMENT_TYPE_LABEL] },
  { key: 'direction', legend: 'Direction', values: DIRECTIONS, label: (v) => DIRECTION_LABEL[v as keyof typeof DIRECTION_LABEL] },
  {
    key: 'context',
    legend: 'Tumour context',
    values: TUMOUR_CONTEXTS,
    label: (v) => TUMOUR_CONTEXT_LABEL[v as keyof typeof TUMOUR_CONTEXT_LABEL],
  },
];

/**
 * Every graded statement, filtered by a plain GET form whose state lives in the URL, so filtered views can be
 * shared and work without JavaScript. `npm start` renders it per request from the query string (app/evidence/page.tsx);
 * the static copy of the site (`npm run build:static`) renders it once, unfiltered, and `staticCopy` adds the island
 * that applies the URL's filters in the browser. Paginated so every page stays within the page-weight budget.
 */
export async function EvidencePage({
  params,
  staticCopy = false,
}: {
  params: Record<string, string | string[] | undefined>;
  staticCopy?: boolean;
}) {
  const site = await getSite();
  const filters = parseEvidenceParams(params);
  const all = collectStatements(site.entries);
  const concerned = [...new Set(all.flatMap((s) => s.concerned))]
    .map((id) => site.getEntry(id))
    .filter((e) => e !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title));
  const matching = all.filter((s) => matchesFilters(s, filters)).sort(compareStatements);
  const { items, page, pages, total } = paginate(matching, filters.page);
  const filtered =
    filters.level.length + filters.type.length + filters.direction.length + filters.context.length > 0 || filters.entry !== null;
  const entryName = filters.entry ? (site.getEntry(filters.entry)?.title ?? filters.entry) : null;
  const pageHref = (p: number) => evidenceHref({ ...filters, page: p } satisfies EvidenceFilters);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Evidence' }]} />
      <h1 className="text-3xl font-bold m-0">
        Evidence statements{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          证据陈述
        </span>
      </h1>
      <p className="mt-2 max-w-3xl">
        {all.length} graded statements: each makes one claim, says whether its sources support it or not, and grades the evidence from A to
        E. Download them as <a href={EVIDENCE_JSON_PATH}>JSON</a> or as a <a href={EVIDENCE_TSV_PATH}>tab-separated table</a>.
      </p>

      <section aria-labelledby="levels" className="mt-6">
        <h2 id="levels" className="text-xl font-bold">
          Evidence levels
        </h2>
        <p className="max-w-3xl">
          The scale is modelled on CIViC&apos;s evidence levels, letter for letter; the type (predictive, prognostic, mechanistic —
          CIViC&apos;s &ldquo;functional&rdquo; — and safety) and the direction (evidence for, evidence against: CIViC&apos;s supports and does not support) follow CIViC&apos;s fields too.
        </p>
        <div className="table-wrap">
          <table className="data text-sm">
            <caption className="text-left muted">The atlas&apos;s evidence levels and the CIViC level each corresponds to.</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">What it takes</th>
                <th scope="col">CIViC</th>
              </tr>
            </thead>
            <tbody>
              {EVIDENCE_LEVELS.map((l) => (
                <tr key={l}>
                  <th scope="row">
                    {l}: {LEVEL_INFO[l].label}
                  </th>
                  <td>{LEVEL_INFO[l].description}</td>
                  <td>{CIVIC[l]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <form action={EVIDENCE_PATH} method="get" aria-labelledby="filter-heading" className="mt-6 space-y-4">
        <h2 id="filter-heading" className="text-xl font-bold m-0">
          Filter
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {FACETS.map((f) => (
            <fieldset key={f.key} className="card p-3">
              <legend className="font-semibold px-1">{f.legend}</legend>
              {f.values.map((v) => (
                <label key={v} className="check-row flex gap-2 items-center text-sm">
                  <input type="checkbox" name={f.key} value={v} defaultChecked={(filters[f.key] as readonly string[]).includes(v)} />{' '}
                  {f.label(v)}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <div>
          <label htmlFor="entry" className="font-semibold block">
            Concerning the entry
          </label>
          <select id="entry" name="entry" defaultValue={filters.entry ?? ''} className="field mt-1 max-w-full">
            <option value="">Any entry</option>
            {concerned.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} ({KIND_INFO[e.kind].label.toLowerCase()})
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-3 items-center">
          <button type="submit" className="btn">
            Apply filters
          </button>
          {filtered && <a href={EVIDENCE_PATH}>Clear filters</a>}
        </div>
      </form>

      {staticCopy && (
        <>
          <noscript>
            <p className="card p-3 mt-6">
              On this copy of the site, filters need JavaScript. Every statement is also on the page of the entry it concerns, and in the
              downloads above.
            </p>
          </noscript>
          <EvidenceResults />
        </>
      )}
      <section aria-labelledby="results-heading" className="mt-8" data-evidence-static={staticCopy ? '' : undefined}>
        <h2 id="results-heading" className="text-xl font-bold">
          {filtered ? `${total} statement${total === 1 ? '' : 's'} match the filters` : `All ${total} statements`}
          {entryName && <> (concerning {entryName})</>}
          {pages > 1 && `, page ${page} of ${pages}`}
        </h2>
        {total === 0 && <p className="muted">No statement matches. Remove a filter to see more.</p>}
        <StatementList rows={evidenceRows(items, site)} />
        {pages > 1 && (
          <nav aria-label="Pages of statements" className="flex gap-4 mt-4">
            {page > 1 && (
              <a href={pageHref(page - 1)} rel="prev">
                Previous page
              </a>
            )}
            <span>
              Page {page} of {pages}
            </span>
            {page < pages && (
              <a href={pageHref(page + 1)} rel="next">
                Next page
              </a>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
