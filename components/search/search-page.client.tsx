'use client';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchFilters } from '@/lib/search/filters';
import type { SearchHit } from '@/lib/search/results';
import { paramsFromSearch, parseSearchUrl, type UrlKind } from '@/lib/search/url-query';
import { getEngine } from './load-engine';
import { SEARCH_PAGE_TEXT, SEARCH_TEXT } from './search-text';
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
  /** The page's language: the index searched (/zh/search searches the Chinese edition's), result links, strings. */
  locale?: Locale;
}

type Parsed = { q: string; filters: SearchFilters };
type Results = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; hits: SearchHit[] } | { status: 'error'; message: string };

/**
 * The search page's form and results. The page is static (the same HTML for every query), so the query and the
 * filters are read here from the URL, and the results are ranked in the browser by the same engine as the dialog.
 * The form stays a plain GET form, so a submitted search is a shareable URL. Without JavaScript this island shows
 * an empty form; the page around it offers every entry by kind and A–Z instead.
 */
export function SearchPage({ kinds, origins, timings, areas, locale = 'en' }: SearchPageProps) {
  const t = { ...SEARCH_TEXT[locale], ...SEARCH_PAGE_TEXT[locale] };
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
    getEngine(locale)
      .then((engine) => engine.find(q, { limit: 50, filters: parsed.filters }))
      .then(
        (r) => live && setAnswer(r.error ? { status: 'error', message: r.error, for: key } : { status: 'ready', hits: r.hits, for: key }),
        (e: Error) => live && setAnswer({ status: 'error', message: e.message, for: key }),
      );
    return () => {
      live = false;
    };
  }, [parsed, q, key, locale]);
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
        action={locale === 'zh' ? '/zh/search' : '/search'}
        method="get"
        role="search"
        aria-label={t.formLabel}
        className="mt-4 space-y-4"
      >
        <div className="flex gap-2">
          <label htmlFor="q" className="sr-only">
            {t.termsLabel}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={parsed?.q ?? ''}
            className="field flex-1 text-lg"
            placeholder={t.placeholder}
            autoComplete="off"
          />
          <button type="submit" className="btn">
            {t.search}
          </button>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {facet(
            t.kind,
            'kind',
            kinds.map((k) => ({ value: k.name, label: k.plural })),
          )}
          {facet(t.origin, 'origin', origins)}
          {facet(t.timing, 'timing', timings)}
          {facet(t.area, 'area', areas)}
        </div>
        <button type="submit" className="btn">
          {t.applyFilters}
        </button>
      </form>
      <section aria-labelledby="results-heading" className="mt-8" aria-live="polite">
        <h2 id="results-heading" className="text-xl font-bold">
          {q === ''
            ? parsed && hasFilters
              ? t.typeWithinFilters
              : t.typeTerm
            : results.status === 'ready'
              ? t.count(hits.length, q)
              : t.searching(q)}
        </h2>
        {results.status === 'error' && (
          <p role="alert" className="callout callout-caution">
            {t.pageUnavailable(results.message)}
          </p>
        )}
        {results.status === 'ready' && hits.length === 0 && <p className="muted">{t.pageNoMatch}</p>}
        <ol aria-label={t.results} className="list-none p-0 space-y-3">
          {hits.map((h) => (
            <li key={h.id} className="card p-3">
              <a href={h.url} className="font-semibold text-lg">
                <Segments segments={h.titleSegments} />
              </a>{' '}
              {locale === 'zh' ? (
                <span lang="en" className="muted">
                  {h.title}
                </span>
              ) : (
                <span lang="zh-Hans" className="muted">
                  {h.titleZh}
                </span>
              )}{' '}
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
