/** Concepts: the definitions a reader needs. */
import { baseEntry, RELATED } from './base';
import { defineKind } from './define';

export const conceptSchema = baseEntry.extend({});

export const concept = defineKind({
  meta: {
    name: 'concept',
    dir: 'concepts',
    label: 'Concept',
    plural: 'Concepts',
    labelZh: '概念',
    blurb: 'Definitions a reader needs: kinds of resistance, response patterns and the language of tumour immunology.',
    blurbZh: '读者需要了解的定义：耐药的类型、疗效模式及肿瘤免疫学术语。',
  },
  schema: conceptSchema,
  relations: { related: RELATED },
  classification: { shape: {}, of: () => ({}) },
  scaffold: {
    sections: [
      { heading: 'Definition', prompt: 'Define the concept in plain words, with citations.' },
      { heading: 'Why it matters', prompt: 'Say why a reader of this atlas needs it.' },
    ],
  },
});
