/** Entry builders for the discovery tests: typed entries without compiling MDX, with only what a test names. */
import type { Entry } from '@/lib/content/build-corpus';
import type { EntryId, RefKey } from '@/lib/content/ids';
import type { ConferenceReference, JournalReference, RegistryReference, RegulatoryReference } from '@/lib/content/references';
import type { ConceptData, MechanismData, StrategyData, TopicData } from '@/lib/content/kinds/types';

const body = (id: string) => ({
  id: id as EntryId,
  file: `content/x/${id}.mdx`,
  code: '',
  headings: [],
  links: [],
  citations: [],
  text: '',
  refs: ['ref-one' as RefKey],
  derived: {},
});

const base = (id: string, title: string) => ({
  title,
  titleZh: '中文名',
  aliases: [] as string[],
  summary: `${title} is a test entry. It has a second sentence.`,
  related: [] as string[],
  references: ['ref-one'],
  evidenceContext: 'nsclc' as const,
  lastReviewed: '2026-01-15',
  evidence: [],
});

export function mechanism(id: string, over: Partial<MechanismData> = {}): Entry {
  return {
    kind: 'mechanism',
    ...base(id, over.title ?? `Mechanism ${id}`),
    origin: 'intrinsic',
    timing: 'primary',
    area: 'genomic-proteomic',
    biomarkers: [],
    strategies: [],
    involves: [],
    ...over,
    ...body(id),
  };
}

export function strategy(id: string, over: Partial<StrategyData> = {}): Entry {
  return {
    kind: 'strategy',
    ...base(id, over.title ?? `Strategy ${id}`),
    targets: [],
    stage: 'phase-3',
    tumourContext: 'NSCLC (phase 3)',
    drugs: [],
    trials: [],
    ...over,
    ...body(id),
  };
}

export function concept(id: string, over: Partial<ConceptData> = {}): Entry {
  return { kind: 'concept', ...base(id, over.title ?? `Concept ${id}`), ...over, ...body(id) };
}

export function topic(id: string, over: Partial<TopicData> = {}): Entry {
  return { kind: 'topic', ...base(id, over.title ?? `Topic ${id}`), entries: ['x'], ...over, ...body(id) };
}

/** A verified journal reference; override any field. */
export function reference(over: Omit<Partial<JournalReference>, 'id'> & { id: string }): JournalReference {
  const doi = over.doi === undefined ? '10.1000/test.1' : over.doi;
  const pmid = over.pmid === undefined ? '12345678' : over.pmid;
  return {
    type: 'journal',
    authors: [
      { family: 'Doe', given: 'J' },
      { family: 'Roe', given: 'RA' },
    ],
    authorsComplete: true,
    title: 'A study of resistance',
    journal: 'Journal of Tests',
    year: 2020,
    evidenceContext: 'NSCLC',
    supports: 'Tests.',
    ...over,
    id: over.id as RefKey,
    doi,
    pmid,
    doiUrl: doi ? `https://doi.org/${doi}` : null,
    pubmedUrl: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : null,
  };
}

/** A regulatory decision (FDA, 2023); override any field. */
export function regulatory(over: Omit<Partial<RegulatoryReference>, 'id'> & { id: string }): RegulatoryReference {
  return {
    type: 'regulatory',
    agency: 'FDA',
    date: '2023-10-16',
    indication: 'Resectable NSCLC, neoadjuvant then adjuvant',
    url: 'https://www.fda.gov/drugs/example',
    title: 'FDA approves pembrolizumab for resectable NSCLC',
    drugs: ['pembrolizumab (Keytruda)'],
    supports: 'Tests.',
    ...over,
    id: over.id as RefKey,
  };
}

/** A ClinicalTrials.gov registration; override any field. */
export function registration(over: Omit<Partial<RegistryReference>, 'id'> & { id: string }): RegistryReference {
  const registryId = over.registryId ?? 'NCT04294810';
  const registry = over.registry ?? 'ClinicalTrials.gov';
  return {
    type: 'registry',
    title: 'Tiragolumab plus atezolizumab in PD-L1-selected NSCLC (SKYSCRAPER-01)',
    sponsor: 'Hoffmann-La Roche',
    phase: '3',
    supports: 'Tests.',
    registryUrl: over.url ?? (registry === 'ClinicalTrials.gov' ? `https://clinicaltrials.gov/study/${registryId}` : null),
    ...over,
    registry,
    registryId,
    id: over.id as RefKey,
  };
}

/** A conference abstract; override any field. */
export function conference(over: Omit<Partial<ConferenceReference>, 'id'> & { id: string }): ConferenceReference {
  const doi = over.doi;
  return {
    type: 'conference',
    authors: [
      { family: 'Provencio Pulla', given: 'M' },
      { family: 'Awad', given: 'M' },
    ],
    authorsComplete: false,
    title: 'Perioperative nivolumab v placebo in resectable NSCLC',
    meeting: 'ESMO Congress 2024',
    year: 2024,
    date: '2024-09-15',
    url: 'https://oncologypro.esmo.org/abstract/example',
    evidenceContext: 'NSCLC (phase 3)',
    supports: 'Tests.',
    ...over,
    id: over.id as RefKey,
    doiUrl: doi ? `https://doi.org/${doi}` : null,
  };
}
