/**
 * Structured data for search engines: a MedicalWebPage per entry, citing its sources by type (articles and
 * abstracts as ScholarlyArticle, regulatory decisions as reports of the agency, registrations as MedicalTrial).
 * Editorial fields (`notes`, `seenAt`) are never read.
 */
import type { Entry } from '../content/build-corpus';
import { pValueText } from '../content/reported';
import { schemaOrgAuthors } from '../content/authors';
import { AGENCIES, type Reference } from '../content/references';
import type { TrialData } from '../content/kinds/trial';
import { entryHref } from './routes';
import { SITE_NAME } from './metadata';
import { localizeHref } from '../i18n/locales';

/**
 * The page the JSON-LD describes when it is not the English one: the Chinese page of a translated entry, with its
 * Chinese name and description. (A Chinese page that shows the English body is described as English.)
 */
export interface JsonLdPage {
  inLanguage: 'zh-CN';
  name: string;
  description: string;
}

/**
 * The JSON-LD of an entry page. A trial page's `mainEntity` is the trial itself (see trialJsonLd); `titleOf` names
 * the entries it refers to (its drugs). With `page`, the Chinese page: its /zh URL, name, description and language.
 */
export function entryJsonLd(
  entry: Entry,
  refs: readonly Reference[],
  origin: string,
  titleOf: (id: string) => string | undefined = () => undefined,
  page?: JsonLdPage,
): Record<string, unknown> {
  const url = `${origin}${localizeHref(page ? 'zh' : 'en', entryHref(entry.kind, entry.id))}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: page ? page.name : entry.title,
    alternateName: page ? [entry.title, ...entry.aliases] : [entry.titleZh, ...entry.aliases],
    description: page ? page.description : entry.summary,
    inLanguage: page ? page.inLanguage : 'en',
    lastReviewed: entry.lastReviewed,
    dateModified: entry.lastReviewed,
    audience: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: origin },
    citation: refs.map(citationJsonLd),
    ...(entry.kind === 'trial' ? { mainEntity: trialJsonLd(entry, origin, titleOf) } : {}),
  };
}

const STUDY_STATUS: Record<TrialData['status'], string> = {
  recruiting: 'https://schema.org/Recruiting',
  active: 'https://schema.org/ActiveNotRecruiting',
  completed: 'https://schema.org/Completed',
  terminated: 'https://schema.org/Terminated',
};

/**
 * An outcome record as one line of text, numbers with the digits their source printed:
 * "OS (primary), arm vs comparator: HR 0.50 (95% CI 0.37–0.68); P <0.001 (two-sided); met; interim analysis".
 */
function outcomeText(t: TrialData, o: TrialData['outcomes'][number]): string {
  const arm = (id: string | undefined) => t.arms.find((a) => a.id === id)?.label ?? id;
  const e = o.effect;
  const effect = !e
    ? 'no numbers reported'
    : e.measure === 'hr'
      ? `HR ${e.value.text} (${e.ciLevel.text}% CI ${e.ciLow.text}–${e.ciHigh.text})`
      : e.measure === 'proportion'
        ? `${e.responders}/${e.total}${e.versusTotal !== undefined ? ` vs ${e.versusResponders}/${e.versusTotal}` : ''}`
        : e.measure === 'median'
          ? `median ${e.value.text}${e.versusValue !== undefined ? ` vs ${e.versusValue.text}` : ''} ${e.unit}`
          : `${e.value.text}%${e.versusValue !== undefined ? ` vs ${e.versusValue.text}%` : ''}${e.at ? ` at ${e.at}` : ''}`;
  const parts = [
    `${o.endpoint}${o.primary ? ' (primary)' : ''}${o.population ? `, ${o.population}` : ''}, ${arm(o.arm)}${o.versus ? ` vs ${arm(o.versus)}` : ''}: ${effect}`,
  ];
  if (!o.tested) parts.push('not formally tested');
  else if (o.p !== undefined) parts.push(`P ${pValueText(o.p)}${o.pSided ? ` (${o.pSided})` : ''}`);
  if (o.met !== undefined) parts.push(o.met ? 'met' : 'not met');
  parts.push(`${o.analysis} analysis${o.dataCutoff ? `, data cut-off ${o.dataCutoff}` : ''}`);
  if (o.reportedBy === 'sponsor') parts.push('sponsor-reported');
  return parts.join('; ');
}

/**
 * A trial as schema.org MedicalTrial: phase, design (randomised when it has two or more arms), status, the
 * condition studied, the drugs as study subjects, the population and the outcome records as text. Only
 * validated fields are read: nothing editorial.
 */
export function trialJsonLd(
  entry: Extract<Entry, { kind: 'trial' }>,
  origin: string,
  titleOf: (id: string) => string | undefined,
): Record<string, unknown> {
  const drugIds = [...new Set([...entry.drugs, ...entry.arms.flatMap((a) => a.drugs)])];
  return {
    '@type': 'MedicalTrial',
    '@id': `${origin}${entryHref(entry.kind, entry.id)}#trial`,
    name: entry.title,
    alternateName: entry.acronym,
    ...(entry.registryId ? { identifier: entry.registryId } : {}),
    phase: `Phase ${entry.phase}`,
    ...(entry.arms.length > 1 ? { trialDesign: 'https://schema.org/RandomizedTrial' } : {}),
    status: STUDY_STATUS[entry.status],
    healthCondition: { '@type': 'MedicalCondition', name: entry.tumourType },
    population: [entry.population, entry.biomarkerSelection].filter(Boolean).join(' '),
    studySubject: drugIds.map((id) => ({ '@type': 'Drug', name: titleOf(id) ?? id, url: `${origin}${entryHref('drug', id)}` })),
    ...(entry.outcomes.length ? { outcome: entry.outcomes.map((o) => outcomeText(entry, o)) } : {}),
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
        ...(r.doi
          ? { sameAs: `https://doi.org/${r.doi}`, identifier: `doi:${r.doi}` }
          : r.pmid
            ? { sameAs: r.pubmedUrl, identifier: `pmid:${r.pmid}` }
            : {}),
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
