/** Topic overviews that follow the outline of the source review. */
import { z } from 'zod';
import { issue, type ContentIssue } from '../issues';
import { AREA_INFO, AREAS } from '../vocabulary';
import { baseEntry, idList, RELATED } from './base';
import { defineKind, entriesOfKind, idsOf, type CorpusCheck } from './define';
import type { MechanismData } from './mechanism';

export const topicSchema = baseEntry.extend({
  /** The area this overview covers; its `entries` must then include every mechanism of the area. */
  area: z.enum(AREAS).optional(),
  /** Entries this overview gathers (any kind), in reading order. At least one. */
  entries: idList.min(1, { error: 'Expected at least one entry id' }),
});

export type TopicData = z.output<typeof topicSchema>;

/** A topic overview with an area gathers every entry of that area (every strategy, for "new strategies"). */
export const topicCoversArea: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  const mechanisms = entriesOfKind<MechanismData>(ctx, 'mechanism');
  const strategies = ctx.entries.filter((e) => e.data.kind === 'strategy');
  for (const p of entriesOfKind<TopicData>(ctx, 'topic')) {
    const area = p.data.area;
    if (!area) continue;
    const listed = new Set(p.data.entries);
    const expected = area === 'new-strategies' ? strategies : mechanisms.filter((m) => m.data.area === area);
    for (const q of expected) {
      if (listed.has(q.id)) continue;
      const at = p.locate(['entries'], true);
      issues.push(issue(p.file, at.line, at.column, 'entries', `The overview of "${AREA_INFO[area].label}" does not list "${q.id}"`, `Add ${q.id} to entries (every ${q.data.kind} of the area belongs in its overview).`));
    }
  }
  return issues;
};

export const topic = defineKind({
  meta: {
    name: 'topic',
    dir: 'topics',
    label: 'Topic overview',
    plural: 'Topic overviews',
    labelZh: '专题综述',
    blurb: 'Overviews that follow the outline of the source review, each linking to every entry in its area.',
    blurbZh: '按来源综述的框架编写的综述页，每页链接其领域内的全部条目。',
  },
  schema: topicSchema,
  relations: {
    related: RELATED,
    entries: {
      target: null,
      label: 'includes',
      inverse: 'part of',
      labelZh: '收录的条目',
      inverseZh: '所属专题综述',
      description: 'Entries this overview gathers, in reading order.',
    },
  },
  facts: (e, _d, t) => [
    [
      { en: 'Area', zh: '领域' },
      !e.area
        ? null
        : t.locale === 'zh'
          ? `${AREA_INFO[e.area].labelZh}（来源综述第${AREA_INFO[e.area].section}节）`
          : `${AREA_INFO[e.area].label} — source review §${AREA_INFO[e.area].section}`,
    ],
  ],
  badges: (e, _d, locale) => (e.area ? [{ label: locale === 'zh' ? AREA_INFO[e.area].labelZh : AREA_INFO[e.area].label, tone: 'area' }] : []),
  search: (e) => ({ facets: e.area ? { area: e.area } : {} }),
  classification: {
    shape: { area: z.enum(AREAS).nullable().describe('The area this overview covers, or null for a general overview.') },
    of: (e) => ({ area: e.area ?? null }),
  },
  scaffold: {
    fields: { entries: idsOf('entries this overview gathers') },
    sections: [{ heading: 'Overview', prompt: 'Walk the reader through the entries of this overview, in order, with citations.' }],
  },
  checks: [topicCoversArea],
});
