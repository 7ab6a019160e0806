/** The text of a new, valid entry of a kind: what `npm run new` writes. */
import { kindDef, type Kind } from './kinds';
import type { ScaffoldIds } from './kinds/define';

/** `ids` supplies existing ids for the relations a kind requires; the kind's own lines come from its declaration. */
export function scaffoldEntry(kind: Kind, id: string, today: string, ids: ScaffoldIds): string {
  const title = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return [
    '---',
    `title: ${title}`,
    'titleZh: 待译名称',
    'aliases: []',
    'summary: >-',
    '  One paragraph for a clinician: what this is and why it matters for resistance to immune-checkpoint inhibitors in NSCLC.',
    'related: []',
    'references: [source-review]',
    'evidenceContext: nsclc',
    'evidenceNote: Say which findings come from NSCLC and which are extrapolated from other cancers or models.',
    `lastReviewed: ${today}`,
    ...kindDef(kind).scaffold(ids),
    '---',
    '',
    '## Mechanism',
    '',
    'Explain the biology in your own words, with citations <Cite id="source-review" />.',
    '',
    '## Evidence',
    '',
    '## Clinical relevance',
    '',
    '## Open questions',
    '',
  ].join('\n');
}
