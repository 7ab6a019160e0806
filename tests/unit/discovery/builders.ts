/** Entry builders for the discovery tests: typed entries without compiling MDX, with only what a test names. */
import type { Entry } from '@/lib/content/build-corpus';
import type { EntryId, RefKey } from '@/lib/content/ids';
import type { Reference } from '@/lib/content/references';
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
export function reference(over: Omit<Partial<Reference>, 'id'> & { id: string }): Reference {
  const doi = over.doi === undefined ? '10.1000/test.1' : over.doi;
  const pmid = over.pmid === undefined ? '12345678' : over.pmid;
  return {
    authors: 'Doe J, Roe RA',
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
