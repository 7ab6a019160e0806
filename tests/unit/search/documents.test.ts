import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../lib/content/build-corpus';
import { isEntryId, type EntryId } from '../../../lib/content/ids';
import { biomarkerSchema } from '../../../lib/content/kinds/biomarker';
import { mechanismSchema } from '../../../lib/content/kinds/mechanism';
import { strategySchema } from '../../../lib/content/kinds/strategy';
import { topicSchema } from '../../../lib/content/kinds/topic';
import { toSearchDocs } from '../../../lib/search/documents';

function entryId(s: string): EntryId {
  if (!isEntryId(s)) throw new Error(`bad id ${s}`);
  return s;
}

// Frontmatter goes through the real schemas, so defaults added to a schema later do not break these builders.
const frontmatter = {
  references: ['ref-one'],
  evidenceContext: 'nsclc',
  lastReviewed: '2026-11-24',
};
const compiled = { file: '', code: '', links: [], citations: [], refs: [] };

const strategy: Entry = {
  kind: 'strategy',
  ...strategySchema.parse({
    ...frontmatter,
    title: 'PD-1 and PD-L1 inhibitors',
    titleZh: 'PD-1/PD-L1 抑制剂',
    aliases: ['anti-PD-1', 'Pembrolizumab'],
    summary: 'Antibodies against PD-1\n  or PD-L1, the backbone of first-line treatment for advanced NSCLC.',
    targets: ['pd-l1-expression'],
    stage: 'approved',
    tumourContext: 'NSCLC (phase 3)',
    drugs: ['pembrolizumab', 'nivolumab'],
    trials: ['KEYNOTE-024'],
  }),
  ...compiled,
  id: entryId('pd-1-pd-l1-inhibitors'),
  headings: [
    { depth: 2, text: 'Approved drugs', id: 'approved-drugs' },
    { depth: 2, text: 'Landmark  trials', id: 'landmark-trials' },
  ],
  derived: {},
  text: 'Pembrolizumab doubled\n\nsurvival.',
};

const mechanism: Entry = {
  kind: 'mechanism',
  ...mechanismSchema.parse({
    ...frontmatter,
    title: 'STK11/LKB1 loss',
    titleZh: 'STK11/LKB1 缺失',
    aliases: ['LKB1'],
    summary: 'Loss of STK11 marks cold tumours that rarely respond to PD-1 blockade in lung adenocarcinoma.',
    origin: 'intrinsic',
    timing: 'primary',
    area: 'genomic-proteomic',
    strategies: ['pd-1-ctla-4-combination'],
  }),
  ...compiled,
  id: entryId('stk11-lkb1-loss'),
  headings: [],
  derived: {},
  text: 'Body.',
};

const biomarker: Entry = {
  kind: 'biomarker',
  ...biomarkerSchema.parse({
    ...frontmatter,
    title: 'PD-L1',
    titleZh: '程序性死亡配体1',
    aliases: ['B7-H1'],
    summary: 'PD-L1 on tumour cells, scored as the tumour proportion score, selects patients for pembrolizumab.',
    biomarkerType: 'protein',
    genes: ['CD274'],
  }),
  ...compiled,
  id: entryId('pd-l1'),
  headings: [],
  derived: {},
  text: '',
};

const topic: Entry = {
  kind: 'topic',
  ...topicSchema.parse({
    ...frontmatter,
    title: 'Tumour microenvironment',
    titleZh: '肿瘤微环境',
    summary: 'The mix of immune cells, stromal cells, vessels and signals around cancer cells in the tumour.',
    area: 'tumour-microenvironment',
    entries: ['stk11-lkb1-loss'],
  }),
  ...compiled,
  id: entryId('tumour-microenvironment'),
  headings: [],
  derived: {},
  text: '',
};

describe('toSearchDocs', () => {
  it('folds drugs and trials into aliases, without case-insensitive duplicates, and collapses whitespace', () => {
    expect(toSearchDocs([strategy])).toEqual([
      {
        id: 'pd-1-pd-l1-inhibitors',
        kind: 'strategy',
        url: '/strategies/pd-1-pd-l1-inhibitors',
        title: 'PD-1 and PD-L1 inhibitors',
        titleZh: 'PD-1/PD-L1 抑制剂',
        aliases: ['anti-PD-1', 'Pembrolizumab', 'nivolumab', 'KEYNOTE-024'],
        summary: 'Antibodies against PD-1 or PD-L1, the backbone of first-line treatment for advanced NSCLC.',
        headings: ['Approved drugs', 'Landmark trials'],
        text: 'Pembrolizumab doubled survival.',
      },
    ]);
  });

  it('copies the classification of mechanisms', () => {
    expect(toSearchDocs([mechanism])[0]).toMatchObject({ origin: 'intrinsic', timing: 'primary', area: 'genomic-proteomic' });
  });

  it('folds gene symbols of biomarkers into aliases', () => {
    expect(toSearchDocs([biomarker])[0].aliases).toEqual(['B7-H1', 'CD274']);
  });

  it('keeps the area of a topic and adds no origin or timing', () => {
    const doc = toSearchDocs([topic])[0];
    expect([doc.area, doc.origin, doc.timing]).toEqual(['tumour-microenvironment', undefined, undefined]);
  });
});
