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
import { EntrySections, entrySections, sectionContext } from '@/components/entry/sections';
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
  if (!found.entry) return { title: `Problems in ${found.file}`, robots: { index: false } };
  const { entry } = found;
  const url = entryHref(entry.kind, entry.id);
  return {
    title: `${entry.title} (${entry.titleZh})`,
    description: entry.summary,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title: entry.title,
      description: entry.summary,
      url,
      siteName: 'NSCLC Immunotherapy Resistance Atlas',
      modifiedTime: entry.lastReviewed,
    },
  };
}

export default async function EntryPage({ params }: { params: Params }) {
  const found = await lookup(params);
  if (!found.entry) return <EntryProblems file={found.file} issues={found.problems} />;
  const { site, entry } = found;
  const refs = entry.refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
  const edit = editUrl(entry.file);
  const cited = new Set(entry.citations.map((c) => c.key));
  const sectionCtx = sectionContext(site, entry);
  const sections = entrySections(sectionCtx);
  const extraToc = [
    ...sections.map((s) => ({ id: s.id, text: s.title })),
    { id: 'related', text: 'Related entries' },
    { id: 'backlinks', text: 'Pages that link here' },
    { id: 'references', text: 'References' },
    { id: 'cite-this-page', text: 'Cite this page' },
  ];
  return (
    <>
      {/* React escapes the text of a script element, and serializeJsonLd leaves no "<" in it anyway. */}
      <script type="application/ld+json">
        {serializeJsonLd(entryJsonLd(entry, refs, publicOrigin(), (id) => site.getEntry(id)?.title))}
      </script>
      <Breadcrumbs
        items={[{ href: '/', label: 'Home' }, { href: kindHref(entry.kind), label: KIND_INFO[entry.kind].plural }, { label: entry.title }]}
      />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
        <article aria-labelledby="entry-title">
          <header>
            <h1 id="entry-title" className="text-3xl font-bold leading-tight m-0">
              {entry.title}
            </h1>
            <p lang="zh-Hans" className="text-xl muted m-0 mt-1">
              {entry.titleZh}
            </p>
            <div className="mt-3">
              <EntryBadges entry={entry} withEvidence={false} />
            </div>
            <p className="text-lg mt-4 mb-0">{entry.summary}</p>
          </header>
          <EvidencePanel entry={entry} />
          <div className="card p-4 my-4 soft">
            <KeyFacts entry={entry} site={site} />
          </div>
          <div className="prose">
            <MdxContent site={site} entry={entry} />
          </div>
          <EntrySections sections={sections} ctx={sectionCtx} />
          <RelatedEntries site={site} id={entry.id} />
          <Backlinks site={site} id={entry.id} />
          <ReferencesList refs={refs} cited={cited} />
          <CiteThisPage entry={entry} />
          <footer className="mt-8 text-sm flex flex-wrap gap-x-6 gap-y-1">
            <p className="m-0">
              Last reviewed: <time dateTime={entry.lastReviewed}>{entry.lastReviewed}</time>
            </p>
            {edit && (
              <p className="m-0 no-print">
                <a href={edit} rel="noopener noreferrer">
                  Edit this page
                </a>{' '}
                <span className="muted">({entry.file})</span>
              </p>
            )}
          </footer>
          <Disclaimer />
        </article>
        <aside className="toc-aside hidden lg:block" aria-label="Table of contents">
          <div className="sticky top-4">
            <Toc headings={entry.headings} extra={extraToc} />
          </div>
        </aside>
      </div>
    </>
  );
}
