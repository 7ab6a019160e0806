/** Clinical trials: design, arms, and typed outcome records tied to their sources. */
import { z } from 'zod';
import { PHASES, REGISTRIES } from '../references';
import { SETTING_LABEL, SETTINGS } from '../vocabulary';
import { baseEntry, id, idList, RELATED, text } from './base';
import { choose, defineKind, idsOf } from './define';

export const ENDPOINTS = ['OS', 'PFS', 'EFS', 'DFS', 'ORR', 'pCR', 'MPR', 'DoR'] as const;
export const ENDPOINT_LABEL: Record<(typeof ENDPOINTS)[number], string> = {
  OS: 'Overall survival',
  PFS: 'Progression-free survival',
  EFS: 'Event-free survival',
  DFS: 'Disease-free survival',
  ORR: 'Objective response rate',
  pCR: 'Pathological complete response',
  MPR: 'Major pathological response',
  DoR: 'Duration of response',
};

const positive = z.number().positive();

/** An effect as the source reports it. */
export const effectSchema = z.discriminatedUnion('measure', [
  z.strictObject({
    /** Hazard ratio of `arm` against `versus`, with its confidence interval. */
    measure: z.literal('hr'),
    value: positive,
    ciLow: positive,
    ciHigh: positive,
    /** Confidence level of the interval, in percent. */
    ciLevel: z.number().min(50).max(99.9).default(95),
  }),
  z.strictObject({
    /** Objective response (or pCR, MPR) with counts: `responders` of `total` in `arm`. */
    measure: z.literal('proportion'),
    responders: z.int().min(0),
    total: z.int().positive(),
    /** The same in the comparator arm, where reported. */
    versusResponders: z.int().min(0).optional(),
    versusTotal: z.int().positive().optional(),
  }),
  z.strictObject({
    /** A median (survival or duration) in each arm. */
    measure: z.literal('median'),
    value: positive,
    versusValue: positive.optional(),
    unit: z.enum(['months', 'weeks']),
  }),
]);

export const outcomeSchema = z.strictObject({
  /** OS | PFS | EFS | DFS | ORR | pCR | MPR | DoR. */
  endpoint: z.enum(ENDPOINTS),
  /** True for a primary endpoint of the trial. */
  primary: z.boolean(),
  /** The arm the effect belongs to (an `arms[].id`). */
  arm: id,
  /** The comparator arm (an `arms[].id`), for a comparison. */
  versus: id.optional(),
  /** Population of the analysis when it is not everyone randomised ("PD-L1 ≥ 50%"). */
  population: text(2, 120).optional(),
  /** The effect with its numbers; left out when the source reports only whether the endpoint was met (a sponsor statement). */
  effect: effectSchema.optional(),
  /** One sentence of context the numbers need ("stopped for futility at an interim analysis"). */
  note: text(5, 300).optional(),
  /** Two-sided P value, where reported. */
  p: z.number().gt(0, { error: 'A P value must be greater than 0' }).lte(1, { error: 'A P value cannot exceed 1' }).optional(),
  /** Whether the endpoint was met (required for a primary endpoint). */
  met: z.boolean().optional(),
  /** Bibliography key of the report the numbers come from. */
  source: id,
  /** Who reported it: a peer-reviewed paper, the sponsor (press release), or a conference. */
  reportedBy: z.enum(['peer-reviewed', 'sponsor', 'conference']).default('peer-reviewed'),
});

export const armSchema = z.strictObject({
  /** Short id used by outcomes (`experimental`, `control`, `pembro-chemo`). */
  id,
  /** What the arm received. */
  label: text(2, 160),
  /** Drug entries given in this arm. */
  drugs: idList.default([]),
});

const registryId = z.string().refine((s) => Object.values(REGISTRIES).some((r) => r.pattern.test(s)), {
  error: 'Expected a trial registry id such as NCT04294810 (NCT and 8 digits), ChiCTR2000029308 or 2014-000180-27',
  params: { hint: 'Copy the id exactly as the registry page shows it.' },
});

/** The scaffold's label for each arm, for the author to replace. */
const ARM_LABEL = { value: 'What the arm received', hint: 'Write what the arm received (e.g. Pembrolizumab 200 mg every 3 weeks).' };

export const trialSchema = baseEntry
  .extend({
    /** Trial acronym (KEYNOTE-024), shown and searched. */
    acronym: text(2, 40),
    /** Registry id (NCT number or another registry's id). */
    registryId: registryId.optional(),
    /** Phase. */
    phase: z.enum(PHASES),
    /** Clinical setting. */
    setting: z.enum(SETTINGS),
    /** Who was enrolled, in one sentence. */
    population: text(5, 300),
    /** Biomarker selection, if any ("PD-L1 TPS ≥ 50%, no EGFR/ALK"). */
    biomarkerSelection: text(2, 200).optional(),
    /** Tumour type (NSCLC, melanoma, urothelial…). */
    tumourType: text(3, 60),
    /** Recruitment status as last checked. */
    status: z.enum(['recruiting', 'active', 'completed', 'terminated']),
    /** Number randomised (or enrolled, for a single-arm trial). */
    randomised: z.int().positive().optional(),
    /** The arms. */
    arms: z.array(armSchema).min(1, { error: 'Expected at least one arm' }),
    /** Outcome records, each tied to its source. */
    outcomes: z.array(outcomeSchema).default([]),
    /** Strategy entries this trial tests. */
    strategies: idList.default([]),
    /** Drug entries given in any arm. */
    drugs: idList.default([]),
    /** Biomarker entries the trial selected or stratified on. */
    biomarkers: idList.default([]),
    /** Mechanism entries the trial informs. */
    mechanisms: idList.default([]),
  })
  .superRefine((t, ctx) => {
    const arms = new Set(t.arms.map((a) => a.id));
    t.outcomes.forEach((o, i) => {
      for (const field of ['arm', 'versus'] as const) {
        const a = o[field];
        if (a !== undefined && !arms.has(a)) {
          ctx.addIssue({ code: 'custom', path: ['outcomes', i, field], message: `The trial has no arm "${a}" (arms: ${[...arms].join(', ')})`, params: { hint: 'Use the id of one of the arms listed under `arms`, or add the arm.' } });
        }
      }
      const e = o.effect;
      if (!e) {
        if (o.met === undefined) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'met'], message: 'An outcome without an effect must at least say whether the endpoint was met', params: { hint: 'Add `met: true` or `met: false`, as the source reports it.' } });
      } else if (e.measure === 'hr') {
        if (e.ciLow > e.ciHigh) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'effect', 'ciLow'], message: `The confidence interval is reversed: ciLow ${e.ciLow} is above ciHigh ${e.ciHigh}`, params: { hint: 'Swap ciLow and ciHigh.' } });
        else if (e.value < e.ciLow || e.value > e.ciHigh) {
          ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'effect', 'value'], message: `The hazard ratio ${e.value} lies outside its own confidence interval ${e.ciLow}–${e.ciHigh}`, params: { hint: 'Check the three numbers against the source: the estimate lies inside its interval.' } });
        }
        if (o.versus === undefined) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'versus'], message: 'A hazard ratio needs the comparator arm (versus)', params: { hint: 'Add `versus:` with the id of the comparator arm.' } });
      }
      if (e?.measure === 'proportion' && e.responders > e.total) {
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'effect', 'responders'], message: `${e.responders} responders out of ${e.total} patients is more than all of them`, params: { hint: 'Check the counts against the source.' } });
      }
      if (o.primary && o.met === undefined) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'met'], message: 'A primary endpoint needs `met: true` or `met: false`', params: { hint: 'Say whether the source reports the primary endpoint as met.' } });
    });
  });

export type TrialData = z.output<typeof trialSchema>;
export type OutcomeData = z.output<typeof outcomeSchema>;

/** The trial's result on its primary endpoints: positive if all met, negative if none, mixed, or none reported. */
export function trialResult(t: Pick<TrialData, 'outcomes'>): 'positive' | 'negative' | 'mixed' | 'not-reported' {
  const primary = t.outcomes.filter((o) => o.primary && o.met !== undefined);
  if (!primary.length) return 'not-reported';
  if (primary.every((o) => o.met)) return 'positive';
  if (primary.every((o) => !o.met)) return 'negative';
  return 'mixed';
}

export const RESULT_LABEL: Record<ReturnType<typeof trialResult>, string> = {
  positive: 'Primary endpoint met',
  negative: 'Primary endpoint not met',
  mixed: 'Primary endpoints partly met',
  'not-reported': 'No primary result recorded',
};

export const trial = defineKind({
  meta: {
    name: 'trial',
    dir: 'trials',
    label: 'Trial',
    plural: 'Trials',
    labelZh: '临床试验',
    blurb: 'Clinical trials that test strategies against resistance, with their arms and outcome records and the source of every number.',
  },
  schema: trialSchema,
  relations: {
    related: RELATED,
    strategies: { target: 'strategy', label: 'tests', inverse: 'tested in', description: 'Strategy entries this trial tests.' },
    drugs: { target: 'drug', label: 'gives', inverse: 'given in', description: 'Drug entries given in any arm.' },
    biomarkers: { target: 'biomarker', label: 'selects on', inverse: 'used to select in', description: 'Biomarker entries the trial selected or stratified on.' },
    mechanisms: { target: 'mechanism', label: 'informs', inverse: 'informed by', description: 'Mechanism entries the trial informs.' },
  },
  sections: ['outcomes', 'evidence'],
  facts: (e) => [
    ['Acronym', e.acronym],
    ['Registry', e.registryId],
    ['Phase', `Phase ${e.phase}`],
    ['Setting', SETTING_LABEL[e.setting]],
    ['Tumour', e.tumourType],
    ['Population', e.population],
    ['Biomarker selection', e.biomarkerSelection],
    ['Randomised', e.randomised?.toString()],
    ['Status', e.status],
    ['Result', RESULT_LABEL[trialResult(e)]],
  ],
  badges: (e) => {
    const r = trialResult(e);
    return [
      { label: `Phase ${e.phase}`, tone: 'stage' },
      ...(r === 'negative' ? [{ label: 'Negative', tone: 'negative' }] : r === 'positive' ? [{ label: 'Positive', tone: 'evidence' }] : []),
    ];
  },
  search: (e) => ({ terms: [e.acronym, ...(e.registryId ? [e.registryId] : [])] }),
  classification: {
    shape: {
      acronym: z.string(),
      registryId: z.string().nullable(),
      phase: z.enum(PHASES),
      setting: z.enum(SETTINGS),
      tumourType: z.string(),
      status: z.enum(['recruiting', 'active', 'completed', 'terminated']),
      randomised: z.int().nullable(),
      result: z.enum(['positive', 'negative', 'mixed', 'not-reported']).describe('Derived from the primary outcome records.'),
    },
    of: (e) => ({
      acronym: e.acronym,
      registryId: e.registryId ?? null,
      phase: e.phase,
      setting: e.setting,
      tumourType: e.tumourType,
      status: e.status,
      randomised: e.randomised ?? null,
      result: trialResult(e),
    }),
  },
  sources: (e) => e.outcomes.map((o, i) => ({ key: o.source, path: ['outcomes', i, 'source'] })),
  scaffold: {
    fields: {
      acronym: { value: 'TRIAL-ACRONYM', hint: 'Write the trial acronym as its publications spell it (e.g. KEYNOTE-024).' },
      phase: choose('the phase', PHASES),
      setting: choose('the clinical setting', SETTINGS),
      population: { value: 'Who was enrolled, in one sentence.', hint: 'Write who was enrolled, in one sentence (e.g. Adults with untreated advanced NSCLC).' },
      tumourType: 'NSCLC',
      status: choose('the recruitment status', trialSchema.shape.status.options),
      arms: `
  - id: experimental
    label: ${JSON.stringify(ARM_LABEL.value)}
  - id: control
    label: ${JSON.stringify(ARM_LABEL.value)}`,
      outcomes: '[]',
      strategies: idsOf('strategies it tests'),
    },
    inside: [ARM_LABEL],
    sections: [
      { heading: 'Design', prompt: 'Describe the design and the arms, with citations.' },
      { heading: 'Results', prompt: 'Summarise the results for the primary endpoints.' },
    ],
  },
});
