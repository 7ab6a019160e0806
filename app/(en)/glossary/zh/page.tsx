import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { GlossaryFragmentRedirect } from '@/components/discovery/glossary-fragment-redirect.client';
import { GlossaryLetters } from '@/components/discovery/glossary-letters';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { buildGlossary } from '@/lib/discovery/glossary';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { GLOSSARY_TEXT } from '@/components/discovery/glossary-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { GLOSSARY_PATH, glossarySectionHref } from '@/lib/discovery/routes';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    glossarySectionHref('zh'),
    { en: 'Glossary: 中文', zh: '术语表：中文' },
    {
      en: 'The glossary’s Chinese terms, one page per pinyin initial, each term linked to its entries with a short definition.',
      zh: '术语表中的中文术语，按拼音首字母分页，每个术语附简短释义并链接到相应条目。',
    },
  );
}

/**
 * The Chinese part of the glossary: its pinyin-initial pages with their term counts. It was one page (/glossary/zh)
 * until it outgrew the page budget; links to that page and to its terms (/glossary/zh#term-耐药) land here and
 * open the term's pinyin page.
 */
export default async function GlossaryChinesePage() {
  const site = await getSite();
  const glossary = buildGlossary(site.entries);
  const zh = glossary.sections.filter((s) => s.group === 'zh');
  const terms = zh.reduce((n, s) => n + s.terms.length, 0);
  const t = text(GLOSSARY_TEXT);
  const zhLang = t.chineseLang || undefined;
  return (
    <>
      <Breadcrumbs
        items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { href: href(GLOSSARY_PATH), label: t.title }, { label: t.chinese }]}
      />
      <h1 className="text-3xl font-bold m-0">
        {t.sectionTitle('')}
        <span lang={zhLang}>{t.chinese}</span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        {t.zhPage(terms, glossary.termCount, zh.length, (s) => (
          <a href={href(GLOSSARY_PATH)}>{s}</a>
        ))}
      </p>
      <GlossaryLetters index={glossary.index} />
      <GlossaryFragmentRedirect locale={getLocale()} />
    </>
  );
}
