/**
 * Frontmatter schemas, one per kind. Strict: an unknown key is an error, never ignored.
 * The JSDoc on each field is what authors see in their editor; keep it accurate.
 */
import { z } from 'zod';
import { AREAS, EVIDENCE_CONTEXTS, ORIGINS, STAGES, TIMINGS, type Kind } from './kinds';
import { HAN_CHAR as CJK } from '../core/text';
import { ID_PATTERN } from './ids';

const id = z
  .string()
  .regex(ID_PATTERN, { error: 'Expected an entry id in kebab-case (lowercase letters, digits, hyphens)' });
const idList = z.array(id);

/** ISO calendar date that exists (2026-02-30 is rejected). */
const isoDate = z.iso.date({ error: 'Expected an ISO date YYYY-MM-DD' });

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const baseEntry = z.strictObject({
  /** English title, as it appears in the page heading and search results. */
  title: text(3, 120),
  /** Chinese name, shown beside the title and searched. Must contain Chinese characters. */
  titleZh: text(1, 80).regex(CJK, { error: 'Expected Chinese characters in titleZh' }),
  /** Synonyms, abbreviations, gene aliases, drug codes, trial names and Chinese terms a reader might type. */
  aliases: z.array(text(1, 80)).default([]),
  /** One paragraph for a clinician: what this is and why it matters for checkpoint-inhibitor resistance. */
  summary: text(40, 600),
  /** Other entries worth reading next (any kind). */
  related: idList.default([]),
  /** Bibliography keys (content/references.yaml) this entry rests on. At least one. */
  references: z.array(id).min(1, { error: 'Expected at least one reference key' }),
  /** Where the evidence comes from: nsclc | mixed | other-cancers | preclinical | general. */
  evidenceContext: z.enum(EVIDENCE_CONTEXTS),
  /** One or two sentences saying which findings are NSCLC-specific and which are extrapolated. */
  evidenceNote: text(10, 500).optional(),
  /** Date of the last review of this entry against its sources (YYYY-MM-DD). */
  lastReviewed: isoDate,
  /** Position in lists (ascending); entries without it sort by title after those with it. */
  order: z.int().min(0).max(10000).optional(),
});

export const mechanismSchema = baseEntry.extend({
  /** Intrinsic (the tumour cell's own biology) or extrinsic (microenvironment, host immunity). */
  origin: z.enum(ORIGINS),
  /** Primary (present before treatment), acquired (after an initial response) or both. */
  timing: z.enum(TIMINGS),
  /** The area of the source review this mechanism belongs to. */
  area: z.enum(AREAS),
  /** Biomarker entries that signal this mechanism. */
  biomarkers: idList.default([]),
  /** Strategy entries studied against this mechanism. At least one. */
  strategies: idList.min(1, { error: 'Expected at least one strategy id' }),
  /** Cell-or-molecule entries that carry out this mechanism. */
  involves: idList.default([]),
});

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
    labelZh: text(1, 40).regex(CJK, { error: 'Expected Chinese characters in labelZh' }),
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

export const cellOrMoleculeSchema = baseEntry.extend({
  /** What sort of entity this is. */
  entityType: z.enum(['cell', 'cytokine', 'chemokine', 'growth-factor', 'receptor', 'metabolite']),
  /** Its net role in anti-tumour immunity. */
  role: z.enum(['effector', 'suppressive', 'context-dependent']),
  /** Cell-or-molecule entries this one suppresses. */
  suppresses: idList.default([]),
});

export const strategySchema = baseEntry.extend({
  /** Mechanism entries this strategy is meant to overcome. At least one. */
  targets: idList.min(1, { error: 'Expected at least one mechanism id' }),
  /** The most advanced stage of evidence for this strategy in any tumour. */
  stage: z.enum(STAGES),
  /** Where that evidence comes from, e.g. "NSCLC (phase 3); melanoma (phase 3)". */
  tumourContext: text(3, 200),
  /** Drug names and codes (searchable). */
  drugs: z.array(text(1, 80)).default([]),
  /** Trial names (searchable), e.g. KEYNOTE-024. */
  trials: z.array(text(1, 80)).default([]),
});

export const conceptSchema = baseEntry.extend({});

export const topicSchema = baseEntry.extend({
  /** The area this overview covers; its `entries` must then include every mechanism of the area. */
  area: z.enum(AREAS).optional(),
  /** Entries this overview gathers (any kind), in reading order. At least one. */
  entries: idList.min(1, { error: 'Expected at least one entry id' }),
});

export const SCHEMAS = {
  mechanism: mechanismSchema,
  biomarker: biomarkerSchema,
  'cell-or-molecule': cellOrMoleculeSchema,
  strategy: strategySchema,
  concept: conceptSchema,
  topic: topicSchema,
} as const satisfies Record<Kind, z.ZodType>;

export type MechanismData = z.infer<typeof mechanismSchema>;
export type BiomarkerData = z.infer<typeof biomarkerSchema>;
/** One explorer finding of a biomarker entry. */
export type FindingData = z.infer<typeof findingSchema>;
export type CellOrMoleculeData = z.infer<typeof cellOrMoleculeSchema>;
export type StrategyData = z.infer<typeof strategySchema>;
export type ConceptData = z.infer<typeof conceptSchema>;
export type TopicData = z.infer<typeof topicSchema>;

/** Frontmatter by kind, as a discriminated union on `kind`. */
export type EntryData =
  | ({ kind: 'mechanism' } & MechanismData)
  | ({ kind: 'biomarker' } & BiomarkerData)
  | ({ kind: 'cell-or-molecule' } & CellOrMoleculeData)
  | ({ kind: 'strategy' } & StrategyData)
  | ({ kind: 'concept' } & ConceptData)
  | ({ kind: 'topic' } & TopicData);

/**
 * Typed relations: for each kind, the frontmatter fields that hold ids and the kind(s) they must point to
 * (null = any kind). The cross-file pass checks targets against this table; the graph labels edges with it.
 */
export const RELATIONS: Record<Kind, Record<string, { target: Kind | null; label: string }>> = {
  mechanism: {
    related: { target: null, label: 'related to' },
    biomarkers: { target: 'biomarker', label: 'signalled by' },
    strategies: { target: 'strategy', label: 'targeted by' },
    involves: { target: 'cell-or-molecule', label: 'involves' },
  },
  biomarker: { related: { target: null, label: 'related to' } },
  'cell-or-molecule': {
    related: { target: null, label: 'related to' },
    suppresses: { target: 'cell-or-molecule', label: 'suppresses' },
  },
  strategy: {
    related: { target: null, label: 'related to' },
    targets: { target: 'mechanism', label: 'targets' },
  },
  concept: { related: { target: null, label: 'related to' } },
  topic: {
    related: { target: null, label: 'related to' },
    entries: { target: null, label: 'includes' },
  },
};
