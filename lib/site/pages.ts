/**
 * The page registry: every page of the site that is not an entry, in header order, with where it appears.
 * The header navigation, the sitemap and the browser tests' page lists read it; a unit test checks that every
 * app/ folder with a page.tsx has its route here. A new page is one line here (see README, "Extending the atlas").
 * Entry pages (/<kind-folder>/<id>) are not listed: there is one per content file, built by entryHref.
 */
import { KIND_INFO, KINDS } from '../content/kinds';
import type { Locale } from '../i18n/locales';
import { kindHref } from './routes';

export interface SitePage {
  /** Stable name of the page (tests and code refer to it). */
  key: string;
  /** URL path, without query or fragment. */
  path: string;
  /** The app/ route folder that serves it, as a path ("/" for app/page.tsx, "/[kind]" for app/[kind]/page.tsx). */
  route: string;
  /** Link text in English. */
  label: string;
  /** The Chinese name, where the page shows one. */
  labelZh?: string;
  /** Linked from the header's main navigation. */
  nav: boolean;
  /** Listed in sitemap.xml. */
  sitemap: boolean;
}

/** The route folder of entry pages: one page per content file, not part of the registry. */
export const ENTRY_ROUTE = '/[kind]/[id]';

/** Every non-entry page, in header order (the home page first). */
export const PAGES: readonly SitePage[] = [
  { key: 'home', path: '/', route: '/', label: 'Home', labelZh: '首页', nav: false, sitemap: true },
  ...KINDS.map((k): SitePage => ({
    key: KIND_INFO[k].dir,
    path: kindHref(k),
    route: '/[kind]',
    label: KIND_INFO[k].plural,
    labelZh: KIND_INFO[k].labelZh,
    nav: true,
    sitemap: true,
  })),
  {
    key: 'classification',
    path: '/classification',
    route: '/classification',
    label: 'Classification',
    labelZh: '耐药机制分类矩阵',
    nav: true,
    sitemap: true,
  },
  { key: 'map', path: '/map', route: '/map', label: 'Mechanism map', labelZh: '耐药机制图谱', nav: true, sitemap: true },
  {
    key: 'explorer',
    path: '/explorer',
    route: '/explorer',
    label: 'Biomarker explorer',
    labelZh: '生物标志物谱探索',
    nav: true,
    sitemap: true,
  },
  {
    key: 'strategy-matrix',
    path: '/strategy-matrix',
    route: '/strategy-matrix',
    label: 'Strategy matrix',
    labelZh: '策略与耐药机制对照',
    nav: true,
    sitemap: true,
  },
  // Server-rendered per request: its filters are a GET form read from the query string (like /search).
  { key: 'evidence', path: '/evidence', route: '/evidence', label: 'Evidence', labelZh: '证据陈述', nav: true, sitemap: true },
  { key: 'glossary', path: '/glossary', route: '/glossary', label: 'Glossary', labelZh: '术语表', nav: true, sitemap: true },
  // One page per letter or pinyin initial that has terms (the sitemap lists them from the glossary itself);
  // /glossary/zh-k, the largest section of Chinese terms, stands for all.
  {
    key: 'glossary-letter',
    path: '/glossary/zh-k',
    route: '/glossary/[section]',
    label: 'Glossary: 中文 K',
    labelZh: '术语表：中文 K',
    nav: false,
    sitemap: false,
  },
  // The Chinese terms' pinyin pages (and where the old single 中文 page's links land).
  {
    key: 'glossary-zh',
    path: '/glossary/zh',
    route: '/glossary/zh',
    label: 'Glossary: 中文',
    labelZh: '术语表：中文',
    nav: false,
    sitemap: true,
  },
  { key: 'references', path: '/references', route: '/references', label: 'Bibliography', labelZh: '参考文献', nav: true, sitemap: true },
  // One page per bibliography section (letters of first authors, regulatory decisions, registrations); the sitemap
  // lists them from the bibliography itself. /references/s stands for all.
  {
    key: 'references-section',
    path: '/references/s',
    route: '/references/[section]',
    label: 'Bibliography: S',
    labelZh: '参考文献：S',
    nav: false,
    sitemap: false,
  },
  // How far the Chinese edition has come (linked from every page's footer).
  {
    key: 'translation-status',
    path: '/translation-status',
    route: '/translation-status',
    label: 'Translation status',
    labelZh: '翻译状态',
    nav: false,
    sitemap: true,
  },
  // The header has its own search form; result pages are query-dependent, so not in the sitemap.
  { key: 'search', path: '/search', route: '/search', label: 'Search', labelZh: '搜索', nav: false, sitemap: false },
];

/** The page's link text in `locale` (the Chinese name where the page has one). */
export function pageLabel(p: SitePage, locale: Locale): string {
  return locale === 'zh' && p.labelZh ? p.labelZh : p.label;
}

/** The pages linked from the header's main navigation, in order. */
export const NAV_PAGES: readonly SitePage[] = PAGES.filter((p) => p.nav);

/** The pages listed in sitemap.xml (entry pages are added by the sitemap itself). */
export const SITEMAP_PAGES: readonly SitePage[] = PAGES.filter((p) => p.sitemap);

/** The registry page with `key`; throws for an unknown key (a typo in code, not a reader's input). */
export function sitePage(key: string): SitePage {
  const found = PAGES.find((p) => p.key === key);
  if (!found) throw new Error(`No page "${key}" in lib/site/pages.ts`);
  return found;
}
