import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Segments } from '@/components/search/segments';
import { getSite } from '@/lib/site/get-site';
import { AREA_INFO, AREAS, isKind, KIND_INFO, KINDS, ORIGIN_LABEL, ORIGINS, searchOf, TIMING_LABEL, TIMINGS } from '@/lib/content/kinds';
import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toSearchDocs } from '@/lib/search/documents';
import { parseSearchParams } from '@/lib/search/search-params';
import { memorySource, openSearchIndexSync, type SearchEngine } from '@/lib/search/query';
import { entryHref } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the atlas in English or Chinese, by abbreviation, gene, drug or trial name.',
  // One canonical search page: shared result URLs (?q=…) consolidate to it instead of being indexed one by one.
  alternates: { canonical: '/search' },
};

let engine: SearchEngine | null = null;

/**
 * The full search page: rendered on the server from the query string, so a shared URL and a browser without
 * JavaScript both get real results; filters are a plain GET form whose state lives in the URL.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const site = await getSite();
  // The same index files the browser fetches, held in memory: every search is complete at once.
  engine ??= openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex(toSearchDocs(site.entries)))));
  const { q, filters } = parseSearchParams(await searchParams);
  const trimmed = q.trim();
  const hasFilters = filters.kind.length + filters.origin.length + filters.timing.length + filters.area.length > 0;
  const hits = trimmed ? engine.search(trimmed, { limit: 50, filters }) : [];
  const matches = <T extends string>(wanted: readonly T[], value: T | undefined) => !wanted.length || (value !== undefined && wanted.includes(value));
  const browse =
    !trimmed && hasFilters
      ? site.entries.filter((e) => {
          const { facets } = searchOf(e);
          return matches(filters.kind, e.kind) && matches(filters.origin, facets.origin) && matches(filters.timing, facets.timing) && matches(filters.area, facets.area);
        })
      : [];
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Search' }]} />
      <h1 className="text-3xl font-bold m-0">Search</h1>
      <form action="/search" method="get" role="search" aria-label="Search with filters" className="mt-4 space-y-4">
        <div className="flex gap-2">
          <label htmlFor="q" className="sr-only">
            Search terms
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="field flex-1 text-lg" placeholder="STK11, TMB, 肿瘤微环境, pembrolizumab…" autoComplete="off" />
          <button type="submit" className="btn">
            Search
          </button>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <fieldset className="card p-3">
            <legend className="font-semibold px-1">Kind</legend>
            {KINDS.map((k) => (
              <label key={k} className="check-row flex gap-2 items-center text-sm">
                <input type="checkbox" name="kind" value={k} defaultChecked={filters.kind.includes(k)} /> {KIND_INFO[k].plural}
              </label>
            ))}
          </fieldset>
          <fieldset className="card p-3">
            <legend className="font-semibold px-1">Origin</legend>
            {ORIGINS.map((o) => (
              <label key={o} className="check-row flex gap-2 items-center text-sm">
                <input type="checkbox" name="origin" value={o} defaultChecked={filters.origin.includes(o)} /> {ORIGIN_LABEL[o]}
              </label>
            ))}
          </fieldset>
          <fieldset className="card p-3">
            <legend className="font-semibold px-1">Timing</legend>
            {TIMINGS.map((t) => (
              <label key={t} className="check-row flex gap-2 items-center text-sm">
                <input type="checkbox" name="timing" value={t} defaultChecked={filters.timing.includes(t)} /> {TIMING_LABEL[t]}
              </label>
            ))}
          </fieldset>
          <fieldset className="card p-3">
            <legend className="font-semibold px-1">Area</legend>
            {AREAS.map((a) => (
              <label key={a} className="check-row flex gap-2 items-center text-sm">
                <input type="checkbox" name="area" value={a} defaultChecked={filters.area.includes(a)} /> {AREA_INFO[a].label}
              </label>
            ))}
          </fieldset>
        </div>
        <button type="submit" className="btn">
          Apply filters
        </button>
      </form>
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-xl font-bold">
          {trimmed ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${trimmed.slice(0, 80)}”` : hasFilters ? `${browse.length} entries match the filters` : 'Type a term to search'}
        </h2>
        {trimmed && hits.length === 0 && <p className="muted">No entries match. Check the spelling, remove a filter, or try a broader or Chinese term.</p>}
        <ol aria-label="Search results" className="list-none p-0 space-y-3">
          {hits.map((h) => (
            <li key={h.id} className="card p-3">
              <a href={h.url} className="font-semibold text-lg">
                <Segments segments={h.titleSegments} />
              </a>{' '}
              <span lang="zh-Hans" className="muted">
                {h.titleZh}
              </span>{' '}
              <span className="badge badge-kind">{isKind(h.kind) ? KIND_INFO[h.kind].label : h.kind}</span>
              <p className="m-0 mt-1 text-sm">
                <Segments segments={h.snippet} />
              </p>
            </li>
          ))}
          {browse.map((e) => (
            <li key={e.id} className="card p-3">
              <a href={entryHref(e.kind, e.id)} className="font-semibold text-lg">
                {e.title}
              </a>{' '}
              <span lang="zh-Hans" className="muted">
                {e.titleZh}
              </span>{' '}
              <span className="badge badge-kind">{KIND_INFO[e.kind].label}</span>
              <p className="m-0 mt-1 text-sm">{e.summary}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
