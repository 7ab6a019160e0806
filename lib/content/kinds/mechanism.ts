/** Mechanisms: how a tumour escapes or outlasts checkpoint blockade. */
import { z } from 'zod';
import { AREA_INFO, AREAS, ORIGIN_LABEL, ORIGIN_ZH, ORIGINS, TIMING_LABEL, TIMING_ZH, TIMINGS } from '../vocabulary';
import { baseEntry, idList, RELATED } from './base';
import { choose, defineKind, idsOf } from './define';

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

export type MechanismData = z.output<typeof mechanismSchema>;

export const mechanism = defineKind({
  meta: {
    name: 'mechanism',
    dir: 'mechanisms',
    label: 'Mechanism',
    plural: 'Mechanisms',
    labelZh: '耐药机制',
    blurb: 'How a tumour escapes or outlasts immune-checkpoint blockade, classified by origin, timing and area.',
    blurbZh: '肿瘤如何逃避或耐受免疫检查点阻断，按来源、发生时间和领域分类。',
  },
  schema: mechanismSchema,
  relations: {
    related: RELATED,
    biomarkers: {
      target: 'biomarker',
      label: 'signalled by',
      inverse: 'signals',
      labelZh: '提示该机制的生物标志物',
      inverseZh: '所提示的耐药机制',
      description: 'Biomarker entries that signal this mechanism.',
    },
    strategies: {
      target: 'strategy',
      label: 'targeted by',
      inverse: 'targets',
      labelZh: '针对该机制的策略',
      inverseZh: '针对的耐药机制',
      sameFactAs: 'strategy.targets',
      description: 'Strategy entries studied against this mechanism.',
    },
    involves: {
      target: 'cell-or-molecule',
      label: 'involves',
      inverse: 'involved in',
      labelZh: '涉及的细胞与分子',
      inverseZh: '参与的耐药机制',
      description: 'Cell-or-molecule entries that carry out this mechanism.',
    },
  },
  sections: ['evidence'],
  facts: (e, _d, t) =>
    t.locale === 'zh'
      ? [
          [{ en: 'Origin', zh: '来源' }, ORIGIN_ZH[e.origin]],
          [{ en: 'Timing', zh: '发生时间' }, TIMING_ZH[e.timing]],
          [{ en: 'Area', zh: '领域' }, `${AREA_INFO[e.area].labelZh}（来源综述第${AREA_INFO[e.area].section}节）`],
        ]
      : [
          [{ en: 'Origin', zh: '来源' }, `${ORIGIN_LABEL[e.origin]} (${ORIGIN_ZH[e.origin]})`],
          [{ en: 'Timing', zh: '发生时间' }, `${TIMING_LABEL[e.timing]} (${TIMING_ZH[e.timing]})`],
          [{ en: 'Area', zh: '领域' }, `${AREA_INFO[e.area].label} — source review §${AREA_INFO[e.area].section}`],
        ],
  badges: (e, _d, locale) => [
    { label: locale === 'zh' ? ORIGIN_ZH[e.origin] : ORIGIN_LABEL[e.origin], tone: e.origin },
    { label: locale === 'zh' ? TIMING_ZH[e.timing] : TIMING_LABEL[e.timing], tone: 'timing' },
    { label: locale === 'zh' ? AREA_INFO[e.area].labelZh : AREA_INFO[e.area].label, tone: 'area' },
  ],
  search: (e) => ({ facets: { origin: e.origin, timing: e.timing, area: e.area } }),
  classification: {
    shape: {
      origin: mechanismSchema.shape.origin.describe('intrinsic (tumour cell) or extrinsic (microenvironment, host).'),
      timing: mechanismSchema.shape.timing.describe('primary, acquired, or both.'),
      area: mechanismSchema.shape.area.describe('Area of the source review.'),
    },
    of: (e) => ({ origin: e.origin, timing: e.timing, area: e.area }),
  },
  scaffold: {
    fields: {
      origin: choose('where the mechanism arises', ORIGINS),
      timing: choose('when resistance appears', TIMINGS),
      area: choose('the area of the source review', AREAS),
      biomarkers: '[]',
      strategies: idsOf('strategies studied against it'),
      involves: '[]',
    },
    sections: [
      { heading: 'Mechanism', prompt: 'Explain the biology in your own words, with citations.' },
      { heading: 'Evidence', prompt: 'Summarise the evidence in NSCLC and where it is extrapolated from.' },
      { heading: 'Clinical relevance', prompt: 'Say what this means for choosing or sequencing checkpoint inhibitors.' },
      { heading: 'Open questions', prompt: 'List what is not yet known.' },
    ],
  },
});
