/**
 * The minimal kind: what `npm run new -- kind <name> <中文名>` copies to lib/content/kinds/<name>.ts, with
 * "minimal-kind", "minimal-kinds", "minimalKind", "Minimal kind(s)" and "最小种类" replaced by the new kind's
 * names (lib/content/new-kind.ts). Not registered: it typechecks with the rest, so the copy starts from working code.
 */
import { baseEntry, RELATED } from './base';
import { defineKind } from './define';

/** The frontmatter of a minimal kind: the shared fields. Add the kind's own fields here, each with its JSDoc. */
export const minimalKindSchema = baseEntry.extend({});

export const minimalKind = defineKind({
  meta: {
    name: 'minimal-kind',
    dir: 'minimal-kinds',
    label: 'Minimal kind',
    plural: 'Minimal kinds',
    labelZh: '最小种类',
    blurb: 'Minimal kinds and how they bear on resistance to immune-checkpoint inhibitors in NSCLC.',
    blurbZh: '最小种类及其与非小细胞肺癌免疫检查点抑制剂耐药的关系。',
  },
  schema: minimalKindSchema,
  relations: { related: RELATED },
  classification: { shape: {}, of: () => ({}) },
  scaffold: {
    sections: [
      { heading: 'Overview', prompt: 'Describe the minimal kind in your own words, with citations.' },
      { heading: 'Why it matters', prompt: 'Say what it means for resistance to checkpoint inhibitors in NSCLC.' },
    ],
  },
});
