import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content/get-corpus';
import { KINDS } from '@/lib/content/kinds';
import { buildGlossary } from '@/lib/discovery/glossary';
import { siteUrl } from '@/lib/site/metadata';
import { entryHref, kindHref } from '@/lib/site/routes';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = await getSite();
  const origin = siteUrl();
  const latest = site.entries.reduce((m, e) => (e.lastReviewed > m ? e.lastReviewed : m), '1970-01-01');
  const glossary = buildGlossary(site.entries).sections.map((s) => s.href);
  const fixed = ['/', '/references', '/classification', '/map', '/explorer', '/strategy-matrix', '/glossary', ...glossary, ...KINDS.map(kindHref)].map((p) => ({ url: `${origin}${p}`, lastModified: latest }));
  return [...fixed, ...site.entries.map((e) => ({ url: `${origin}${entryHref(e.kind, e.id)}`, lastModified: e.lastReviewed }))];
}
