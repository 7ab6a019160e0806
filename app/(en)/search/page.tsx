import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SearchPage } from '@/components/search/search-page.client';
import { getSite } from '@/lib/site/get-site';
import { AREA_INFO, AREAS, KIND_INFO, KINDS, ORIGIN_LABEL, ORIGINS, TIMING_LABEL, TIMINGS } from '@/lib/content/kinds';
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

/**
 * The full search page, static like every other page (so a CDN can serve it and its script policy is made of
 * hashes): the island reads ?q=… and the filters from the URL and ranks in the browser. Without JavaScript the
 * page still leads to every entry, through the kind lists, the A–Z glossary and the classification.
 */
export default async function SearchPageRoute() {
  const site = await getSite();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Search' }]} />
      <h1 className="text-3xl font-bold m-0">Search</h1>
      <SearchPage
        kinds={KINDS.map((k) => ({ name: k, dir: KIND_INFO[k].dir, label: KIND_INFO[k].label, plural: KIND_INFO[k].plural }))}
        origins={ORIGINS.map((o) => ({ value: o, label: ORIGIN_LABEL[o] }))}
        timings={TIMINGS.map((t) => ({ value: t, label: TIMING_LABEL[t] }))}
        areas={AREAS.map((a) => ({ value: a, label: AREA_INFO[a].label }))}
      />
      <noscript>
        <p className="callout mt-4">
          Results are ranked by your browser, and JavaScript is off. Every entry is still one click away: browse the lists below, or the
          glossary, which names every entry A–Z.
        </p>
      </noscript>
      <nav aria-labelledby="browse-heading" className="mt-8">
        <h2 id="browse-heading" className="text-xl font-bold">
          Browse every entry
        </h2>
        <ul className="list-disc pl-6">
          {KINDS.map((k) => (
            <li key={k}>
              <a href={kindHref(k)}>{KIND_INFO[k].plural}</a> <span lang="zh-Hans">{KIND_INFO[k].labelZh}</span>{' '}
              <span className="muted">({site.byKind(k).length})</span>
            </li>
          ))}
          <li>
            <a href="/glossary">Glossary</a>: every title, abbreviation, alias and Chinese name, A–Z ({site.entries.length} entries)
          </li>
          <li>
            <a href="/classification">Classification</a>: every mechanism by origin, timing and area
          </li>
        </ul>
      </nav>
    </>
  );
}
