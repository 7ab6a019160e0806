/** The sitemap's rows: every page in English, and its Chinese twin where that is a translation, with hreflang pairs. */
import { alternatesFor } from './alternates';

export interface SitemapPage {
  /** The page's English path. */
  path: string;
  lastModified: string;
  /** False for an entry with no Chinese translation: its Chinese page is not listed (its canonical is the English page). */
  translated: boolean;
}

export interface SitemapRow {
  url: string;
  lastModified: string;
  alternates?: { languages: Record<string, string> };
}

export function sitemapEntries(origin: string, pages: readonly SitemapPage[]): SitemapRow[] {
  const abs = (p: string) => `${origin}${p}`;
  const rows: SitemapRow[] = [];
  for (const p of pages) {
    const en = alternatesFor('en', p.path, p.translated);
    const languages =
      p.translated && en.languages ? Object.fromEntries(Object.entries(en.languages).map(([k, v]) => [k, abs(v)])) : undefined;
    rows.push({ url: abs(en.canonical), lastModified: p.lastModified, ...(languages ? { alternates: { languages } } : {}) });
    if (p.translated) {
      const zh = alternatesFor('zh', p.path);
      rows.push({ url: abs(zh.canonical), lastModified: p.lastModified, ...(languages ? { alternates: { languages } } : {}) });
    }
  }
  return rows;
}
