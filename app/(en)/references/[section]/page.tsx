import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryLinks } from '@/components/entry/entry-links';
import { ReferenceText } from '@/components/entry/references-list';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { BibliographySections } from '@/components/references/bibliography-sections';
import { getSite } from '@/lib/site/get-site';
import { buildBibliography } from '@/lib/discovery/bibliography';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { REFERENCES_TEXT } from '@/components/references/references-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { pageMetadata } from '@/components/i18n/metadata';
import { REFERENCES_PATH } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamicParams = false;

const CJK = /[\u3400-\u9fff]/;

type Params = Promise<{ section: string }>;

async function load(params: Params) {
  const { section: key } = await params;
  const site = await getSite();
  const sections = buildBibliography(site.corpus.references);
  const section = sections.find((s) => s.key === key);
  if (!section) notFound();
  return { site, sections, section };
}

export async function generateStaticParams() {
  const site = await getSite();
  return buildBibliography(site.corpus.references).map((s) => ({ section: s.key }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await load(params);
  const n = section.refs.length;
  return pageMetadata(
    section.href,
    { en: REFERENCES_TEXT.en.sectionTitle(section.label), zh: REFERENCES_TEXT.zh.sectionTitle(section.labelZh) },
    {
      en: REFERENCES_TEXT.en.sectionIntro(section.key, n, section.label),
      zh: REFERENCES_TEXT.zh.sectionIntro(section.key, n, section.labelZh),
    },
  );
}

/** One section of the bibliography: the full record of each source, what it supports and the entries that cite it. */
export default async function ReferencesSectionPage({ params }: { params: Params }) {
  const { site, sections, section } = await load(params);
  const t = text(REFERENCES_TEXT);
  const zh = getLocale() === 'zh';
  const label = zh ? section.labelZh : section.label;
  return (
    <>
      <Breadcrumbs
        items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { href: href(REFERENCES_PATH), label: t.title }, { label }]}
      />
      <h1 className="text-3xl font-bold m-0">{t.sectionTitle(label)}</h1>
      <p className="mt-2 max-w-3xl">
        {t.sectionIntro(section.key, section.refs.length, label)}{' '}
        <a href={href(REFERENCES_PATH)}>{t.allSources(site.corpus.references.length)}</a>
        {zh ? '。' : '.'}
      </p>
      <BibliographySections sections={sections} current={section.key} />
      <ol className="list-none p-0 space-y-4 mt-6">
        {section.refs.map((r) => {
          const citing = site.citing(r.id);
          return (
            <li key={r.id} id={r.id} className="card p-4 text-sm">
              <p className="m-0" lang={zh && !CJK.test(r.title) ? 'en' : undefined}>
                <ReferenceText r={r} />
              </p>
              <p className="m-0 mt-1 muted" lang={zh ? 'en' : undefined}>
                {r.supports}
              </p>
              <p className="m-0 mt-1">
                {citing.length ? (
                  <>
                    {t.citedBy} <EntryLinks entries={citing} />
                  </>
                ) : (
                  <span className="muted">{t.notCited}</span>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
