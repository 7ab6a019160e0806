import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { BibliographySections } from '@/components/references/bibliography-sections';
import { ReferenceFragmentRedirect } from '@/components/references/reference-fragment-redirect.client';
import { getSite } from '@/lib/site/get-site';
import { countOf } from '@/lib/core/text';
import { buildBibliography, referenceHref } from '@/lib/discovery/bibliography';
import { bibliographyHref, CITE_FORMAT_INFO, CITE_FORMATS, REFERENCES_PATH } from '@/lib/discovery/routes';
import { shortCitation } from '@/lib/explorer/citations';
import type { Reference } from '@/lib/content/references';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    REFERENCES_PATH,
    { en: 'Bibliography', zh: '参考文献' },
    {
      en: 'Every source the atlas cites (articles, regulatory decisions, trial registrations, conference abstracts), with links and the entries that cite it.',
      zh: '图谱引用的全部来源（期刊文章、监管决定、试验注册记录、会议摘要），附链接及引用它们的条目。',
    },
  );
}

const TYPE_NAMES: Record<Reference['type'], string> = {
  journal: 'journal article',
  regulatory: 'regulatory decision',
  registry: 'trial registration',
  conference: 'conference abstract',
};

/** "118 journal articles, 20 regulatory decisions, 6 trial registrations and 1 conference abstract". */
function typeCounts(refs: readonly Reference[]): string {
  const parts = (Object.keys(TYPE_NAMES) as Reference['type'][])
    .map((t) => [t, refs.filter((r) => r.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => countOf(n, TYPE_NAMES[t]));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'no sources');
}

/**
 * The bibliography's index: what it holds, the downloads, the section pages, and every source in one line (short
 * citation and title) linking to its full record on its section page. The full records, with the entries that cite
 * each source, live on the section pages (/references/s), so this page stays light as the bibliography grows.
 */
export default async function ReferencesPage() {
  const site = await getSite();
  const refs = site.corpus.references;
  const sections = buildBibliography(refs);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Bibliography' }]} />
      <h1 className="text-3xl font-bold m-0">
        Bibliography{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          参考文献
        </span>
      </h1>
      <p className="mt-2 max-w-3xl">
        {refs.length} sources: {typeCounts(refs)}. Each journal DOI and PubMed id was seen beside its title in public bibliographic records;
        regulatory decisions, trial registrations and conference abstracts link to the page that records them. The source review&apos;s own
        details could not be verified and are marked so. Articles and abstracts are grouped by their first author&apos;s surname; each
        section page gives the full records and the entries that cite them.
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
      <BibliographySections sections={sections} />
      <div id="all-sources">
        {sections.map((s) => (
          <section key={s.key} aria-labelledby={`sources-${s.key}`}>
            <h2 id={`sources-${s.key}`} className="text-xl font-semibold mt-6 mb-2">
              <a href={s.href}>{s.label}</a>
            </h2>
            <ul className="list-none p-0 m-0 space-y-1 text-sm">
              {s.refs.map((r) => (
                <li key={r.id}>
                  <a href={referenceHref(r)}>{shortCitation(r)}</a> {r.title}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <ReferenceFragmentRedirect />
    </>
  );
}
