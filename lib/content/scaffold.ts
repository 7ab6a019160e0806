/** The text of a new, valid entry of a kind: what `npm run new` writes. */
import type { Kind } from './kinds';

/** `ids` supplies existing ids for the relations a kind requires (a strategy for mechanisms, and so on). */
export function scaffoldEntry(kind: Kind, id: string, today: string, ids: { strategy?: string; mechanism?: string; any?: string }): string {
  const title = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  const extra: Record<Kind, string[]> = {
    mechanism: ['origin: intrinsic', 'timing: primary', 'area: genomic-proteomic', 'biomarkers: []', `strategies: [${ids.strategy ?? ''}]`, 'involves: []'],
    biomarker: ['biomarkerType: gene', 'genes: []'],
    'cell-or-molecule': ['entityType: cell', 'role: effector', 'suppresses: []'],
    strategy: [`targets: [${ids.mechanism ?? ''}]`, 'stage: preclinical', 'tumourContext: NSCLC (preclinical models)', 'drugs: []', 'trials: []'],
    concept: [],
    topic: [`entries: [${ids.any ?? ''}]`],
  };
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
    ...extra[kind],
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
