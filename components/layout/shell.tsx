import type { ReactNode } from 'react';
import { ContentProblemsBanner } from '@/components/dev/content-problems';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { setLocale, text } from '../i18n/locale';
import { SHELL_TEXT } from './layout-text';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The whole document around a page of one language: <html lang>, header, main, footer. */
export function Shell({ locale, children }: { locale: Locale; children: ReactNode }) {
  setLocale(locale);
  const t = text(SHELL_TEXT);
  return (
    <html lang={HTML_LANG[locale]} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- this is the root layout's document (shared by the two language layouts), where <head> belongs */}
      <head>
        {/* Applies the stored theme before first paint; a same-origin file, so the CSP needs no inline allowance. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it must run before first paint, see above */}
        <script src="/theme-init.js" />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t.skip}
        </a>
        <SiteHeader />
        {process.env.NODE_ENV === 'development' ? <ContentProblemsBanner /> : null}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
