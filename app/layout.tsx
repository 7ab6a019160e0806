import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_NAME, SITE_DESCRIPTION, siteUrl } from '@/lib/site/metadata';
import './globals.css';

/**
 * The root layout only passes its children through: each language's layout ((en)/layout.tsx, zh/layout.tsx)
 * renders the document with its own <html lang>, and the not-found page for unknown paths (not-found.tsx) renders
 * its own.
 */
export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f131a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
