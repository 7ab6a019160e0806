import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Backlinks } from '@/components/entry/backlinks';
import { CiteThisPage } from '@/components/entry/cite-this-page';
import { EntryBadges } from '@/components/entry/badges';
import { Disclaimer } from '@/components/entry/disclaimer';
import { EvidencePanel } from '@/components/entry/evidence-panel';
import { KeyFacts } from '@/components/entry/key-facts';
import { ReferencesList } from '@/components/entry/references-list';
import { RelatedEntries } from '@/components/entry/related-entries';
import { EntrySections, entrySections, sectionContext, sectionTitle } from '@/components/entry/sections';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Toc } from '@/components/layout/toc';
import { MdxContent } from '@/components/mdx-content';
import { EntryProblems } from '@/components/dev/content-problems';
import { entryProblems, getSite, problemPages } from '@/lib/site/get-site';
import { KIND_INFO } from '@/lib/content/kinds';
import type { Reference } from '@/lib/content/references';
import { entryJsonLd, serializeJsonLd } from '@/lib/site/json-ld';
import { editUrl, publicOrigin } from '@/lib/site/metadata';
import { entryHref, kindHref } from '@/lib/site/routes';
import { strings } from '@/lib/i18n/strings';
import { localizeHref } from '@/lib/i18n/locales';
import { date, getLocale, href, text } from '@/components/i18n/locale';
import { altTitleOf, summaryOf, titleOf } from '@/components/i18n/entry-text';
import { pageMetadata } from '@/components/i18n/metadata';
import { BACKLINKS_TEXT } from '@/components/entry/backlinks';
import { RELATED_TEXT } from '@/components/entry/related-entries';
import { REFERENCES_TEXT } from '@/components/entry/references-list';
import { CITE_PAGE_TEXT } from '@/components/entry/cite-this-page';

export const ENTRY_PAGE_TEXT = strings(
  {
    problemsIn: (file: string) => `Problems in ${file}`,
    home: 'Home',
    lastReviewed: 'Last reviewed: ',
    edit: 'Edit this page',
    toc: 'Table of contents',
    untranslated: 'This entry has not been translated yet; the English original follows.',
    readEnglish: 'Read the English page',
    stale: 'The English original has been updated; the translation of parts of this page has not caught up yet.',
    staleLink: 'Read the English page',
  },
  {
    problemsIn: (file: string) => `${file} 中的问题`,
    home: '首页',
    lastReviewed: '最后审核：',
    edit: '编辑本页',
    toc: '目录',
    untranslated: '本条目尚未翻译，以下为英文原文。',
    readEnglish: '阅读英文页面',
    stale: '英文原文已更新，本页部分内容的译文尚待更新，标注处请以英文原文为准。',
    staleLink: '查看英文原文',
  },
);

export const dynamicParams = false;

type Params = Promise<{ kind: string; id: string }>;

export async function generateStaticParams() {
  const site = await getSite();
  // problemPages is empty in production (the build stops on any problem); `next dev` serves their reports.
  return [...site.entries.map((e) => ({ kind: KIND_INFO[e.kind].dir, id: e.id })), ...problemPages(site)];
}

async function lookup(params: Params) {
  const { kind, id } = await params;
  const site = await getSite();
  const entry = site.getEntry(id);
  if (!entry || KIND_INFO[entry.kind].dir !== kind) {
    const problems = entryProblems(site, kind, id);
    if (problems.length) return { site, problems, file: problems[0].file };
    notFound();
  }
  return { site, entry };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await lookup(params);
  if (!found.entry) return { title: text(ENTRY_PAGE_TEXT).problemsIn(found.file), robots: { index: false } };
  const { site, entry } = found;
  const url = entryHref(entry.kind, entry.id);
  const zh = getLocale() === 'zh';
  const translated = site.getTranslation(entry.id) !== undefined;
  const title = titleOf(site, entry).text;
  const summary = summaryOf(site, entry).text;
  return pageMetadata(
    url,
    zh ? `${title}（${entry.title}）` : `${entry.title} (${entry.titleZh})`,
    summary,
    {
      openGraph: {
        type: 'article',
        title,
        description: summary,
        url: href(url),
        siteName: zh ? '非小细胞肺癌免疫治疗耐药图谱' : 'NSCLC Immunotherapy Resistance Atlas',
        modifiedTime: entry.lastReviewed,
      },
    },
    translated,
  );
}

export default async function EntryPage({ params }: { params: Params }) {
  const found = await lookup(params);
  if (!found.entry) return <EntryProblems file={found.file} issues={found.problems} />;
  const { site, entry } = found;
  const locale = getLocale();
  const zh = locale === 'zh';
  const t = text(ENTRY_PAGE_TEXT);
  const translation = zh ? site.getTranslation(entry.id) : undefined;
  const englishUrl = entryHref(entry.kind, entry.id);
  const staleSections = translation?.state.staleSections ?? [];
  const stale = translation !== undefined && (staleSections.length > 0 || translation.state.staleFields.length > 0);
  const title = titleOf(site, entry);
  const alt = altTitleOf(entry);
  const summary = summaryOf(site, entry);
  // A Chinese page of an untranslated entry is an English article (lang="en") with Chinese interface around its text.
  const ui = zh && !translation ? 'zh-CN' : undefined;
  const refs = entry.refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
  const edit = editUrl(entry.file);
  const cited = new Set(entry.citations.map((c) => c.key));
  const sectionCtx = sectionContext(site, entry);
  const sections = entrySections(sectionCtx);
  const extraToc = [
    ...sections.map((s) => ({ id: s.id, text: sectionTitle(s) })),
    { id: 'related', text: text(RELATED_TEXT).heading },
    { id: 'backlinks', text: text(BACKLINKS_TEXT).heading },
    { id: 'references', text: text(REFERENCES_TEXT).heading },
    { id: 'cite-this-page', text: CITE_PAGE_TEXT[locale].heading },
  ];
  const origin = publicOrigin();
  const jsonLd = entryJsonLd(
    entry,
    refs,
    origin,
    (id) => site.getEntry(id)?.title,
    translation ? { inLanguage: 'zh-CN', name: title.text, description: summary.text } : undefined,
  );
  return (
    <>
      {/* React escapes the text of a script element, and serializeJsonLd leaves no "<" in it anyway. */}
      <script type="application/ld+json">{serializeJsonLd(jsonLd)}</script>
      <Breadcrumbs
        items={[
          { href: href('/'), label: t.home },
          { href: href(kindHref(entry.kind)), label: zh ? KIND_INFO[entry.kind].labelZh : KIND_INFO[entry.kind].plural },
          { label: title.text },
        ]}
      />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
        <article aria-labelledby="entry-title" lang={zh && !translation ? 'en' : undefined}>
          <header>
            <h1 id="entry-title" className="text-3xl font-bold leading-tight m-0" lang={ui}>
              {title.text}
            </h1>
            <p lang={zh ? 'en' : 'zh-Hans'} className="text-xl muted m-0 mt-1">
              {alt.text}
            </p>
            {stale && (
              <p className="callout callout-note mt-3 mb-0" role="note">
                {t.stale}{' '}
                <a href={englishUrl} hrefLang="en">
                  {t.staleLink}
                </a>
              </p>
            )}
            <div className="mt-3" lang={ui}>
              <EntryBadges entry={entry} withEvidence={false} />
            </div>
            <p className="text-lg mt-4 mb-0" lang={zh && translation ? summary.lang : undefined}>
              {summary.text}
            </p>
          </header>
          <div lang={ui}>
            <EvidencePanel entry={entry} site={site} />
            <div className="card p-4 my-4 soft">
              <KeyFacts entry={entry} site={site} />
            </div>
          </div>
          {zh && !translation && (
            <p className="callout callout-note" lang="zh-CN" role="note">
              {t.untranslated}{' '}
              <a href={englishUrl} hrefLang="en">
                {t.readEnglish}
              </a>
            </p>
          )}
          <div className="prose">
            {translation ? (
              <MdxContent
                site={site}
                entry={entry}
                code={translation.code}
                stale={{ ids: translation.anchors, anchors: new Set(staleSections), englishUrl }}
              />
            ) : zh ? (
              <div lang="en">
                <MdxContent site={site} entry={entry} />
              </div>
            ) : (
              <MdxContent site={site} entry={entry} />
            )}
          </div>
          <div lang={ui}>
            <EntrySections sections={sections} ctx={sectionCtx} />
            <RelatedEntries site={site} id={entry.id} />
            <Backlinks site={site} id={entry.id} />
            <ReferencesList refs={refs} cited={cited} />
            <CiteThisPage entry={entry} locale={locale} url={zh ? `${origin}${localizeHref('zh', englishUrl)}` : undefined} />
          </div>
          <footer className="mt-8 text-sm flex flex-wrap gap-x-6 gap-y-1" lang={ui}>
            <p className="m-0">
              {t.lastReviewed}
              <time dateTime={entry.lastReviewed}>{date(entry.lastReviewed)}</time>
            </p>
            {edit && (
              <p className="m-0 no-print">
                <a href={translation ? (editUrl(translation.file) ?? edit) : edit} rel="noopener noreferrer">
                  {t.edit}
                </a>{' '}
                <span className="muted" lang="en">
                  ({translation ? translation.file : entry.file})
                </span>
              </p>
            )}
          </footer>
          <div lang={ui}>
            <Disclaimer />
          </div>
        </article>
        <aside className="toc-aside hidden lg:block" aria-label={t.toc}>
          <div className="sticky top-4">
            <Toc headings={translation ? translation.headings : entry.headings} extra={extraToc} />
          </div>
        </aside>
      </div>
    </>
  );
}
