'use client';
import { useEffect, useState } from 'react';
import { EVIDENCE_FACETS, evidenceHref, matchesFilters, paginate, parseEvidenceParams, type EvidenceFilters } from '@/lib/evidence/filter';
import type { EvidenceRow } from '@/lib/evidence/rows';
import { localizeHref, type Locale } from '@/lib/i18n/locales';
import { STATEMENT_LIST_TEXT } from './statement-list-text';
import { StatementList } from './statement-list';

/** The URL's search params as the parser takes them (repeated keys become lists). */
function paramsOf(search: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) (out[k] ??= []).push(v);
  return out;
}

type State =
  { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; rows: EvidenceRow[]; filters: EvidenceFilters };

/**
 * The static copy's filters: when the URL has any, it loads /evidence/statements.json, hides the prerendered
 * (unfiltered) list, shows the matching statements, and ticks the form's boxes to match the URL. Text only: no
 * value is ever parsed as HTML.
 */
export function EvidenceResults({ locale = 'en' }: { locale?: Locale }) {
  const t = STATEMENT_LIST_TEXT[locale];
  const [state, setState] = useState<State>({ status: 'idle' });
  useEffect(() => {
    const filters = parseEvidenceParams(paramsOf(window.location.search));
    const filtered = EVIDENCE_FACETS.some((k) => filters[k].length > 0) || filters.entry !== null || filters.page > 1;
    if (!filtered) return;
    for (const input of document.querySelectorAll<HTMLInputElement>('form input[type=checkbox]')) {
      input.checked =
        (filters[input.name as (typeof EVIDENCE_FACETS)[number]] as readonly string[] | undefined)?.includes(input.value) ?? false;
    }
    const select = document.querySelector<HTMLSelectElement>('form select[name=entry]');
    if (select && filters.entry) select.value = filters.entry;
    fetch('/evidence/statements.json')
      .then((r) => (r.ok ? (r.json() as Promise<EvidenceRow[]>) : Promise.reject(new Error(String(r.status)))))
      .then((rows) => {
        document.querySelector('[data-evidence-static]')?.setAttribute('hidden', '');
        setState({ status: 'ready', rows, filters });
      })
      .catch(() => setState({ status: 'error' }));
  }, []);

  if (state.status === 'idle') return null;
  if (state.status === 'loading')
    return (
      <p className="mt-8 muted" role="status">
        {t.applying}
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="mt-8" role="alert">
        {t.failed}
      </p>
    );
  const { rows, filters } = state;
  const matching = rows.filter((r) => matchesFilters(r, filters));
  const { items, page, pages, total } = paginate(matching, filters.page);
  return (
    <section aria-labelledby="filtered-heading" className="mt-8">
      <h2 id="filtered-heading" className="text-xl font-bold">
        {t.matching(total)}
        {pages > 1 && t.pageOf(page, pages)}
      </h2>
      {total === 0 && <p className="muted">{t.none}</p>}
      <StatementList rows={items} locale={locale} />
      {pages > 1 && (
        <nav aria-label={t.pagesLabel} className="flex gap-4 mt-4">
          {page > 1 && <a href={localizeHref(locale, evidenceHref({ ...filters, page: page - 1 }))}>{t.previous}</a>}
          <span>{t.page(page, pages)}</span>
          {page < pages && <a href={localizeHref(locale, evidenceHref({ ...filters, page: page + 1 }))}>{t.next}</a>}
        </nav>
      )}
    </section>
  );
}
