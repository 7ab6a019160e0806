/** Drugs, combinations and selection strategies studied against resistance. */
import { z } from 'zod';
import { STAGE_LABEL, STAGES } from '../vocabulary';
import { baseEntry, idList, RELATED, text } from './base';
import { defineKind } from './define';

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

export type StrategyData = z.output<typeof strategySchema>;

export const strategy = defineKind({
  meta: {
    name: 'strategy',
    dir: 'strategies',
    label: 'Strategy',
    plural: 'Drugs and strategies',
    labelZh: '药物与策略',
    blurb: 'Drugs, combinations and selection strategies studied against resistance, with their stage of evidence.',
  },
  schema: strategySchema,
  relations: {
    related: RELATED,
    targets: {
      target: 'mechanism',
      label: 'targets',
      inverse: 'targeted by',
      sameFactAs: 'mechanism.strategies',
      description: 'Mechanism entries this strategy is meant to overcome.',
    },
  },
  facts: (e) => [
    ['Stage of evidence', STAGE_LABEL[e.stage]],
    ['Tumour context', e.tumourContext],
    ['Drugs', e.drugs.join(', ')],
    ['Trials', e.trials.join(', ')],
  ],
  badges: (e) => [{ label: STAGE_LABEL[e.stage], tone: 'stage' }],
  search: (e) => ({ terms: [...e.drugs, ...e.trials] }),
  classification: {
    shape: {
      stage: strategySchema.shape.stage.describe('Most advanced stage of evidence in any tumour.'),
      tumourContext: z.string().min(1).describe('Where that evidence comes from.'),
    },
    of: (e) => ({ stage: e.stage, tumourContext: e.tumourContext }),
  },
  scaffold: (ids) => [`targets: [${ids.mechanism ?? ''}]`, 'stage: preclinical', 'tumourContext: NSCLC (preclinical models)', 'drugs: []', 'trials: []'],
});
