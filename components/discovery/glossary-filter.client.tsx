'use client';
import { useEffect, useState } from 'react';
import { foldTerm } from '@/lib/discovery/fold';

/**
 * Filters the glossary index in place: hides term links (and then empty sections) whose folded text does not
 * contain the query, and announces the count. Without JavaScript the same form submits to the atlas search.
 */
export function GlossaryFilter({ total }: { total: number }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const needle = foldTerm(query);
    let count = 0;
    for (const section of document.querySelectorAll<HTMLElement>('[data-glossary-section]')) {
      let any = false;
      for (const term of section.querySelectorAll<HTMLElement>('.glossary-terms > a')) {
        const hit = !needle || foldTerm(term.textContent ?? '').includes(needle);
        term.hidden = !hit;
        if (hit) {
          any = true;
          count++;
        }
      }
      section.hidden = !any;
    }
    setShown(needle ? count : null);
  }, [query]);

  return (
    <form action="/search" method="get" role="search" aria-label="Glossary" className="my-4" onSubmit={(e) => e.preventDefault()}>
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
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby="glossary-filter-status"
      />
      <p id="glossary-filter-status" role="status" className="m-0 mt-1 text-sm muted min-h-[1.5em]">
        {shown === null ? '' : shown === 0 ? 'No term matches.' : `${shown} of ${total} terms match.`}
      </p>
    </form>
  );
}
