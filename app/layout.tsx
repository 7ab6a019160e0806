import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblemsBanner } from '@/components/dev/content-problems';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SITE_NAME, SITE_DESCRIPTION, siteUrl } from '@/lib/site/metadata';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f131a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Applies the stored theme before first paint; a same-origin file, so the CSP needs no inline allowance. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it must run before first paint, see above */}
        <script src="/theme-init.js" />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
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
