'use client';
import { useEffect, useState } from 'react';
import type { GlossaryTermRow } from '@/lib/discovery/glossary';
import { foldTerm } from '@/lib/discovery/fold';
import { localizeHref, type Locale } from '@/lib/i18n/locales';
import { GLOSSARY_FILTER_TEXT } from './glossary-filter-text';
import { loadGlossaryTerms, termRowHref } from './glossary-terms';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Searches the whole glossary from its index page: fetches the term list on first use and lists the terms whose
 * folded text contains the query, each linking to its definition on its letter page, and announces the count.
 * Without JavaScript the same form submits to the atlas search.
 */
export function GlossaryFilter({ total, locale }: { total: number; locale: Locale }) {
  const t = GLOSSARY_FILTER_TEXT[locale];
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<GlossaryTermRow[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!query.trim() || rows) return;
    let live = true;
    loadGlossaryTerms().then(
      (r) => live && setRows(r),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [query, rows]);

  const needle = foldTerm(query);
  const hits = needle && rows ? rows.filter(([term]) => foldTerm(term).includes(needle)) : null;
  const status = !needle
    ? ''
    : failed && !rows
      ? t.failed
      : !hits
        ? t.searching
        : hits.length === 0
          ? t.none
          : t.matches(hits.length, total);

  return (
    <form
      action={localizeHref(locale, '/search')}
      method="get"
      role="search"
      aria-label={t.form}
      className="my-4"
      onSubmit={(e) => {
        if (hits) e.preventDefault();
      }}
    >
      <label htmlFor="glossary-filter" className="block font-semibold">
        {t.label}
      </label>
      <input
        id="glossary-filter"
        name="q"
        type="search"
        className="field w-full max-w-md mt-1"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setFailed(false);
        }}
        aria-describedby="glossary-filter-status"
      />
      <p id="glossary-filter-status" role="status" className="m-0 mt-1 text-sm muted min-h-[1.5em]">
        {status}
      </p>
      {hits && hits.length > 0 && (
        <ul aria-label={t.results} className="glossary-results">
          {hits.map((row) => (
            <li key={row[2]}>
              <a
                href={localizeHref(locale, termRowHref(row))}
                lang={locale === 'zh' ? (CJK.test(row[0]) ? undefined : 'en') : CJK.test(row[0]) ? 'zh-Hans' : undefined}
              >
                {row[0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
