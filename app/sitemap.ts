import type { MetadataRoute } from 'next';
import { buildBibliography } from '@/lib/discovery/bibliography';
import { buildGlossary } from '@/lib/discovery/glossary';
import { getSite } from '@/lib/site/get-site';
import { siteUrl } from '@/lib/site/metadata';
import { SITEMAP_PAGES } from '@/lib/site/pages';
import { entryHref } from '@/lib/site/routes';
import { sitemapEntries } from '@/lib/site/sitemap';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = await getSite();
  const latest = site.entries.reduce((m, e) => (e.lastReviewed > m ? e.lastReviewed : m), '1970-01-01');
  const glossary = buildGlossary(site.entries).sections.map((s) => s.href);
  const bibliography = buildBibliography(site.corpus.references).map((s) => s.href);
  return sitemapEntries(siteUrl(), [
    ...[...SITEMAP_PAGES.map((p) => p.path), ...glossary, ...bibliography].map((path) => ({
      path,
      lastModified: latest,
      translated: true,
    })),
    ...site.entries.map((e) => ({
      path: entryHref(e.kind, e.id),
      lastModified: e.lastReviewed,
      translated: site.getTranslation(e.id) !== undefined,
    })),
  ]);
}
