/** Drugs: generic and brand names (English and Chinese), target, class, and approvals with their sources. */
import { z } from 'zod';
import { issue, type ContentIssue } from '../issues';
import { AGENCIES } from '../references';
import { baseEntry, chinese, id, idList, isoDate, RELATED, text } from './base';
import { choose, defineKind, entriesOfKind, type CorpusCheck } from './define';

export const DRUG_CLASSES = [
  'anti-PD-1',
  'anti-PD-L1',
  'anti-CTLA-4',
  'anti-LAG-3',
  'anti-TIM-3',
  'anti-TIGIT',
  'bispecific-antibody',
  'antibody-drug-conjugate',
  'anti-VEGF',
  'tyrosine-kinase-inhibitor',
  'cytokine',
  'cancer-vaccine',
  'small-molecule',
  'other',
] as const;

export const approvalSchema = z.strictObject({
  /** FDA | EMA | NMPA | PMDA. */
  agency: z.enum(Object.keys(AGENCIES) as [keyof typeof AGENCIES, ...(keyof typeof AGENCIES)[]]),
  /** Date of the decision (YYYY-MM-DD), as the agency's own page gives it. */
  date: isoDate,
  /** The approved indication, in one sentence (tumour, line, biomarker, combination). */
  indication: text(10, 400),
  /** Whether the indication is in NSCLC. */
  nsclc: z.boolean(),
  /** Bibliography key of the agency's decision (a `type: regulatory` source). */
  source: id,
});

export const drugSchema = baseEntry
  .extend({
    /** Brand names (Keytruda, Opdivo…): searchable. */
    brandNames: z.array(text(1, 60)).default([]),
    /** Chinese generic name (帕博利珠单抗): searchable. */
    genericNameZh: chinese(40, 'genericNameZh').optional(),
    /** Chinese brand names (可瑞达): searchable. */
    brandNamesZh: z.array(chinese(40, 'brandNamesZh')).default([]),
    /** Development codes (MK-3475). */
    codes: z.array(text(1, 40)).default([]),
    /** What it binds or inhibits (PD-1; TROP2 with a topoisomerase-I payload). */
    target: text(2, 120),
    /** Drug class. */
    drugClass: z.enum(DRUG_CLASSES),
    /** Regulatory approvals, each with the agency's decision as its source. Never from memory. */
    approvals: z.array(approvalSchema).default([]),
    /** Strategy entries this drug belongs to. */
    strategies: idList.default([]),
  })
  .superRefine((d, ctx) => {
    d.approvals.forEach((a, i) => {
      if (a.date > d.lastReviewed) {
        ctx.addIssue({ code: 'custom', path: ['approvals', i, 'date'], message: `The approval is dated ${a.date}, after the entry's lastReviewed (${d.lastReviewed})`, params: { hint: 'Check the date against the agency’s decision, then set lastReviewed to the day you checked it.' } });
      }
    });
  });

export type DrugData = z.output<typeof drugSchema>;
export type ApprovalData = z.output<typeof approvalSchema>;

/** An approval's source must be a regulatory decision in the bibliography. */
export const approvalSources: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const d of entriesOfKind<DrugData>(ctx, 'drug')) {
    d.data.approvals.forEach((a, i) => {
      const type = ctx.refType(a.source);
      if (type === undefined) return; // unknown keys are reported by the citations pass
      if (type !== 'regulatory') {
        const at = d.locate(['approvals', i, 'source']);
        issues.push(issue(d.file, at.line, at.column, `approvals[${i}].source`, `"${a.source}" is a ${type} source, but an approval needs the agency's decision`, 'Cite a `type: regulatory` item of content/references.yaml (agency, date, indication, url).'));
      }
    });
  }
  return issues;
};

export const drug = defineKind({
  meta: {
    name: 'drug',
    dir: 'drugs',
    label: 'Drug',
    plural: 'Drugs',
    labelZh: '药物',
    blurb: 'Drugs the atlas discusses, by generic, brand and Chinese names, with their approvals by agency and date.',
  },
  schema: drugSchema,
  relations: {
    related: RELATED,
    strategies: { target: 'strategy', label: 'used in', inverse: 'uses', description: 'Strategy entries this drug belongs to.' },
  },
  sections: ['approvals', 'evidence'],
  facts: (e) => [
    ['Target', e.target],
    ['Class', e.drugClass.replace(/-/g, ' ')],
    ['Brand names', e.brandNames.join(', ')],
    ['Chinese names', [e.genericNameZh, ...e.brandNamesZh].filter(Boolean).join(' · ')],
    ['Codes', e.codes.join(', ')],
  ],
  badges: (e) => [{ label: e.drugClass.replace(/-/g, ' '), tone: 'type' }, ...(e.approvals.some((a) => a.nsclc) ? [{ label: 'Approved in NSCLC', tone: 'stage' }] : [])],
  search: (e) => ({ terms: [...e.brandNames, ...(e.genericNameZh ? [e.genericNameZh] : []), ...e.brandNamesZh, ...e.codes, e.target] }),
  classification: {
    shape: {
      drugClass: z.enum(DRUG_CLASSES).describe('Drug class.'),
      target: z.string().describe('What the drug binds or inhibits.'),
      brandNames: z.array(z.string()).describe('Brand names.'),
      approvals: z.array(approvalSchema.extend({ source: z.string() })).describe('Approvals by agency, date and indication, each with its source key.'),
    },
    of: (e) => ({ drugClass: e.drugClass, target: e.target, brandNames: [...e.brandNames], approvals: e.approvals.map((a) => ({ ...a })) }),
  },
  sources: (e) => e.approvals.map((a, i) => ({ key: a.source, path: ['approvals', i, 'source'] })),
  scaffold: {
    fields: {
      target: { value: 'The molecular target', hint: 'Write the molecular target (e.g. PD-1, PD-L1 and VEGF-A).' },
      drugClass: choose('the drug class', DRUG_CLASSES),
      brandNames: '[]',
      approvals: '[]',
      strategies: '[]',
    },
    sections: [
      { heading: 'Mechanism of action', prompt: 'Explain how the drug works, with citations.' },
      { heading: 'Evidence in NSCLC', prompt: 'Summarise the trials that tested it in NSCLC.' },
    ],
  },
  checks: [approvalSources],
});
