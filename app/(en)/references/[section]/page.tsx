import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryLinks } from '@/components/entry/entry-links';
import { ReferenceText } from '@/components/entry/references-list';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { BibliographySections } from '@/components/references/bibliography-sections';
import { getSite } from '@/lib/site/get-site';
import { countOf } from '@/lib/core/text';
import { buildBibliography, type BibliographySection } from '@/lib/discovery/bibliography';
import { REFERENCES_PATH } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamicParams = false;

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

/** "Bibliography: S" for a letter, "Bibliography: Regulatory decisions" for a type. */
function sectionTitle(s: BibliographySection): string {
  return `Bibliography: ${s.label}`;
}

function sectionIntro(s: BibliographySection): string {
  const n = countOf(s.refs.length, 'source');
  if (s.key.startsWith('regulatory-')) return `${n}: decisions of the ${s.label.replace('Regulatory decisions: ', '')}, by date.`;
  if (s.key === 'registry') return `${n}: trial registrations, by registry id.`;
  if (s.key === 'other') return `${n}: articles and abstracts whose first author or title does not begin with a Latin letter.`;
  return `${n}: articles and abstracts whose first author's surname (or, without authors, whose title) begins with ${s.label}.`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await load(params);
  return { title: sectionTitle(section), description: sectionIntro(section), alternates: { canonical: section.href } };
}

/** One section of the bibliography: the full record of each source, what it supports and the entries that cite it. */
export default async function ReferencesSectionPage({ params }: { params: Params }) {
  const { site, sections, section } = await load(params);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: REFERENCES_PATH, label: 'Bibliography' }, { label: section.label }]} />
      <h1 className="text-3xl font-bold m-0">{sectionTitle(section)}</h1>
      <p className="mt-2 max-w-3xl">
        {sectionIntro(section)} <a href={REFERENCES_PATH}>All {site.corpus.references.length} sources</a>.
      </p>
      <BibliographySections sections={sections} current={section.key} />
      <ol className="list-none p-0 space-y-4 mt-6">
        {section.refs.map((r) => {
          const citing = site.citing(r.id);
          return (
            <li key={r.id} id={r.id} className="card p-4 text-sm">
              <p className="m-0">
                <ReferenceText r={r} />
              </p>
              <p className="m-0 mt-1 muted">{r.supports}</p>
              <p className="m-0 mt-1">
                {citing.length ? (
                  <>
                    Cited by: <EntryLinks entries={citing} />
                  </>
                ) : (
                  <span className="muted">Not cited by any entry yet.</span>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
