'use client';
import { useEffect, useState } from 'react';
import type { SearchFilters } from '@/lib/search/filters';
import type { SearchHit } from '@/lib/search/results';
import { paramsFromSearch, parseSearchUrl, type UrlKind } from '@/lib/search/url-query';
import { getEngine } from './load-engine';
import { Segments } from './segments';

export interface FacetOption {
  value: string;
  label: string;
}

export interface SearchPageProps {
  /** Every kind: name, folder (both accepted in the URL) and the labels the page shows. */
  kinds: readonly (UrlKind & { label: string; plural: string })[];
  origins: readonly FacetOption[];
  timings: readonly FacetOption[];
  areas: readonly FacetOption[];
}

type Parsed = { q: string; filters: SearchFilters };
type Results = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; hits: SearchHit[] } | { status: 'error'; message: string };

/**
 * The search page's form and results. The page is static (the same HTML for every query), so the query and the
 * filters are read here from the URL, and the results are ranked in the browser by the same engine as the dialog.
 * The form stays a plain GET form, so a submitted search is a shareable URL. Without JavaScript this island shows
 * an empty form; the page around it offers every entry by kind and A–Z instead.
 */
export function SearchPage({ kinds, origins, timings, areas }: SearchPageProps) {
  const [parsed, setParsed] = useState<Parsed | null>(null);
  // The results of one query (`for`): a result for another query is not shown (derived below, not set in an effect).
  const [answer, setAnswer] = useState<Results & { for?: string }>({ status: 'idle' });

  useEffect(() => {
    const read = () => setParsed(parseSearchUrl(paramsFromSearch(window.location.search), kinds));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [kinds]);

  const q = parsed?.q.trim() ?? '';
  const key = parsed ? JSON.stringify([q, parsed.filters]) : '';
  useEffect(() => {
    if (!parsed || q === '') return;
    let live = true;
    // `find` fetches the few index shards the query needs; `search` would only read what is already loaded.
    getEngine()
      .then((engine) => engine.find(q, { limit: 50, filters: parsed.filters }))
      .then(
        (r) => live && setAnswer(r.error ? { status: 'error', message: r.error, for: key } : { status: 'ready', hits: r.hits, for: key }),
        (e: Error) => live && setAnswer({ status: 'error', message: e.message, for: key }),
      );
    return () => {
      live = false;
    };
  }, [parsed, q, key]);
  const results: Results = !parsed || q === '' ? { status: 'idle' } : answer.for === key ? answer : { status: 'loading' };

  const filters = parsed?.filters;
  const hasFilters = !!filters && filters.kind.length + filters.origin.length + filters.timing.length + filters.area.length > 0;
  const kindLabel = (name: string) => kinds.find((k) => k.name === name)?.label ?? name;
  const hits = results.status === 'ready' ? results.hits : [];
  const facet = (legend: string, name: keyof SearchFilters, options: readonly FacetOption[]) => (
    <fieldset className="card p-3">
      <legend className="font-semibold px-1">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check-row flex gap-2 items-center text-sm">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={(filters?.[name] as string[] | undefined)?.includes(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <>
      {/* Keyed on the URL's state: the uncontrolled fields take its values once it has been read. */}
      <form
        key={parsed ? JSON.stringify(parsed) : 'empty'}
        action="/search"
        method="get"
        role="search"
        aria-label="Search with filters"
        className="mt-4 space-y-4"
      >
        <div className="flex gap-2">
          <label htmlFor="q" className="sr-only">
            Search terms
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={parsed?.q ?? ''}
            className="field flex-1 text-lg"
            placeholder="STK11, TMB, 肿瘤微环境, pembrolizumab…"
            autoComplete="off"
          />
          <button type="submit" className="btn">
            Search
          </button>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {facet(
            'Kind',
            'kind',
            kinds.map((k) => ({ value: k.name, label: k.plural })),
          )}
          {facet('Origin', 'origin', origins)}
          {facet('Timing', 'timing', timings)}
          {facet('Area', 'area', areas)}
        </div>
        <button type="submit" className="btn">
          Apply filters
        </button>
      </form>
      <section aria-labelledby="results-heading" className="mt-8" aria-live="polite">
        <h2 id="results-heading" className="text-xl font-bold">
          {q === ''
            ? parsed && hasFilters
              ? 'Type a term to search within these filters'
              : 'Type a term to search'
            : results.status === 'ready'
              ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${q.slice(0, 80)}”`
              : `Searching for “${q.slice(0, 80)}”…`}
        </h2>
        {results.status === 'error' && (
          <p role="alert" className="callout callout-caution">
            Search is unavailable: the search index could not be loaded ({results.message}). Browse every entry below instead.
          </p>
        )}
        {results.status === 'ready' && hits.length === 0 && (
          <p className="muted">No entries match. Check the spelling, remove a filter, or try a broader or Chinese term.</p>
        )}
        <ol aria-label="Search results" className="list-none p-0 space-y-3">
          {hits.map((h) => (
            <li key={h.id} className="card p-3">
              <a href={h.url} className="font-semibold text-lg">
                <Segments segments={h.titleSegments} />
              </a>{' '}
              <span lang="zh-Hans" className="muted">
                {h.titleZh}
              </span>{' '}
              <span className="badge badge-kind">{kindLabel(h.kind)}</span>
              <p className="m-0 mt-1 text-sm">
                <Segments segments={h.snippet} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
