/** Biomarkers and genes, with the findings a clinician can pick in the explorer. */
import { z } from 'zod';
import { didYouMean } from '../../core/suggest';
import { issue, type ContentIssue } from '../issues';
import { baseEntry, chinese, enumLabel, id, idList, RELATED, text } from './base';
import { choose, defineKind, entriesOfKind, type CorpusCheck } from './define';
import type { MechanismData } from './mechanism';

/**
 * A test result a clinician can pick in the biomarker-profile explorer (/explorer), such as "STK11
 * loss-of-function" or "PD-L1 TPS below 1%". It links the finding to the mechanism entries that the biomarker
 * entry and those mechanism entries already describe; the cross-file pass checks every id.
 */
export const findingSchema = z
  .strictObject({
    /** Unique across all entries; appears in shared explorer URLs (/explorer?f=stk11-lof), so never rename it lightly. */
    id,
    /** English label, as a clinician reads it on a report, e.g. "STK11 loss-of-function". */
    label: text(2, 60),
    /** Chinese label. Must contain Chinese characters. */
    labelZh: chinese(40, 'labelZh'),
    /**
     * Mechanism entries this finding is linked to, most direct first. Empty for a finding that marks likely benefit
     * rather than resistance (PD-L1 TPS ≥50%), which then needs a `note`. Never list a link the entries do not support.
     */
    mechanisms: idList.default([]),
    /** One sentence of context from the entries, e.g. "On its own, KRAS status does not predict resistance". */
    note: text(10, 300).optional(),
  })
  .refine((f) => f.mechanisms.length > 0 || f.note !== undefined, {
    error: 'A finding linked to no mechanism needs a note saying what it signals',
    path: ['note'],
  });

export const biomarkerSchema = baseEntry.extend({
  /** What is measured. */
  biomarkerType: z.enum(['gene', 'protein', 'genomic-signature', 'cell-population']),
  /** Official gene symbol(s), for genes and proteins (STK11, CD274). */
  genes: z.array(text(1, 30)).default([]),
  /** How it is measured in practice (assay, cut-offs), in one sentence. */
  assay: text(5, 300).optional(),
  /** Findings a clinician can select in the biomarker-profile explorer, each linked to mechanism ids. */
  findings: z.array(findingSchema).default([]),
});

export type BiomarkerData = z.output<typeof biomarkerSchema>;

/** The biomarker type as a Chinese page names it (its badge). */
export const BIOMARKER_TYPE_ZH: Record<BiomarkerData['biomarkerType'], string> = {
  gene: '基因',
  protein: '蛋白',
  'genomic-signature': '基因组特征',
  'cell-population': '细胞群',
};
/** One explorer finding of a biomarker entry. */
export type FindingData = z.output<typeof findingSchema>;

/**
 * Explorer findings: ids unique across the corpus (they appear in shared URLs); every linked mechanism exists, is
 * a mechanism, and lists the biomarker among its own `biomarkers`, so a finding can only follow a link that the
 * entries already make.
 */
export const findingsFollowEntries: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  const mechanismBiomarkers = new Map(entriesOfKind<MechanismData>(ctx, 'mechanism').map((m) => [m.id, m.data.biomarkers]));
  const biomarkers = entriesOfKind<BiomarkerData>(ctx, 'biomarker').sort((a, b) => a.file.localeCompare(b.file));
  for (const p of biomarkers) {
    p.data.findings.forEach((f, i) => {
      const prev = seen.get(f.id);
      if (prev) {
        const at = p.locate(['findings', i, 'id']);
        issues.push(issue(p.file, at.line, at.column, `findings[${i}].id`, `Duplicate finding id "${f.id}": ${prev} already uses it`, 'Finding ids must be unique across all biomarkers: rename one of them.'));
      } else {
        seen.set(f.id, p.file);
      }
      f.mechanisms.forEach((target, j) => {
        const field = `findings[${i}].mechanisms[${j}]`;
        const at = p.locate(['findings', i, 'mechanisms', j]);
        const found = ctx.ids.get(target);
        if (!found) {
          const guess = didYouMean(target, ctx.ids.keys());
          issues.push(issue(p.file, at.line, at.column, field, `No entry has the id "${target}"`, guess ? `Did you mean "${guess}"?` : `Create it with \`npm run new -- mechanism ${target}\`, or fix the id.`));
        } else if (found.kind !== 'mechanism' && !ctx.duplicated.has(target)) {
          issues.push(issue(p.file, at.line, at.column, field, `"${target}" is a ${ctx.kindLabel(found.kind).label.toLowerCase()}, but a finding's mechanisms must list mechanisms`, 'Link the finding to the mechanism entry that describes it, or remove the id.'));
        } else if (mechanismBiomarkers.has(target) && !mechanismBiomarkers.get(target)!.includes(p.id)) {
          issues.push(issue(p.file, at.line, at.column, field, `The mechanism "${target}" does not list "${p.id}" in its biomarkers`, `Add ${p.id} to the biomarkers of ${found.file} if that entry supports the link; otherwise remove the id.`));
        }
      });
    });
  }
  return issues;
};

export const biomarker = defineKind({
  meta: {
    name: 'biomarker',
    dir: 'biomarkers',
    label: 'Biomarker',
    plural: 'Biomarkers and genes',
    labelZh: '生物标志物与基因',
    blurb: 'Genes, proteins and genomic signatures that signal a resistance mechanism or predict response.',
    blurbZh: '提示耐药机制或预测疗效的基因、蛋白和基因组特征。',
  },
  schema: biomarkerSchema,
  relations: { related: RELATED },
  sections: ['findings', 'evidence'],
  facts: (e, _d, t) => [
    [{ en: 'Type', zh: '类型' }, enumLabel(e.biomarkerType, t.locale, BIOMARKER_TYPE_ZH)],
    [{ en: 'Genes', zh: '基因' }, e.genes.join(', ')],
    [{ en: 'Assay', zh: '检测方法' }, e.assay && t.prose('assay', e.assay)],
  ],
  badges: (e, _d, locale) => [{ label: enumLabel(e.biomarkerType, locale, BIOMARKER_TYPE_ZH), tone: 'type' }],
  search: (e) => ({ terms: e.genes }),
  classification: { shape: { biomarkerType: biomarkerSchema.shape.biomarkerType }, of: (e) => ({ biomarkerType: e.biomarkerType }) },
  scaffold: {
    fields: { biomarkerType: choose('what kind of marker it is', biomarkerSchema.shape.biomarkerType.options), genes: '[]' },
    sections: [
      { heading: 'What it measures', prompt: 'Say what the marker is and how it is measured, with citations.' },
      { heading: 'Evidence', prompt: 'Summarise what it predicts or reflects in NSCLC, and how strongly.' },
      { heading: 'Clinical use', prompt: 'Say whether and how it is used to choose treatment today.' },
    ],
  },
  checks: [findingsFollowEntries],
});
