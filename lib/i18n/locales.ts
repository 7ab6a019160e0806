/**
 * The site's two languages and how their URLs relate. English pages keep the paths they always had; every page
 * has a Chinese twin under /zh. Plain TypeScript: pages, islands, the sitemap and tests share it.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language whose pages live at the root paths (the hreflang x-default). */
export const DEFAULT_LOCALE: Locale = 'en';

/** The path prefix of the Chinese edition. */
export const ZH_PREFIX = '/zh';

/** The value of <html lang> and of hreflang for each locale. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Open Graph locale. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', zh: 'zh_CN' };

export function otherLocale(l: Locale): Locale {
  return l === 'en' ? 'zh' : 'en';
}

/**
 * Paths that are files or data, the same for both languages: exports, feeds, the search index, citations, icons,
 * Next's own assets. A link to one of them is never given the /zh prefix.
 */
const SHARED_PATH =
  /^\/(?:api\/|_next\/|search-index\/|cite\/|feed\.xml|sitemap\.xml|robots\.txt|icon\.svg|theme-init\.js|references\.(?:bib|ris|json|gbt7714\.txt)|evidence\/statements\.json|glossary\/terms\.json)/;

/** True for a root-relative path that names a page (not a file, not another site, not a bare fragment). */
export function isPagePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !SHARED_PATH.test(href);
}

/** The locale a root-relative path belongs to. */
export function localeOfPath(path: string): Locale {
  return path === ZH_PREFIX || path.startsWith(`${ZH_PREFIX}/`) || path.startsWith(`${ZH_PREFIX}?`) || path.startsWith(`${ZH_PREFIX}#`)
    ? 'zh'
    : 'en';
}

/** The path without its language prefix: "/zh/map?x#y" → "/map?x#y", "/zh" → "/". */
export function basePath(path: string): string {
  if (localeOfPath(path) !== 'zh') return path;
  const rest = path.slice(ZH_PREFIX.length);
  return rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest;
}

/**
 * A page link in `locale`: "/map" → "/zh/map" in Chinese, unchanged in English. Leaves alone what is not a page
 * path (files, exports, external and fragment-only links) and paths already in the target language.
 */
export function localizeHref(locale: Locale, href: string): string {
  if (!isPagePath(href)) return href;
  const base = basePath(href);
  if (locale === 'en') return base;
  if (base === '/') return ZH_PREFIX;
  if (base.startsWith('/?') || base.startsWith('/#')) return `${ZH_PREFIX}${base.slice(1)}`;
  return `${ZH_PREFIX}${base}`;
}

/** The same page in the other language (the language switcher's target). */
export function counterpartHref(path: string): string {
  return localizeHref(otherLocale(localeOfPath(path)), path);
}
