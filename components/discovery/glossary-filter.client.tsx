'use client';
import { useEffect, useState } from 'react';
import type { GlossaryTermRow } from '@/lib/discovery/glossary';
import { foldTerm } from '@/lib/discovery/fold';
import { loadGlossaryTerms, termRowHref } from './glossary-terms';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Searches the whole glossary from its index page: fetches the term list on first use and lists the terms whose
 * folded text contains the query, each linking to its definition on its letter page, and announces the count.
 * Without JavaScript the same form submits to the atlas search.
 */
export function GlossaryFilter({ total }: { total: number }) {
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
      ? 'The term list could not be loaded; press Enter to search the atlas.'
      : !hits
        ? 'Searching…'
        : hits.length === 0
          ? 'No term matches.'
          : `${hits.length} of ${total} terms match.`;

  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Glossary"
      className="my-4"
      onSubmit={(e) => {
        if (hits) e.preventDefault();
      }}
    >
      <label htmlFor="glossary-filter" className="block font-semibold">
        Search the glossary
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
        <ul aria-label="Matching terms" className="glossary-results">
          {hits.map((row) => (
            <li key={row[2]}>
              <a href={termRowHref(row)} lang={CJK.test(row[0]) ? 'zh-Hans' : undefined}>
                {row[0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
