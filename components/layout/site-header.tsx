import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import { localizeHref } from '@/lib/i18n/locales';
import { NAV_PAGES, pageLabel } from '@/lib/site/pages';
import { getLocale, href, text } from '../i18n/locale';
import { ThemeToggle } from './theme-toggle.client';
import { SearchLauncher } from '../search/search-launcher.client';
import { LanguageSwitch } from './language-switch';
import { SHELL_TEXT } from './layout-text';

export function SiteHeader() {
  const locale = getLocale();
  const t = text(SHELL_TEXT);
  const kindLabels = Object.fromEntries(KINDS.map((k) => [k, locale === 'zh' ? KIND_INFO[k].labelZh : KIND_INFO[k].label]));
  return (
    <header className="site-header border-b hairline soft">
      <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <a href={href('/')} className="font-bold text-lg no-underline" style={{ textDecoration: 'none' }}>
          {t.brand}{' '}
          <span className="muted font-normal text-sm" lang={t.brandSubLang}>
            {t.brandSub}
          </span>
        </a>
        <form action={href('/search')} method="get" role="search" aria-label={t.siteSearch} className="flex gap-2 items-center ml-auto">
          <label htmlFor="site-search" className="sr-only">
            {t.searchLabel}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={t.searchPlaceholder}
            className="field w-44 sm:w-60"
            autoComplete="off"
          />
          <button type="submit" className="btn">
            {t.search}
          </button>
        </form>
        <SearchLauncher kindLabels={kindLabels} locale={locale} />
        <LanguageSwitch />
        <ThemeToggle locale={locale} />
      </div>
      {/* Wide screens show the navigation; on a phone it folds into a native disclosure (no JavaScript needed). */}
      <nav aria-label={t.mainNav} className="hidden md:block mx-auto max-w-6xl px-4 pb-2">
        <NavLinks />
      </nav>
      <details className="md:hidden mx-auto max-w-6xl px-4 pb-2">
        <summary className="btn">{t.menu}</summary>
        <nav aria-label={t.mainNav} className="mt-2">
          <NavLinks />
        </nav>
      </details>
    </header>
  );
}

function NavLinks() {
  const locale = getLocale();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 list-none p-0 m-0 text-sm">
      {NAV_PAGES.map((p) => (
        <li key={p.key}>
          <a href={localizeHref(locale, p.path)}>{pageLabel(p, locale)}</a>
        </li>
      ))}
    </ul>
  );
}
