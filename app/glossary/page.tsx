import type { Metadata } from 'next';
import { Fragment } from 'react';
import { GlossaryFilter } from '@/components/discovery/glossary-filter.client';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { buildGlossary, type GlossaryTerm } from '@/lib/discovery/glossary';
import { GLOSSARY_PATH } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Every title, abbreviation, alias and Chinese name in the atlas, A–Z, each linked to its entry with a short definition.',
  alternates: { canonical: GLOSSARY_PATH },
};

/** Above this many entries a term is a shared word ("耐药"), listed compactly rather than defined once per entry. */
const MAX_DEFINED = 3;

function TermBody({ term }: { term: GlossaryTerm }) {
  // Lean markup on purpose: ~900 terms and ~1,000 definitions, each sent twice (HTML and the React payload) and
  // each scanned by assistive technology and checkers. One <dd> per linked entry: link, Chinese name, definition.
  if (term.links.length > MAX_DEFINED) {
    return (
      <dd>
        {`Used by ${term.links.length} entries: `}
        {term.links.map((l, i) => (
          <Fragment key={l.id}>
            {i > 0 && ' · '}
            <a href={l.href}>{l.title}</a>
          </Fragment>
        ))}
      </dd>
    );
  }
  return term.links.map((l) => (
    <dd key={l.id}>
      <a href={l.href}>{l.title}</a> <span lang="zh-Hans">{l.titleZh}</span>
      {` — ${l.definition}`}
    </dd>
  ));
}

export default async function GlossaryPage() {
  const site = await getSite();
  const glossary = buildGlossary(site.entries);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Glossary' }]} />
      <h1 className="text-3xl font-bold m-0">
        Glossary <span lang="zh-Hans" className="muted font-normal text-2xl">术语表</span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        {glossary.termCount} terms: the titles, abbreviations, aliases and Chinese names of all {site.entries.length} entries,
        each linked to its entry with a short definition taken from the entry&apos;s summary. A term used by several entries
        links to each; a word shared by more than {MAX_DEFINED} entries lists them without definitions.
      </p>
      <GlossaryFilter total={glossary.termCount} />
      <nav id="glossary-index" aria-label="Glossary index" className="glossary-index">
        <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0">
          {glossary.index.map((i) => (
            <li key={i.anchor}>
              {i.present ? (
                <a href={`#${i.anchor}`} lang={i.anchor === 'letter-zh' ? 'zh-Hans' : undefined}>
                  {i.label}
                </a>
              ) : (
                <span className="muted">
                  {i.label}
                  <span className="sr-only"> (no terms)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {glossary.sections.map((s) => (
        <section key={s.key} aria-labelledby={s.anchor} className="glossary-section mt-8" data-glossary-section="">
          <h2 id={s.anchor} className="text-2xl font-bold m-0" lang={s.key === 'zh' ? 'zh-Hans' : undefined}>
            {s.label}
          </h2>
          <dl className="glossary-list m-0 mt-2">
            {s.terms.map((t) => (
              <Fragment key={t.anchor}>
                <dt id={t.anchor} lang={t.zh ? 'zh-Hans' : undefined}>
                  {t.term}
                </dt>
                <TermBody term={t} />
              </Fragment>
            ))}
          </dl>
          <p className="m-0 mt-2 text-sm">
            <a href="#glossary-index">Back to the index</a>
          </p>
        </section>
      ))}
    </>
  );
}
