/**
 * The browser tests' page lists, read from the page registry (lib/site/pages.ts) so a new page is tested
 * without editing the tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localizeHref } from '../../lib/i18n/locales';
import { PAGES, type SitePage } from '../../lib/site/pages';

/** Query strings that make a page show content where its bare path shows an empty state. */
const SAMPLE_QUERY: Record<string, string> = {
  explorer: '?f=stk11-lof,kras-mut',
  evidence: '?level=A&level=B',
  search: '?q=TMB',
};

/** The URL a test visits for a registry page: its path, plus a sample query where one is needed. */
export function sampleUrl(p: SitePage, overrides: Record<string, string> = {}): string {
  return p.path + (overrides[p.key] ?? SAMPLE_QUERY[p.key] ?? '');
}

/** One registry page per route folder: the kind lists share app/[kind], so one of them stands for all. */
const ONE_PER_ROUTE = PAGES.filter((p, i) => PAGES.findIndex((q) => q.route === p.route) === i);

/**
 * The page of the first entry (by file name) in content/<dir>, for kinds whose entries the content branches write:
 * none while the folder is empty, so the list never names a page that does not exist.
 */
function firstEntryPage(dir: string): Record<string, string> {
  const folder = join(process.cwd(), 'content', dir);
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.mdx') && !f.endsWith('.zh.mdx'))
        .sort()
    : [];
  return files.length ? { [dir.replace(/s$/, '')]: `/${dir}/${files[0].slice(0, -4)}` } : {};
}

/** One URL per page type in English. */
export const EN_PAGE_TYPES: Record<string, string> = {
  ...Object.fromEntries(ONE_PER_ROUTE.map((p) => [p.route === '/[kind]' ? 'kind list' : p.label.toLowerCase(), sampleUrl(p)])),
  mechanism: '/mechanisms/stk11-lkb1-loss',
  biomarker: '/biomarkers/pd-l1',
  'cell or molecule': '/cells-and-molecules/regulatory-t-cells',
  strategy: '/strategies/engineered-cytokines',
  concept: '/concepts/pseudoprogression',
  topic: '/topics/extrinsic-tumour-microenvironment',
  ...firstEntryPage('trials'),
  ...firstEntryPage('drugs'),
  'not found': '/no-such-page',
};

/** The Chinese twin of every English page type (every entry is translated), and /zh/404 for unknown paths. */
export const ZH_PAGE_TYPES: Record<string, string> = Object.fromEntries(
  Object.entries(EN_PAGE_TYPES).map(([name, url]) => [`中文 ${name}`, localizeHref('zh', url)]),
);

/** One URL per page type in both languages, shared by the accessibility, header and CSP tests. */
export const PAGE_TYPES: Record<string, string> = { ...EN_PAGE_TYPES, ...ZH_PAGE_TYPES };
