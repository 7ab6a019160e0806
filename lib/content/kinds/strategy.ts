/** Drugs, combinations and selection strategies studied against resistance. */
import { z } from 'zod';
import { issue, type ContentIssue } from '../issues';
import { STAGE_LABEL, STAGE_LABEL_ZH, STAGES } from '../vocabulary';
import { baseEntry, idList, RELATED, text } from './base';
import { defineKind, entriesOfKind, idsOf, type CheckContext, type CorpusCheck, type Derived } from './define';
import type { DrugData } from './drug';
import { deriveStage, type DerivedStage, type StageApproval, type StageTrial } from './strategy-stage';
import { trialResult, type TrialData } from './trial';

export const strategySchema = baseEntry.extend({
  /** Mechanism entries this strategy is meant to overcome. At least one. */
  targets: idList.min(1, { error: 'Expected at least one mechanism id' }),
  /**
   * Only for a strategy that no trial or drug entry backs yet, and then only `preclinical`: the stage is otherwise
   * derived from the approvals of its drugs and the phases and results of its trials, never typed by hand.
   */
  stage: z.enum(STAGES).optional(),
  /** Where that evidence comes from, e.g. "NSCLC (phase 3); melanoma (phase 3)". */
  tumourContext: text(3, 200),
  /** Drug names and codes (searchable). */
  drugs: z.array(text(1, 80)).default([]),
  /** Trial names (searchable), e.g. KEYNOTE-024. */
  trials: z.array(text(1, 80)).default([]),
});

export type StrategyData = z.output<typeof strategySchema>;

/** The approvals and trials that bear on strategy `id`: from drug entries and trial entries that list it. */
export function stageInputs(ctx: CheckContext, id: string): { approvals: StageApproval[]; trials: StageTrial[] } {
  const approvals = entriesOfKind<DrugData>(ctx, 'drug')
    .filter((d) => d.data.strategies.includes(id))
    .flatMap((d) => d.data.approvals.map((a) => ({ drug: d.id, agency: a.agency, date: a.date, indication: a.indication, nsclc: a.nsclc, source: a.source })));
  const trials = entriesOfKind<TrialData>(ctx, 'trial')
    .filter((t) => t.data.strategies.includes(id))
    .map((t) => ({ id: t.id, acronym: t.data.acronym, phase: t.data.phase, result: trialResult(t.data), tumourType: t.data.tumourType }));
  return { approvals, trials };
}

/**
 * The stage shown for a strategy: derived, or the `preclinical` an author may state when nothing backs it yet.
 * `label` is in `locale` (English by default): "Phase 3 (negative)", "III期（阴性结果）"; `labelZh` is always the Chinese.
 */
export function shownStage(
  e: Pick<StrategyData, 'stage'>,
  derived: Derived,
  locale: 'en' | 'zh' = 'en',
): { stage: (typeof STAGES)[number]; label: string; labelZh: string } | null {
  const d = derived.stage;
  if (d?.stage) {
    const negative = d.basis.type === 'trial' && d.basis.negativePhase3;
    const en = `${STAGE_LABEL[d.stage]}${negative ? ' (negative)' : ''}`;
    const zh = `${STAGE_LABEL_ZH[d.stage]}${negative ? '（阴性结果）' : ''}`;
    return { stage: d.stage, label: locale === 'zh' ? zh : en, labelZh: zh };
  }
  return e.stage ? { stage: e.stage, label: locale === 'zh' ? STAGE_LABEL_ZH[e.stage] : STAGE_LABEL[e.stage], labelZh: STAGE_LABEL_ZH[e.stage] } : null;
}

const RESULT_WORDS = { positive: 'primary endpoint met', negative: 'primary endpoint not met', mixed: 'primary endpoints partly met', 'not-reported': 'no primary result recorded' } as const;

function describeBasis(d: DerivedStage): string {
  if (d.basis.type === 'approval') return `the ${d.basis.approval.agency} approval of ${d.basis.approval.drug} on ${d.basis.approval.date}`;
  if (d.basis.type === 'trial') return `${d.basis.trial.acronym}, phase ${d.basis.trial.phase}, ${RESULT_WORDS[d.basis.trial.result]}`;
  return 'nothing';
}

/** A stated `stage` must be what the linked drugs and trials say, or `preclinical` when nothing is linked. */
export const stageMatchesEvidence: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  // A trial or drug file that failed validation may list any strategy: judging stages without it would report a
  // second, spurious problem for one bad file (its own problems are reported where it is).
  const valid = new Set(ctx.entries.map((e) => e.id));
  const unreadable = [...ctx.ids].some(([id, { kind }]) => (kind === 'trial' || kind === 'drug') && !valid.has(id));
  if (unreadable) return issues;
  for (const s of entriesOfKind<StrategyData>(ctx, 'strategy')) {
    const claimed = s.data.stage;
    if (!claimed) continue;
    const { approvals, trials } = stageInputs(ctx, s.id);
    const derived = deriveStage(approvals, trials);
    const at = s.locate(['stage']);
    if (derived.stage && derived.stage !== claimed) {
      issues.push(issue(s.file, at.line, at.column, 'stage', `The strategy claims "${claimed}", but its trials and drugs say "${derived.stage}", decided by ${describeBasis(derived)}`, 'Remove `stage`: it is derived from the drugs and trials that list this strategy.'));
    } else if (!derived.stage && claimed !== 'preclinical') {
      issues.push(issue(s.file, at.line, at.column, 'stage', `The strategy claims "${claimed}", but no trial or drug entry lists it`, `Add the trial (content/trials/) or the approved drug (content/drugs/) with \`strategies: [${s.id}]\`, then remove \`stage\`.`));
    }
  }
  return issues;
};

export const strategy = defineKind({
  meta: {
    name: 'strategy',
    dir: 'strategies',
    label: 'Strategy',
    plural: 'Drugs and strategies',
    labelZh: '药物与策略',
    blurb: 'Drugs, combinations and selection strategies studied against resistance, with their stage of evidence.',
    blurbZh: '针对耐药开展研究的药物、联合方案和患者选择策略，及其证据阶段。',
  },
  schema: strategySchema,
  relations: {
    related: RELATED,
    targets: {
      target: 'mechanism',
      label: 'targets',
      inverse: 'targeted by',
      labelZh: '针对的耐药机制',
      inverseZh: '针对该机制的策略',
      sameFactAs: 'mechanism.strategies',
      description: 'Mechanism entries this strategy is meant to overcome.',
    },
  },
  sections: ['stage', 'trials-forest', 'evidence'],
  facts: (e, derived, t) => [
    [{ en: 'Stage of evidence', zh: '证据阶段' }, shownStage(e, derived, t.locale)?.label],
    [{ en: 'Tumour context', zh: '证据来源瘤种' }, t.prose('tumourContext', e.tumourContext)],
    [{ en: 'Drugs', zh: '药物' }, e.drugs.join(', ')],
    [{ en: 'Trials', zh: '试验' }, e.trials.join(', ')],
  ],
  badges: (e, derived, locale) => {
    const shown = shownStage(e, derived, locale);
    return shown ? [{ label: shown.label, tone: 'stage' }] : [];
  },
  derive: (e, ctx) => {
    const { approvals, trials } = stageInputs(ctx, e.id);
    return { stage: deriveStage(approvals, trials) };
  },
  search: (e) => ({ terms: [...e.drugs, ...e.trials] }),
  classification: {
    shape: {
      stage: z.enum(STAGES).nullable().describe('Stage of evidence, derived from the approvals of its drugs and its trials (null when nothing backs it).'),
      stageLabel: z.string().nullable().describe('How the stage reads, e.g. "Phase 3 (negative)".'),
      tumourContext: z.string().min(1).describe('Where that evidence comes from.'),
    },
    of: (e, derived) => {
      const shown = shownStage(e, derived);
      return { stage: shown?.stage ?? null, stageLabel: shown?.label ?? null, tumourContext: e.tumourContext };
    },
  },
  scaffold: {
    fields: {
      targets: idsOf('mechanisms it acts against'),
      tumourContext: { value: 'Where it was studied', hint: 'Write where the strategy was studied (e.g. NSCLC (phase 3), or NSCLC (preclinical models)).' },
      drugs: '[]',
      trials: '[]',
    },
    sections: [
      { heading: 'Rationale', prompt: 'Explain which resistance mechanism the strategy addresses and how, with citations.' },
      { heading: 'Evidence', prompt: 'Summarise the trials and models that tested it.' },
      { heading: 'Open questions', prompt: 'List what is not yet known.' },
    ],
  },
  checks: [stageMatchesEvidence],
});
