import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment, type ReactElement } from 'react';
import { GlossaryLetters } from '@/components/discovery/glossary-letters';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite, type Site } from '@/lib/site/get-site';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { GLOSSARY_TEXT } from '@/components/discovery/glossary-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { pageMetadata } from '@/components/i18n/metadata';
import { summaryOf, titleOf } from '@/components/i18n/entry-text';
import { buildGlossary, shortDefinitionZh, type GlossaryLink, type GlossarySection, type GlossaryTerm } from '@/lib/discovery/glossary';
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

/** The section's name as the page's language writes it ("T", "中文 M", "Other" / "其他"). */
function sectionLabel(s: GlossarySection): string {
  return s.key === 'other' ? text(GLOSSARY_TEXT).other : s.label;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await load(params);
  const label = (l: 'en' | 'zh') => (section.key === 'other' ? GLOSSARY_TEXT[l].other : section.label);
  return pageMetadata(
    section.href,
    { en: GLOSSARY_TEXT.en.sectionTitle(label('en')), zh: GLOSSARY_TEXT.zh.sectionTitle(label('zh')) },
    {
      en: GLOSSARY_TEXT.en.sectionDescription(section.terms.length, label('en')),
      zh: GLOSSARY_TEXT.zh.sectionDescription(section.terms.length, label('zh')),
    },
  );
}

/**
 * Builds each entry's link and definition once per page and reuses the same element wherever the entry appears:
 * the React payload then carries an entry's definition once, with references to it, instead of once per term
 * (an entry has a dozen terms: its titles and aliases).
 */
function definitionCache(site: Site) {
  const zh = getLocale() === 'zh';
  const links = new Map<string, ReactElement>();
  const bodies = new Map<string, ReactElement>();
  const link = (l: GlossaryLink) => {
    let a = links.get(l.id);
    if (!a) {
      const e = site.getEntry(l.id);
      const title = e ? titleOf(site, e) : { text: zh ? l.titleZh : l.title };
      links.set(
        l.id,
        (a = (
          <a href={href(l.href)} lang={title.lang}>
            {title.text}
          </a>
        )),
      );
    }
    return a;
  };
  const body = (l: GlossaryLink) => {
    let b = bodies.get(l.id);
    if (!b) {
      const e = site.getEntry(l.id);
      const summary = zh && e ? summaryOf(site, e) : null;
      const definition =
        summary && !summary.lang ? { text: shortDefinitionZh(summary.text) } : { text: l.definition, lang: zh ? 'en' : undefined };
      bodies.set(
        l.id,
        (b = zh ? (
          <>
            {link(l)} <span lang="en">{l.title}</span>
            {'——'}
            <span lang={definition.lang}>{definition.text}</span>
          </>
        ) : (
          <>
            {link(l)} <span lang="zh-Hans">{l.titleZh}</span>
            {` — ${l.definition}`}
          </>
        )),
      );
    }
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
        {text(GLOSSARY_TEXT).usedBy(term.links.length)}
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
  const site = await getSite();
  const defs = definitionCache(site);
  const t = text(GLOSSARY_TEXT);
  const zhLang = t.chineseLang || undefined;
  const initial = section.key.slice(3).toUpperCase();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: href('/'), label: text(SHELL_TEXT).home },
          { href: href(GLOSSARY_PATH), label: t.title },
          { label: sectionLabel(section) },
        ]}
      />
      <h1 className="text-3xl font-bold m-0">
        {t.sectionTitle('')}
        {section.group === 'zh' ? (
          <>
            <span lang={zhLang}>{t.chinese}</span> {initial}
          </>
        ) : (
          sectionLabel(section)
        )}
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        {section.group === 'zh' && t.zhIntro(initial)}
        {t.sectionIntro(section.terms.length, glossary.termCount, MAX_DEFINED, (s) => (
          <a href={href(GLOSSARY_PATH)}>{s}</a>
        ))}
      </p>
      <GlossaryLetters index={glossary.index} current={section.key} />
      <dl className="glossary-list m-0 mt-6">
        {section.terms.map((term, i) => (
          <Fragment key={i}>
            <dt id={term.anchor} {...(getLocale() === 'zh' ? !term.zh && { lang: 'en' } : term.zh && { lang: 'zh-Hans' })}>
              {term.term}
            </dt>
            <TermBody term={term} defs={defs} />
          </Fragment>
        ))}
      </dl>
      <p className="m-0 mt-4 text-sm">
        <a href="#glossary-index">{t.backToLetters}</a>
      </p>
    </>
  );
}
