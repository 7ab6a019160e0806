'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { rankMechanisms } from '@/lib/explorer/rank';
import { parseSelection, selectionSearch, SELECTION_PARAM, toggleSelection } from '@/lib/explorer/selection';
import { LEVEL_INFO, LEVEL_INFO_ZH, type EvidenceLevel } from '@/lib/content/vocabulary';
import { localizeHref, type Locale } from '@/lib/i18n/locales';
import { EXPLORER_ISLAND_TEXT } from './explorer-island-text';

export interface FindingView {
  id: string;
  label: string;
  labelZh: string;
  mechanisms: string[];
  note: string | null;
  /** Set when the note is shown in English on a Chinese page. */
  noteLang?: 'en';
  /** Best evidence level behind each link, by mechanism id (ungraded links absent). */
  levels: Record<string, EvidenceLevel>;
}

export interface FindingGroup {
  /** The biomarker entry's title in the page's language, used as the group's legend. */
  title: string;
  /** Set when the title is not in the page's language. */
  titleLang?: 'en' | 'zh-CN';
  findings: FindingView[];
}

interface Props {
  groups: FindingGroup[];
  /** Mechanism ids in the atlas's reading order (the ranking's tie-break). */
  mechanismOrder: string[];
  /** A server-rendered result card per linked mechanism. */
  cards: Record<string, ReactNode>;
  locale: Locale;
}

/**
 * The explorer's island: a GET form of findings whose selection lives in the URL (?f=a,b, kept in sync with
 * history.replaceState), and the mechanisms those findings link to, ranked by how many selected findings support
 * each. The page around it is static; the island reads the URL after hydration.
 */
export function Explorer({ groups, mechanismOrder, cards, locale }: Props) {
  const t = EXPLORER_ISLAND_TEXT[locale];
  const zh = locale === 'zh';
  const findings = groups.flatMap((g) => g.findings);
  const known = findings.map((f) => f.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the prerendered page cannot know the query string
    setSelected(parseSelection(window.location.search, known));
    setLoaded(true);
    // Runs once, after hydration: the prerendered page cannot know the query string (`known` is fixed per page).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mount-only on purpose
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const url = `${window.location.pathname}${selectionSearch(selected)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [selected, loaded]);

  const ranked = rankMechanisms(findings, selected, mechanismOrder);
  const chosen = findings.filter((f) => selected.includes(f.id));
  const label = new Map(findings.map((f) => [f.id, zh ? f.labelZh : f.label]));
  const status = !selected.length ? t.prompt : t.status(ranked.length, selected.length);

  return (
    <>
      <form
        method="get"
        action={localizeHref(locale, '/explorer#all-findings')}
        aria-labelledby="explorer-findings"
        onSubmit={(e) => {
          e.preventDefault();
          resultsHeading.current?.focus();
        }}
      >
        <h2 id="explorer-findings" className="text-2xl font-bold mt-6">
          {t.findings}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {groups.map((g) => (
            <fieldset key={g.title} className="card p-3">
              <legend className="font-semibold px-1" lang={g.titleLang}>
                {g.title}
              </legend>
              {g.findings.map((f) => (
                <label key={f.id} className="check-row flex gap-2 items-center">
                  <input
                    type="checkbox"
                    className="shrink-0"
                    name={SELECTION_PARAM}
                    value={f.id}
                    checked={selected.includes(f.id)}
                    onChange={(e) => setSelected((s) => toggleSelection(s, f.id, e.target.checked, known))}
                  />
                  <span>
                    {zh ? f.labelZh : f.label}{' '}
                    <span lang={zh ? 'en' : 'zh-Hans'} className="muted text-sm">
                      {zh ? f.label : f.labelZh}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <div className="flex flex-wrap gap-3 mt-3">
          <button type="submit" className="btn">
            {t.show}
          </button>
          <button
            type="reset"
            className="btn"
            onClick={(e) => {
              e.preventDefault();
              setSelected([]);
            }}
          >
            {t.clear}
          </button>
        </div>
      </form>

      <section aria-labelledby="explorer-results" className="mt-8">
        <h2 id="explorer-results" ref={resultsHeading} tabIndex={-1} className="text-2xl font-bold">
          {t.results}
        </h2>
        <p role="status" className="m-0 mb-3">
          {status}
        </p>
        {chosen.some((f) => f.note) && (
          <div className="callout">
            <p className="callout-title">{t.about}</p>
            <ul className="m-0 pl-5 list-disc">
              {chosen
                .filter((f) => f.note)
                .map((f) => (
                  <li key={f.id}>
                    <strong>{zh ? f.labelZh : f.label}</strong>
                    {f.mechanisms.length ? '' : t.unlinked}
                    {t.colon}
                    <span lang={f.noteLang}>{f.note}</span>
                  </li>
                ))}
            </ul>
          </div>
        )}
        {ranked.length > 0 && (
          <ol aria-label={t.ranked} className="list-none p-0 m-0 space-y-4">
            {ranked.map((r, i) => (
              <li key={r.id} className="card p-4" data-mechanism={r.id}>
                <p className="text-sm m-0 mb-2">
                  <strong>#{i + 1}</strong> · {t.linkedTo}
                  {zh ? '' : ' '}
                  <strong>{t.countOf(r.count, selected.length)}</strong>
                  {t.colon}
                  {r.findings.map((f) => label.get(f)).join(t.separator)} ·{' '}
                  {r.level ? t.best(r.level, (zh ? LEVEL_INFO_ZH : LEVEL_INFO)[r.level].label) : t.ungraded}
                </p>
                {cards[r.id]}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
