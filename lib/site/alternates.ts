/** Canonical and language alternates of a page, for its metadata and the sitemap. */
import { DEFAULT_LOCALE, HTML_LANG, localizeHref, OG_LOCALE, type Locale } from '../i18n/locales';

export interface PageAlternates {
  canonical: string;
  languages?: Record<string, string>;
}

/**
 * The canonical URL of `path` (a page path in English form) read in `locale`, and its hreflang pair with x-default.
 * `translated: false` (a Chinese page shown with its English body) points the canonical at the English page and
 * declares no pair: the page is not a translation yet.
 */
export function alternatesFor(locale: Locale, path: string, translated = true): PageAlternates {
  if (locale === 'zh' && !translated) return { canonical: localizeHref('en', path) };
  return {
    canonical: localizeHref(locale, path),
    languages: {
      [HTML_LANG.en]: localizeHref('en', path),
      [HTML_LANG.zh]: localizeHref('zh', path),
      'x-default': localizeHref(DEFAULT_LOCALE, path),
    },
  };
}

export function ogLocale(locale: Locale): { locale: string; alternateLocale: string[] } {
  return { locale: OG_LOCALE[locale], alternateLocale: [OG_LOCALE[locale === 'en' ? 'zh' : 'en']] };
}
