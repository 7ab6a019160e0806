import type { Metadata } from 'next';
import { GlossaryFilter } from '@/components/discovery/glossary-filter.client';
import { GlossaryFragmentRedirect } from '@/components/discovery/glossary-fragment-redirect.client';
import { GlossaryLetters } from '@/components/discovery/glossary-letters';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/content/get-corpus';
import { buildGlossary } from '@/lib/discovery/glossary';
import { GLOSSARY_PATH } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Every title, abbreviation, alias and Chinese name in the atlas, A–Z, each linked to its entry with a short definition.',
  alternates: { canonical: GLOSSARY_PATH },
};

/**
 * The glossary index: the letters with their counts, a filter, and every term as one link to its definition on
 * its letter's page. The definitions live on the letter pages (/glossary/t), so this page stays light as the atlas
 * grows. Each term link keeps the term's old fragment id, so /glossary#term-tmb still finds it.
 */
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
        {glossary.termCount} terms: the titles, abbreviations, aliases and Chinese names of all {site.entries.length} entries.
        Each letter has its own page, where every term links to its entries with a short definition taken from the
        entry&apos;s summary.
      </p>
      <GlossaryFilter total={glossary.termCount} />
      <GlossaryFragmentRedirect />
      <GlossaryLetters index={glossary.index} />
      {glossary.sections.map((s) => (
        <section key={s.key} aria-labelledby={s.anchor} className="glossary-section mt-6" data-glossary-section="">
          <h2 id={s.anchor} className="text-xl font-bold m-0" lang={s.key === 'zh' ? 'zh-Hans' : undefined}>
            <a href={s.href}>{s.label}</a>
          </h2>
          <p className="glossary-terms">
            {/* Index keys and no undefined props: each of these ~900 links is also a row of the React payload. */}
            {s.terms.map((t, i) => (
              <a key={i} id={t.anchor} href={t.href} {...(t.zh && { lang: 'zh-Hans' })}>
                {t.term}
              </a>
            ))}
          </p>
        </section>
      ))}
    </>
  );
}
