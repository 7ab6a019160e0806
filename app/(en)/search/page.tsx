import type { Metadata } from 'next';
import { getLocale, href, text } from '@/components/i18n/locale';
import { pageMetadata } from '@/components/i18n/metadata';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SearchPage } from '@/components/search/search-page.client';
import { getSite } from '@/lib/site/get-site';
import {
  AREA_INFO,
  AREAS,
  KIND_INFO,
  KINDS,
  ORIGIN_LABEL,
  ORIGIN_ZH,
  ORIGINS,
  TIMING_LABEL,
  TIMING_ZH,
  TIMINGS,
} from '@/lib/content/kinds';
import { strings } from '@/lib/i18n/strings';
import { kindHref } from '@/lib/site/routes';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    '/search',
    { en: 'Search', zh: '搜索' },
    {
      en: 'Search the atlas in English or Chinese, by abbreviation, gene, drug or trial name.',
      zh: '用中文或英文搜索图谱，可按缩写、基因、药物或试验名称检索。',
    },
  );
}

const PAGE_TEXT = strings(
  {
    home: 'Home',
    title: 'Search',
    noscript:
      'Results are ranked by your browser, and JavaScript is off. Every entry is still one click away: browse the lists below, or the glossary, which names every entry A–Z.',
    browse: 'Browse every entry',
    glossary: 'Glossary',
    glossaryNote: (n: number) => `: every title, abbreviation, alias and Chinese name, A–Z (${n} entries)`,
    classification: 'Classification',
    classificationNote: ': every mechanism by origin, timing and area',
  },
  {
    home: '首页',
    title: '搜索',
    noscript: '搜索结果由浏览器排序，而当前 JavaScript 已关闭。您仍可一键到达每个条目：浏览下方列表，或查看按 A–Z 列出全部条目的术语表。',
    browse: '浏览全部条目',
    glossary: '术语表',
    glossaryNote: (n: number) => `：全部标题、缩写、别名与中文名称，按 A–Z 排列（${n} 个条目）`,
    classification: '分类',
    classificationNote: '：按来源、时间与领域列出全部耐药机制',
  },
);

/**
 * The full search page, static like every other page (so a CDN can serve it and its script policy is made of
 * hashes): the island reads ?q=… and the filters from the URL and ranks in the browser. Without JavaScript the
 * page still leads to every entry, through the kind lists, the A–Z glossary and the classification. Rendered for
 * /zh/search with the Chinese locale: Chinese strings and labels, and the island searches the Chinese index.
 */
export default async function SearchPageRoute() {
  const site = await getSite();
  const locale = getLocale();
  const zh = locale === 'zh';
  const t = text(PAGE_TEXT);
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: t.home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">{t.title}</h1>
      <SearchPage
        locale={locale}
        kinds={KINDS.map((k) => {
          const info = KIND_INFO[k];
          return { name: k, dir: info.dir, label: zh ? info.labelZh : info.label, plural: zh ? info.labelZh : info.plural };
        })}
        origins={ORIGINS.map((o) => ({ value: o, label: zh ? ORIGIN_ZH[o] : ORIGIN_LABEL[o] }))}
        timings={TIMINGS.map((x) => ({ value: x, label: zh ? TIMING_ZH[x] : TIMING_LABEL[x] }))}
        areas={AREAS.map((a) => ({ value: a, label: zh ? AREA_INFO[a].labelZh : AREA_INFO[a].label }))}
      />
      <noscript>
        <p className="callout mt-4">{t.noscript}</p>
      </noscript>
      <nav aria-labelledby="browse-heading" className="mt-8">
        <h2 id="browse-heading" className="text-xl font-bold">
          {t.browse}
        </h2>
        <ul className="list-disc pl-6">
          {KINDS.map((k) => (
            <li key={k}>
              {zh ? (
                <>
                  <a href={href(kindHref(k))}>{KIND_INFO[k].labelZh}</a> <span lang="en">{KIND_INFO[k].plural}</span>
                </>
              ) : (
                <>
                  <a href={kindHref(k)}>{KIND_INFO[k].plural}</a> <span lang="zh-Hans">{KIND_INFO[k].labelZh}</span>
                </>
              )}{' '}
              <span className="muted">({site.byKind(k).length})</span>
            </li>
          ))}
          <li>
            <a href={href('/glossary')}>{t.glossary}</a>
            {t.glossaryNote(site.entries.length)}
          </li>
          <li>
            <a href={href('/classification')}>{t.classification}</a>
            {t.classificationNote}
          </li>
        </ul>
      </nav>
    </>
  );
}
