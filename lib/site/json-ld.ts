/**
 * Structured data for search engines: a MedicalWebPage per entry, citing its sources by type (articles and
 * abstracts as ScholarlyArticle, regulatory decisions as reports of the agency, registrations as MedicalTrial).
 * Editorial fields (`notes`, `seenAt`) are never read.
 */
import type { Entry } from '../content/build-corpus';
import { schemaOrgAuthors } from '../content/authors';
import { AGENCIES, type Reference } from '../content/references';
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
    citation: refs.map(citationJsonLd),
  };
}

/** One cited source as schema.org data. */
export function citationJsonLd(r: Reference): Record<string, unknown> {
  switch (r.type) {
    case 'journal':
      return {
        '@type': 'ScholarlyArticle',
        name: r.title,
        ...(r.authors.length && !r.sourceReview ? { author: schemaOrgAuthors(r.authors) } : {}),
        ...(r.year && !r.sourceReview ? { datePublished: String(r.year) } : {}),
        ...(r.journal && !r.sourceReview ? { isPartOf: { '@type': 'Periodical', name: r.journal } } : {}),
        ...(r.doi ? { sameAs: `https://doi.org/${r.doi}`, identifier: `doi:${r.doi}` } : r.pmid ? { sameAs: r.pubmedUrl, identifier: `pmid:${r.pmid}` } : {}),
      };
    case 'conference':
      return {
        '@type': 'ScholarlyArticle',
        name: r.title,
        ...(r.authors.length ? { author: schemaOrgAuthors(r.authors) } : {}),
        datePublished: r.date ?? String(r.year),
        publication: { '@type': 'PublicationEvent', name: r.meeting },
        ...(r.doi ? { sameAs: `https://doi.org/${r.doi}`, identifier: `doi:${r.doi}` } : {}),
        ...(r.url ? { url: r.url } : {}),
      };
    case 'regulatory':
      return {
        '@type': 'Report',
        name: r.title,
        datePublished: r.date,
        publisher: { '@type': 'GovernmentOrganization', name: AGENCIES[r.agency], alternateName: r.agency },
        about: r.indication,
        url: r.url,
      };
    case 'registry':
      return {
        '@type': 'MedicalTrial',
        name: r.title,
        identifier: r.registryId,
        ...(r.phase ? { phase: `Phase ${r.phase}` } : {}),
        ...(r.sponsor ? { sponsor: { '@type': 'Organization', name: r.sponsor } } : {}),
        ...(r.registryUrl ? { url: r.registryUrl } : {}),
      };
  }
}

/**
 * Serialises JSON-LD for an inline <script type="application/ld+json">: `<`, `>` and `&` become \u escapes, so the
 * text can never close the script element or start a comment, whatever the content says.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
