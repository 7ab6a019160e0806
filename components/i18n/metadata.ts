/** Page metadata in the page's language: title, description, canonical, hreflang alternates, Open Graph locale. */
import type { Metadata } from 'next';
import { alternatesFor, ogLocale } from '@/lib/site/alternates';
import { getLocale } from './locale';

export interface Bilingual {
  en: string;
  zh: string;
}

export function pageMetadata(
  path: string,
  title: Bilingual | string,
  description: Bilingual | string,
  extra: Metadata = {},
  translated = true,
): Metadata {
  const locale = getLocale();
  const pick = (v: Bilingual | string) => (typeof v === 'string' ? v : v[locale]);
  return {
    title: pick(title),
    description: pick(description),
    ...extra,
    alternates: { ...alternatesFor(locale, path, translated), ...(extra.alternates ?? {}) },
    openGraph: { ...ogLocale(locale), ...(extra.openGraph ?? {}) },
  };
}
