import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { BibliographySections } from '@/components/references/bibliography-sections';
import { ReferenceFragmentRedirect } from '@/components/references/reference-fragment-redirect.client';
import { getSite } from '@/lib/site/get-site';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { REFERENCES_TEXT } from '@/components/references/references-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { buildBibliography, referenceHref } from '@/lib/discovery/bibliography';
import { bibliographyHref, CITE_FORMAT_INFO, CITE_FORMATS, REFERENCES_PATH } from '@/lib/discovery/routes';
import { shortCitation } from '@/lib/explorer/citations';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

const CJK = /[\u3400-\u9fff]/;

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

/**
 * The bibliography's index: what it holds, the downloads, the section pages, and every source in one line (short
 * citation and title) linking to its full record on its section page. The full records, with the entries that cite
 * each source, live on the section pages (/references/s), so this page stays light as the bibliography grows.
 */
export default async function ReferencesPage() {
  const site = await getSite();
  const refs = site.corpus.references;
  const sections = buildBibliography(refs);
  const t = text(REFERENCES_TEXT);
  const zh = getLocale() === 'zh';
  const counts = { journal: 0, regulatory: 0, registry: 0, conference: 0 };
  for (const r of refs) counts[r.type]++;
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <p className="mt-2 max-w-3xl">{t.intro(refs.length, t.typeCounts(counts))}</p>
      <p className="mt-2">
        {t.download}{' '}
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
              <a href={href(s.href)}>{zh ? s.labelZh : s.label}</a>
            </h2>
            <ul className="list-none p-0 m-0 space-y-1 text-sm">
              {s.refs.map((r) => (
                <li key={r.id}>
                  <a href={href(referenceHref(r))}>{r.type === 'journal' && r.sourceReview ? t.sourceReview : shortCitation(r)}</a>{' '}
                  <span lang={zh && !CJK.test(r.title) ? 'en' : undefined}>{r.title}</span>
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
