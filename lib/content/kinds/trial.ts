/** Clinical trials: design, arms, and typed outcome records tied to their sources. */
import { z } from 'zod';
import { PHASES, REGISTRIES } from '../references';
import { reportedDecimal, reportedP } from '../reported';
import { SETTING_LABEL, SETTING_LABEL_ZH, SETTINGS } from '../vocabulary';
import { baseEntry, id, idList, RELATED, text } from './base';
import { choose, defineKind, idsOf, type FactValue } from './define';

export const ENDPOINTS = ['OS', 'PFS', 'EFS', 'DFS', 'RFS', 'ORR', 'pCR', 'MPR', 'DoR'] as const;
export const ENDPOINT_LABEL: Record<(typeof ENDPOINTS)[number], string> = {
  OS: 'Overall survival',
  PFS: 'Progression-free survival',
  EFS: 'Event-free survival',
  DFS: 'Disease-free survival',
  /** Recurrence-free (relapse-free) survival, the adjuvant endpoint of trials such as KEYNOTE-942. */
  RFS: 'Recurrence-free survival',
  ORR: 'Objective response rate',
  pCR: 'Pathological complete response',
  MPR: 'Major pathological response',
  DoR: 'Duration of response',
};
export const ENDPOINT_LABEL_ZH: Record<(typeof ENDPOINTS)[number], string> = {
  OS: '总生存期',
  PFS: '无进展生存期',
  EFS: '无事件生存期',
  DFS: '无病生存期',
  RFS: '无复发生存期',
  ORR: '客观缓解率',
  pCR: '病理学完全缓解',
  MPR: '主要病理学缓解',
  DoR: '缓解持续时间',
};

export const TRIAL_STATUSES = ['recruiting', 'active', 'completed', 'terminated'] as const;
/** Recruitment status as a Chinese page shows it (English pages show the value itself). */
export const STATUS_LABEL_ZH: Record<(typeof TRIAL_STATUSES)[number], string> = {
  recruiting: '正在招募',
  active: '进行中（不再招募）',
  completed: '已完成',
  terminated: '已终止',
};

/** A phase as shown: "Phase 2/3", "2/3期". */
export function phaseLabel(phase: string, locale: 'en' | 'zh' = 'en'): string {
  return locale === 'zh' ? `${phase}期` : `Phase ${phase}`;
}

/** A positive number with the digits its source printed (`0.50` stays "0.50"); see lib/content/reported.ts. */
const positive = reportedDecimal({ gt: 0 });

/** Which analysis of the trial an outcome record comes from, oldest kind first. */
export const ANALYSES = ['interim', 'primary', 'final', 'updated'] as const;
export type Analysis = (typeof ANALYSES)[number];

/** A data cut-off as the source dates it: a day (2020-03-09) or a month (2020-03). */
const cutoff = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'Expected a data cut-off as YYYY-MM-DD or YYYY-MM' });

/** An effect as the source reports it. Every number keeps the digits the source printed. */
export const effectSchema = z.discriminatedUnion('measure', [
  z.strictObject({
    /** Hazard ratio of `arm` against `versus`, with its confidence interval. */
    measure: z.literal('hr'),
    value: positive,
    ciLow: positive,
    ciHigh: positive,
    /** Confidence level of the interval, in percent. */
    ciLevel: reportedDecimal({ min: 50, max: 99.9 }).default({ value: 95, text: '95' }),
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
  z.strictObject({
    /** A percentage of patients in each arm at a time point (a 5-year survival rate, a response rate given as %). */
    measure: z.literal('rate'),
    /** Percent in `arm`. */
    value: reportedDecimal({ min: 0, max: 100 }),
    /** Percent in the comparator arm, where reported. */
    versusValue: reportedDecimal({ min: 0, max: 100 }).optional(),
    /** The time point, where the rate is at one ("5 years"); left out for a response rate. */
    at: text(2, 40).optional(),
  }),
]);

export const outcomeSchema = z.strictObject({
  /** OS | PFS | EFS | DFS | RFS | ORR | pCR | MPR | DoR. */
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
  /** P value as reported: exact (`0.005`) or a bound (`<0.001`, `≤0.05`). */
  p: reportedP.optional(),
  /** Whether the source calls the P value one-sided or two-sided; left out when it does not say. */
  pSided: z.enum(['one-sided', 'two-sided']).optional(),
  /** False for an outcome that the trial's hierarchical testing did not formally test (no P value then). */
  tested: z.boolean().default(true),
  /** Which analysis the numbers come from: interim, primary, final or updated. */
  analysis: z.enum(ANALYSES),
  /** The analysis's data cut-off, where the source states it (YYYY-MM-DD or YYYY-MM). */
  dataCutoff: cutoff.optional(),
  /** Follow-up at that analysis, as the source states it ("median 59.9 months"). */
  followUp: text(3, 80).optional(),
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

/** A date as a registry or source gives it: a year (2026), a month (2026-03) or a day (2026-03-30). */
const expectedDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });

/**
 * Why a trial has no primary outcome record: it has not reported, its primary endpoint is one the outcome table does
 * not hold (safety, dose-limiting toxicity), or its result was not found in the sources checked. Shown on the page in
 * place of "No primary result recorded"; required for a completed or terminated trial without a primary outcome.
 */
export const noPrimaryResultSchema = z.strictObject({
  /** One reader-facing sentence: what the primary endpoint is and why no result is recorded. */
  reason: text(10, 300),
  /** The registry's expected (primary) completion date, where it gives one: YYYY, YYYY-MM or YYYY-MM-DD. */
  expected: expectedDate.optional(),
  /** Bibliography key of the page the reason and date come from (a registry record, usually). */
  source: id.optional(),
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
    status: z.enum(TRIAL_STATUSES),
    /** Number randomised (or enrolled, for a single-arm trial). */
    randomised: z.int().positive().optional(),
    /** The arms. */
    arms: z.array(armSchema).min(1, { error: 'Expected at least one arm' }),
    /** Outcome records, each tied to its source. */
    outcomes: z.array(outcomeSchema).default([]),
    /** Why there is no primary outcome record (not reported yet, a safety endpoint, a result not found); see noPrimaryResultSchema. */
    noPrimaryResult: noPrimaryResultSchema.optional(),
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
        if (e.ciLow.value > e.ciHigh.value) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'effect', 'ciLow'], message: `The confidence interval is reversed: ciLow ${e.ciLow.text} is above ciHigh ${e.ciHigh.text}`, params: { hint: 'Swap ciLow and ciHigh.' } });
        else if (e.value.value < e.ciLow.value || e.value.value > e.ciHigh.value) {
          ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'effect', 'value'], message: `The hazard ratio ${e.value.text} lies outside its own confidence interval ${e.ciLow.text}–${e.ciHigh.text}`, params: { hint: 'Check the three numbers against the source: the estimate lies inside its interval.' } });
        }
        if (o.versus === undefined) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'versus'], message: 'A hazard ratio needs the comparator arm (versus)', params: { hint: 'Add `versus:` with the id of the comparator arm.' } });
      }
      if (e?.measure === 'proportion' && e.responders > e.total) {
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'effect', 'responders'], message: `${e.responders} responders out of ${e.total} patients is more than all of them`, params: { hint: 'Check the counts against the source.' } });
      }
      if (!o.tested && o.p !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'p'], message: 'A P value on an outcome marked not formally tested (tested: false)', params: { hint: 'Remove the P value (say in `note` that a nominal P was reported), or remove `tested: false` if the hierarchy did test it.' } });
      }
      if (o.pSided !== undefined && o.p === undefined) {
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'pSided'], message: 'pSided describes a P value, but the outcome has none', params: { hint: 'Add the P value as reported, or remove `pSided`.' } });
      }
      if (o.primary && o.met === undefined) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'met'], message: 'A primary endpoint needs `met: true` or `met: false`', params: { hint: 'Say whether the source reports the primary endpoint as met.' } });
    });
    const hasPrimary = t.outcomes.some((o) => o.primary);
    if (!hasPrimary && !t.noPrimaryResult && (t.status === 'completed' || t.status === 'terminated')) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `A ${t.status} trial with no primary outcome record and no stated reason`,
        params: { hint: 'Add the primary endpoint(s) as outcomes with `primary: true` and `met:`, or say why there is none with `noPrimaryResult: { reason: …, expected: …, source: … }`.' },
      });
    }
    if (hasPrimary && t.noPrimaryResult) {
      ctx.addIssue({ code: 'custom', path: ['noPrimaryResult'], message: 'The trial has a primary outcome record and also says it has no primary result', params: { hint: 'Remove `noPrimaryResult`, or the primary outcome it contradicts; a pending co-primary endpoint is said in the text.' } });
    }
  });

export type TrialData = z.output<typeof trialSchema>;
export type OutcomeData = z.output<typeof outcomeSchema>;

/** "Why no primary result" as a key fact: the reason (translated, or the English marked), then the expected date. */
function noPrimaryResultFact(reason: FactValue, expected: string | undefined, locale: 'en' | 'zh'): FactValue {
  const r = typeof reason === 'object' && reason ? reason : { text: reason ?? '' };
  const when = expected ? (locale === 'zh' ? `（预计：${expected}）` : ` (expected: ${expected})`) : '';
  return { ...r, text: `${r.text}${when}` };
}

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
export const RESULT_LABEL_ZH: Record<ReturnType<typeof trialResult>, string> = {
  positive: '达到主要终点',
  negative: '未达到主要终点',
  mixed: '部分达到主要终点',
  'not-reported': '未记录主要终点结果',
};

/** The result label in `locale`. */
export function resultLabel(r: ReturnType<typeof trialResult>, locale: 'en' | 'zh' = 'en'): string {
  return (locale === 'zh' ? RESULT_LABEL_ZH : RESULT_LABEL)[r];
}

export const trial = defineKind({
  meta: {
    name: 'trial',
    dir: 'trials',
    label: 'Trial',
    plural: 'Trials',
    labelZh: '临床试验',
    blurb: 'Clinical trials that test strategies against resistance, with their arms and outcome records and the source of every number.',
    blurbZh: '检验抗耐药策略的临床试验，列出各治疗组、结局记录及每个数字的出处。',
  },
  schema: trialSchema,
  relations: {
    related: RELATED,
    strategies: {
      target: 'strategy',
      label: 'tests',
      inverse: 'tested in',
      labelZh: '检验的策略',
      inverseZh: '检验该策略的试验',
      description: 'Strategy entries this trial tests.',
    },
    drugs: { target: 'drug', label: 'gives', inverse: 'given in', labelZh: '使用的药物', inverseZh: '使用该药物的试验', description: 'Drug entries given in any arm.' },
    biomarkers: {
      target: 'biomarker',
      label: 'selects on',
      inverse: 'used to select in',
      labelZh: '用于筛选或分层的生物标志物',
      inverseZh: '以其筛选或分层患者的试验',
      description: 'Biomarker entries the trial selected or stratified on.',
    },
    mechanisms: {
      target: 'mechanism',
      label: 'informs',
      inverse: 'informed by',
      labelZh: '提供证据的耐药机制',
      inverseZh: '提供证据的试验',
      description: 'Mechanism entries the trial informs.',
    },
  },
  sections: ['outcomes', 'evidence'],
  facts: (e, _d, t) => [
    [{ en: 'Acronym', zh: '试验名称' }, e.acronym],
    [{ en: 'Registry', zh: '注册号' }, e.registryId],
    [{ en: 'Phase', zh: '试验分期' }, phaseLabel(e.phase, t.locale)],
    [{ en: 'Setting', zh: '治疗场景' }, (t.locale === 'zh' ? SETTING_LABEL_ZH : SETTING_LABEL)[e.setting]],
    [{ en: 'Tumour', zh: '瘤种' }, t.prose('tumourType', e.tumourType)],
    [{ en: 'Population', zh: '研究人群' }, t.prose('population', e.population)],
    [{ en: 'Biomarker selection', zh: '生物标志物筛选' }, e.biomarkerSelection && t.prose('biomarkerSelection', e.biomarkerSelection)],
    [{ en: 'Randomised', zh: '随机化例数' }, e.randomised?.toString()],
    [{ en: 'Status', zh: '状态' }, t.locale === 'zh' ? STATUS_LABEL_ZH[e.status] : e.status],
    [{ en: 'Result', zh: '结果' }, resultLabel(trialResult(e), t.locale)],
    [
      { en: 'Why no primary result', zh: '无主要终点结果的原因' },
      e.noPrimaryResult && noPrimaryResultFact(t.prose('noPrimaryResult.reason', e.noPrimaryResult.reason), e.noPrimaryResult.expected, t.locale),
    ],
  ],
  badges: (e, _d, locale) => {
    const r = trialResult(e);
    const zh = locale === 'zh';
    return [
      { label: phaseLabel(e.phase, locale), tone: 'stage' },
      ...(r === 'negative' ? [{ label: zh ? '阴性' : 'Negative', tone: 'negative' }] : r === 'positive' ? [{ label: zh ? '阳性' : 'Positive', tone: 'evidence' }] : []),
    ];
  },
  search: (e) => {
    const names = [e.acronym, ...(e.registryId ? [e.registryId] : [])];
    return { terms: names, names };
  },
  classification: {
    shape: {
      acronym: z.string(),
      registryId: z.string().nullable(),
      phase: z.enum(PHASES),
      setting: z.enum(SETTINGS),
      tumourType: z.string(),
      status: z.enum(TRIAL_STATUSES),
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
  sources: (e) => [
    ...e.outcomes.map((o, i) => ({ key: o.source, path: ['outcomes', i, 'source'] })),
    ...(e.noPrimaryResult?.source ? [{ key: e.noPrimaryResult.source, path: ['noPrimaryResult', 'source'] }] : []),
  ],
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
