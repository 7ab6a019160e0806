/** Drugs: generic and brand names (English and Chinese), target, class, and approvals with their sources. */
import { z } from 'zod';
import { issue, type ContentIssue } from '../issues';
import { AGENCIES } from '../references';
import { baseEntry, chinese, id, idList, isoDate, RELATED, text } from './base';
import { defineKind, entriesOfKind, type CorpusCheck } from './define';

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

/** Drug classes in Chinese. */
export const DRUG_CLASS_ZH: Record<(typeof DRUG_CLASSES)[number], string> = {
  'anti-PD-1': '抗PD-1抗体',
  'anti-PD-L1': '抗PD-L1抗体',
  'anti-CTLA-4': '抗CTLA-4抗体',
  'anti-LAG-3': '抗LAG-3抗体',
  'anti-TIM-3': '抗TIM-3抗体',
  'anti-TIGIT': '抗TIGIT抗体',
  'bispecific-antibody': '双特异性抗体',
  'antibody-drug-conjugate': '抗体偶联药物',
  'anti-VEGF': '抗VEGF药物',
  'tyrosine-kinase-inhibitor': '酪氨酸激酶抑制剂',
  cytokine: '细胞因子',
  'cancer-vaccine': '肿瘤疫苗',
  'small-molecule': '小分子药物',
  other: '其他',
};

/** A drug class as a page shows it: "anti PD 1" style in English (hyphens as spaces), or its Chinese. */
function classLabel(c: (typeof DRUG_CLASSES)[number], locale: 'en' | 'zh'): string {
  return locale === 'zh' ? DRUG_CLASS_ZH[c] : c.replace(/-/g, ' ');
}

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
    blurbZh: '图谱涉及的药物，列出通用名、商品名和中文名，以及各监管机构的批准及日期。',
  },
  schema: drugSchema,
  relations: {
    related: RELATED,
    strategies: {
      target: 'strategy',
      label: 'used in',
      inverse: 'uses',
      labelZh: '所属策略',
      inverseZh: '使用的药物',
      description: 'Strategy entries this drug belongs to.',
    },
  },
  sections: ['approvals', 'evidence'],
  facts: (e, _d, t) => [
    [{ en: 'Target', zh: '靶点' }, t.prose('target', e.target)],
    [{ en: 'Class', zh: '类别' }, classLabel(e.drugClass, t.locale)],
    [{ en: 'Brand names', zh: '商品名' }, e.brandNames.join(', ')],
    [{ en: 'Chinese names', zh: '中文名' }, [e.genericNameZh, ...e.brandNamesZh].filter(Boolean).join(' · ')],
    [{ en: 'Codes', zh: '研发代号' }, e.codes.join(', ')],
  ],
  badges: (e, _d, locale) => [
    { label: classLabel(e.drugClass, locale), tone: 'type' },
    ...(e.approvals.some((a) => a.nsclc) ? [{ label: locale === 'zh' ? '已获批用于NSCLC' : 'Approved in NSCLC', tone: 'stage' }] : []),
  ],
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
  scaffold: () => ['target: PD-1', 'drugClass: anti-PD-1', 'brandNames: []', 'approvals: []', 'strategies: []'],
  checks: [approvalSources],
});
