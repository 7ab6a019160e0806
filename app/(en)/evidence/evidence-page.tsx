import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { EvidenceResults } from '@/components/evidence/evidence-results.client';
import { StatementList } from '@/components/evidence/statement-list';
import { evidenceRows } from '@/lib/evidence/rows';
import { getSite } from '@/lib/site/get-site';
import {
  DIRECTION_LABEL,
  DIRECTION_LABEL_ZH,
  DIRECTIONS,
  EVIDENCE_LEVELS,
  KIND_INFO,
  LEVEL_INFO,
  LEVEL_INFO_ZH,
  STATEMENT_TYPE_LABEL,
  STATEMENT_TYPE_LABEL_ZH,
  STATEMENT_TYPES,
  TUMOUR_CONTEXT_LABEL,
  TUMOUR_CONTEXT_LABEL_ZH,
  TUMOUR_CONTEXTS,
} from '@/lib/content/kinds';
import { collectStatements, compareStatements } from '@/lib/evidence/statements';
import { evidenceHref, EVIDENCE_PATH, matchesFilters, paginate, parseEvidenceParams, type EvidenceFilters } from '@/lib/evidence/filter';
import { EVIDENCE_JSON_PATH, EVIDENCE_TSV_PATH } from '@/lib/evidence/export-routes';
import { entryHref } from '@/lib/site/routes';
import { getLocale, href, text } from '@/components/i18n/locale';
import { claimOf, titleOf } from '@/components/i18n/entry-text';
import { EVIDENCE_TEXT } from '@/components/evidence/evidence-text';
import { STATEMENT_LIST_TEXT } from '@/components/evidence/statement-list-text';
import { SHELL_TEXT } from '@/components/layout/layout-text';

type FacetKey = 'level' | 'type' | 'direction' | 'context';

/** The filter groups in the page's language. */
function facets(
  zh: boolean,
  t: (typeof EVIDENCE_TEXT)['en'],
): { key: FacetKey; legend: string; values: readonly string[]; label: (v: string) => string }[] {
  const levels = zh ? LEVEL_INFO_ZH : LEVEL_INFO;
  const types: Record<string, string> = zh ? STATEMENT_TYPE_LABEL_ZH : STATEMENT_TYPE_LABEL;
  const directions: Record<string, string> = zh ? DIRECTION_LABEL_ZH : DIRECTION_LABEL;
  const contexts: Record<string, string> = zh ? TUMOUR_CONTEXT_LABEL_ZH : TUMOUR_CONTEXT_LABEL;
  return [
    {
      key: 'level',
      legend: t.level,
      values: EVIDENCE_LEVELS,
      label: (v) => `${v}${zh ? '：' : ': '}${levels[v as keyof typeof levels].label}`,
    },
    { key: 'type', legend: t.type, values: STATEMENT_TYPES, label: (v) => types[v] },
    { key: 'direction', legend: t.direction, values: DIRECTIONS, label: (v) => directions[v] },
    { key: 'context', legend: t.context, values: TUMOUR_CONTEXTS, label: (v) => contexts[v] },
  ];
}

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
  const locale = getLocale();
  const zh = locale === 'zh';
  const t = text(EVIDENCE_TEXT);
  const tl = STATEMENT_LIST_TEXT[locale];
  const levels = zh ? LEVEL_INFO_ZH : LEVEL_INFO;
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
  const filterEntry = filters.entry ? site.getEntry(filters.entry) : undefined;
  const entryName = filters.entry ? (filterEntry ? titleOf(site, filterEntry).text : filters.entry) : null;
  const pageHref = (p: number) => href(evidenceHref({ ...filters, page: p } satisfies EvidenceFilters));
  const rows = evidenceRows(items, site).map((row, i) => {
    if (!zh) return row;
    const s = items[i];
    const owner = site.getEntry(s.entry);
    const claim = owner ? claimOf(site, owner, s.id, s.claim) : { text: s.claim, lang: 'en' as const };
    if (claim.lang) return row;
    const concerns = s.concerned.flatMap((id) => {
      const e = site.getEntry(id);
      return e ? [{ title: titleOf(site, e).text, url: entryHref(e.kind, e.id) }] : [];
    });
    return { ...row, claim: claim.text, concerns, localized: true };
  });
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <p className="mt-2 max-w-3xl">
        {t.intro(
          all.length,
          (x) => (
            <a href={EVIDENCE_JSON_PATH}>{x}</a>
          ),
          (x) => (
            <a href={EVIDENCE_TSV_PATH}>{x}</a>
          ),
        )}
      </p>

      <section aria-labelledby="levels" className="mt-6">
        <h2 id="levels" className="text-xl font-bold">
          {t.levels}
        </h2>
        <p className="max-w-3xl">{t.levelsIntro}</p>
        <div className="table-wrap">
          <table className="data text-sm">
            <caption className="text-left muted">{t.levelsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.level}</th>
                <th scope="col">{t.takes}</th>
                <th scope="col">CIViC</th>
              </tr>
            </thead>
            <tbody>
              {EVIDENCE_LEVELS.map((l) => (
                <tr key={l}>
                  <th scope="row">
                    {l}
                    {zh ? '：' : ': '}
                    {levels[l].label}
                  </th>
                  <td>{levels[l].description}</td>
                  <td>{t.civic[l]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <form action={href(EVIDENCE_PATH)} method="get" aria-labelledby="filter-heading" className="mt-6 space-y-4">
        <h2 id="filter-heading" className="text-xl font-bold m-0">
          {t.filter}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {facets(zh, t).map((f) => (
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
            {t.concerning}
          </label>
          <select id="entry" name="entry" defaultValue={filters.entry ?? ''} className="field mt-1 max-w-full">
            <option value="">{t.anyEntry}</option>
            {concerned.map((e) => (
              <option key={e.id} value={e.id}>
                {t.option(titleOf(site, e).text, zh ? KIND_INFO[e.kind].labelZh : KIND_INFO[e.kind].label)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-3 items-center">
          <button type="submit" className="btn">
            {t.apply}
          </button>
          {filtered && <a href={href(EVIDENCE_PATH)}>{t.clear}</a>}
        </div>
      </form>

      {staticCopy && (
        <>
          <noscript>
            <p className="card p-3 mt-6">{t.noscript}</p>
          </noscript>
          <EvidenceResults locale={locale} />
        </>
      )}
      <section aria-labelledby="results-heading" className="mt-8" data-evidence-static={staticCopy ? '' : undefined}>
        <h2 id="results-heading" className="text-xl font-bold">
          {filtered ? tl.matching(total) : t.all(total)}
          {entryName && t.concerningEntry(entryName)}
          {pages > 1 && tl.pageOf(page, pages)}
        </h2>
        {total === 0 && <p className="muted">{tl.none}</p>}
        <StatementList rows={rows} locale={locale} />
        {pages > 1 && (
          <nav aria-label={tl.pagesLabel} className="flex gap-4 mt-4">
            {page > 1 && (
              <a href={pageHref(page - 1)} rel="prev">
                {tl.previous}
              </a>
            )}
            <span>{tl.page(page, pages)}</span>
            {page < pages && (
              <a href={pageHref(page + 1)} rel="next">
                {tl.next}
              </a>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
