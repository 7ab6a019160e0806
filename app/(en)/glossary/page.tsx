import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { GlossaryFilter } from '@/components/discovery/glossary-filter.client';
import { GlossaryFragmentRedirect } from '@/components/discovery/glossary-fragment-redirect.client';
import { GlossaryLetters } from '@/components/discovery/glossary-letters';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { GLOSSARY_TEXT } from '@/components/discovery/glossary-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { getSite } from '@/lib/site/get-site';
import { buildGlossary } from '@/lib/discovery/glossary';
import { GLOSSARY_PATH } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    GLOSSARY_PATH,
    { en: 'Glossary', zh: '术语表' },
    {
      en: 'Every title, abbreviation, alias and Chinese name in the atlas, A–Z, each linked to its entry with a short definition.',
      zh: '图谱中的全部标题、缩写、别名与中文名称，按 A–Z 排列，每个术语附简短释义并链接到相应条目。',
    },
  );
}

/**
 * The glossary index: the letters with their term counts and a search over every term. The terms and their
 * definitions live on the letter pages (/glossary/t), so this page stays the same size as the atlas grows; the
 * search fetches the term list (/glossary/terms.json) on first use.
 */
export default async function GlossaryPage() {
  const site = await getSite();
  const glossary = buildGlossary(site.entries);
  const t = text(GLOSSARY_TEXT);
  const locale = getLocale();
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        {t.intro(glossary.termCount, site.entries.length, (s) => (
          <span lang={t.chineseLang || undefined}>{s}</span>
        ))}
      </p>
      <GlossaryLetters index={glossary.index} />
      <GlossaryFilter total={glossary.termCount} locale={locale} />
      <GlossaryFragmentRedirect locale={locale} />
    </>
  );
}
