import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment, type ReactElement } from 'react';
import { GlossaryLetters } from '@/components/discovery/glossary-letters';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { buildGlossary, type GlossaryLink, type GlossarySection, type GlossaryTerm } from '@/lib/discovery/glossary';
import { GLOSSARY_PATH } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamicParams = false;

type Params = Promise<{ section: string }>;

/** Above this many entries a term is a shared word ("耐药"), listed compactly rather than defined once per entry. */
const MAX_DEFINED = 3;

async function load(params: Params) {
  const { section: key } = await params;
  const site = await getSite();
  const glossary = buildGlossary(site.entries);
  const section = glossary.sections.find((s) => s.key === key);
  if (!section) notFound();
  return { glossary, section };
}

export async function generateStaticParams() {
  const site = await getSite();
  return buildGlossary(site.entries).sections.map((s) => ({ section: s.key }));
}

function sectionTitle(s: GlossarySection): string {
  return `Glossary: ${s.label}`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await load(params);
  return {
    title: sectionTitle(section),
    description: `The ${section.terms.length} glossary terms under ${section.label}, each linked to its entries with a short definition.`,
    alternates: { canonical: section.href },
  };
}

/**
 * Builds each entry's link and definition once per page and reuses the same element wherever the entry appears:
 * the React payload then carries an entry's definition once, with references to it, instead of once per term
 * (an entry has a dozen terms: its titles and aliases).
 */
function definitionCache() {
  const links = new Map<string, ReactElement>();
  const bodies = new Map<string, ReactElement>();
  const link = (l: GlossaryLink) => {
    let a = links.get(l.id);
    if (!a) links.set(l.id, (a = <a href={l.href}>{l.title}</a>));
    return a;
  };
  const body = (l: GlossaryLink) => {
    let b = bodies.get(l.id);
    if (!b)
      bodies.set(
        l.id,
        (b = (
          <>
            {link(l)} <span lang="zh-Hans">{l.titleZh}</span>
            {` — ${l.definition}`}
          </>
        )),
      );
    return b;
  };
  return { link, body };
}

function TermBody({ term, defs }: { term: GlossaryTerm; defs: ReturnType<typeof definitionCache> }) {
  // Lean markup on purpose: every element is sent twice (HTML and the React payload) and scanned by assistive
  // technology and checkers. One <dd> per linked entry: link, Chinese name, definition.
  if (term.links.length > MAX_DEFINED) {
    return (
      <dd>
        {`Used by ${term.links.length} entries: `}
        {term.links.map((l, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            {defs.link(l)}
          </Fragment>
        ))}
      </dd>
    );
  }
  return term.links.map((l, i) => <dd key={i}>{defs.body(l)}</dd>);
}

/** One letter of the glossary: its terms, each with a short definition per entry it names. */
export default async function GlossarySectionPage({ params }: { params: Params }) {
  const { glossary, section } = await load(params);
  const defs = definitionCache();
  const initial = section.key.slice(3).toUpperCase();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: GLOSSARY_PATH, label: 'Glossary' }, { label: section.label }]} />
      <h1 className="text-3xl font-bold m-0">
        Glossary:{' '}
        {section.group === 'zh' ? (
          <>
            <span lang="zh-Hans">中文</span> {initial}
          </>
        ) : (
          section.label
        )}
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        {section.group === 'zh' && (
          <>
            The terms that begin with a Chinese character whose pinyin reading begins with {initial}, in pinyin order. A character with
            several readings is filed under the one the sort order gives it, which is not always the reading the term uses.{' '}
          </>
        )}
        {section.terms.length} of the atlas&apos;s {glossary.termCount} terms, each linked to its entry with a short definition taken from
        the entry&apos;s summary. A term used by several entries links to each; a word shared by more than {MAX_DEFINED} entries lists them
        without definitions. <a href={GLOSSARY_PATH}>Search all terms</a>.
      </p>
      <GlossaryLetters index={glossary.index} current={section.key} />
      <dl className="glossary-list m-0 mt-6">
        {section.terms.map((t, i) => (
          <Fragment key={i}>
            <dt id={t.anchor} {...(t.zh && { lang: 'zh-Hans' })}>
              {t.term}
            </dt>
            <TermBody term={t} defs={defs} />
          </Fragment>
        ))}
      </dl>
      <p className="m-0 mt-4 text-sm">
        <a href="#glossary-index">Back to the letters</a>
      </p>
    </>
  );
}
