import type { Metadata } from 'next';
import { Fragment } from 'react';
import { ReferenceText } from '@/components/entry/references-list';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { referenceSortKey } from '@/lib/discovery/cite-formats';
import { bibliographyHref, CITE_FORMAT_INFO, CITE_FORMATS } from '@/lib/discovery/routes';
import { entryHref } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Bibliography',
  description:
    'Every source the atlas cites (articles, regulatory decisions, trial registrations, conference abstracts), with links and the entries that cite it.',
  alternates: { canonical: '/references' },
};

export default async function ReferencesPage() {
  const site = await getSite();
  const refs = [...site.corpus.references].sort(
    (a, b) => referenceSortKey(a).localeCompare(referenceSortKey(b)) || a.id.localeCompare(b.id),
  );
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Bibliography' }]} />
      <h1 className="text-3xl font-bold m-0">
        Bibliography{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          参考文献
        </span>
      </h1>
      <p className="mt-2">
        {refs.length} sources. Each journal DOI and PubMed id was seen beside its title in public bibliographic records; regulatory
        decisions, trial registrations and conference abstracts link to the page that records them. The source review&apos;s own details
        could not be verified and are marked so.
      </p>
      <p className="mt-2">
        Download the whole bibliography:{' '}
        {CITE_FORMATS.map((f, i) => (
          <span key={f}>
            {i > 0 && ' · '}
            <a href={bibliographyHref(f)} download={`resistance-atlas-references.${f}`} className="inline-block py-0.5">
              {CITE_FORMAT_INFO[f].label}
            </a>
          </span>
        ))}
      </p>
      <ol className="list-none p-0 space-y-4 mt-4">
        {refs.map((r) => {
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
                    Cited by: {/* Fragments, not wrapper elements: ~450 links here, and every element costs checkers and readers. */}
                    {citing.map((e, i) => (
                      <Fragment key={e.id}>
                        {i > 0 && ', '}
                        <a href={entryHref(e.kind, e.id)}>{e.title}</a>
                      </Fragment>
                    ))}
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
