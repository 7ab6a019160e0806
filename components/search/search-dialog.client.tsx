'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { latestQuery } from '@/lib/search/latest-query';
import type { SearchEngine, SearchResult } from '@/lib/search/query';
import type { SearchHit } from '@/lib/search/results';
import { searchHref } from '@/lib/site/search-routes';
import { getEngine } from './load-engine';
import { SEARCH_TEXT } from './search-text';
import { Segments } from './segments';

export interface SearchDialogProps {
  initialQuery?: string;
  /** Badge label of each kind, by kind name. */
  kindLabels: Readonly<Record<string, string>>;
  /** The page's language: which index is searched, where results link, and the dialog's strings. */
  locale?: Locale;
  /** Called once the input has focus: keystrokes go to it from then on. */
  onReady?(): void;
  onClose(): void;
}

type State = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

/**
 * Modal search: a native <dialog> (focus stays inside, Esc closes), an ARIA combobox over a listbox of results.
 * Arrow keys move, Enter opens, results update as you type.
 */
export function SearchDialog({ initialQuery = '', kindLabels, locale = 'en', onReady, onClose }: SearchDialogProps) {
  const t = SEARCH_TEXT[locale];
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  // Results of the latest query answered so far.
  const [shown, setShown] = useState<{ query: string; hits: SearchHit[]; error: string | null }>({ query: '', hits: [], error: null });
  const hits = shown.hits;
  // One search at a time; queries typed meanwhile collapse into the latest (each search fetches a few shards).
  const submit = useMemo(
    () =>
      engine &&
      latestQuery(
        (q) => (q === '' ? Promise.resolve({ hits: [], error: null }) : engine.find(q, { limit: 12 })),
        (q, r: SearchResult) => setShown({ query: q, hits: r.hits, error: r.error }),
      ),
    [engine],
  );
  const uid = useId();
  const listId = `${uid}-results`;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    const el = input.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
    onReady?.();
    getEngine(locale).then(
      (loaded) => {
        setEngine(loaded);
        setState({ status: 'ready' });
      },
      (e: Error) => setState({ status: 'error', message: e.message }),
    );
    // Once per opening of the dialog: the engine loads once, and onReady reports that first opening only.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mount-only on purpose
  }, []);

  useEffect(() => {
    submit?.(query.trim());
  }, [submit, query]);

  const go = (hit: SearchHit | undefined) => {
    if (hit) window.location.assign(hit.url);
  };

  const trimmed = query.trim();
  return (
    <dialog
      ref={ref}
      aria-label={t.dialogLabel}
      className="search-dialog"
      onClose={onClose}
      onClick={(e) => {
        if (e.target === ref.current) ref.current?.close();
      }}
    >
      <div className="search-panel">
        <div className="flex gap-2 items-center">
          <label htmlFor={`${uid}-q`} className="sr-only">
            {t.termsLabel}
          </label>
          <input
            id={`${uid}-q`}
            ref={input}
            className="field flex-1 text-lg"
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={hits.length ? `${uid}-opt-${active}` : undefined}
            placeholder={t.placeholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                if (hits[active]) go(hits[active]);
                else if (trimmed) window.location.assign(searchHref(trimmed, locale));
              }
            }}
          />
          <button type="button" className="btn" onClick={() => ref.current?.close()}>
            {t.close} <kbd aria-hidden="true">Esc</kbd>
          </button>
        </div>
        <div className="search-body" aria-live="polite">
          {state.status === 'loading' && <p className="muted">{t.loading}</p>}
          {state.status === 'error' && (
            <p role="alert" className="callout callout-caution">
              {t.unavailable(state.message)}
            </p>
          )}
          {state.status === 'ready' && trimmed === '' && <p className="muted">{t.hint}</p>}
          {state.status === 'ready' && shown.error !== null && (
            <p role="alert" className="callout callout-caution">
              {t.partUnavailable(shown.error)}
            </p>
          )}
          {state.status === 'ready' && trimmed !== '' && shown.query === trimmed && shown.error === null && hits.length === 0 && (
            <p className="muted">{t.noMatch(trimmed)}</p>
          )}
          <ul id={listId} role="listbox" aria-label={t.results} className="list-none p-0 m-0">
            {hits.map((h, i) => (
              <li
                key={h.id}
                id={`${uid}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={`search-option${i === active ? ' is-active' : ''}`}
                onMouseMove={() => setActive(i)}
                onClick={() => go(h)}
              >
                <span className="badge badge-kind mr-2">{kindLabels[h.kind] ?? h.kind}</span>
                <span className="font-semibold">
                  <Segments segments={h.titleSegments} />
                </span>{' '}
                {locale === 'zh' ? (
                  <span lang="en" className="muted">
                    {h.title}
                  </span>
                ) : (
                  <span lang="zh-Hans" className="muted">
                    {h.titleZh}
                  </span>
                )}
                <span className="block text-sm muted">
                  <Segments segments={h.snippet} />
                </span>
              </li>
            ))}
          </ul>
          {trimmed !== '' && (
            <p className="text-sm mt-2">
              <a href={searchHref(trimmed, locale)}>{t.allResults(trimmed)}</a>
            </p>
          )}
        </div>
      </div>
    </dialog>
  );
}
