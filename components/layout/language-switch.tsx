import { HTML_LANG, localizeHref, otherLocale } from '@/lib/i18n/locales';
import { getLocale, text } from '../i18n/locale';
import { SHELL_TEXT } from './layout-text';

/**
 * The link to this page in the other language. The header is shared by every page of a language, so the
 * server-rendered link names the other edition's home page; /theme-init.js points it at the same page (with the
 * query string and fragment) as soon as the page loads.
 */
export function LanguageSwitch() {
  const t = text(SHELL_TEXT);
  const to = otherLocale(getLocale());
  return (
    <a
      href={localizeHref(to, '/')}
      hrefLang={HTML_LANG[to]}
      lang={HTML_LANG[to]}
      data-lang-switch=""
      className="btn"
      aria-label={t.languageSwitchLabel}
    >
      {t.languageSwitch}
    </a>
  );
}
