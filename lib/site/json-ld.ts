/** Structured data for search engines: a MedicalWebPage per entry, citing its references as ScholarlyArticles. */
import type { Entry } from '../content/build-corpus';
import type { Reference } from '../content/references';
import { entryHref } from './routes';
import { SITE_NAME } from './metadata';

export function entryJsonLd(entry: Entry, refs: readonly Reference[], origin: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${origin}${entryHref(entry.kind, entry.id)}`,
    url: `${origin}${entryHref(entry.kind, entry.id)}`,
    name: entry.title,
    alternateName: [entry.titleZh, ...entry.aliases],
    description: entry.summary,
    inLanguage: 'en',
    lastReviewed: entry.lastReviewed,
    dateModified: entry.lastReviewed,
    audience: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: origin },
    citation: refs.map((r) => ({
      '@type': 'ScholarlyArticle',
      name: r.title,
      author: r.authors,
      ...(r.year ? { datePublished: String(r.year) } : {}),
      isPartOf: { '@type': 'Periodical', name: r.journal },
      ...(r.doi ? { sameAs: `https://doi.org/${r.doi}`, identifier: `doi:${r.doi}` } : {}),
    })),
  };
}

/**
 * Serialises JSON-LD for an inline <script type="application/ld+json">: `<`, `>` and `&` become \u escapes, so the
 * text can never close the script element or start a comment, whatever the content says.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
