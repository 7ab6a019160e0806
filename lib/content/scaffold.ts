/**
 * The text of a new entry of a kind (what `npm run new` writes), and the check that none of its placeholder
 * text is left: each placeholder is defined once here, written by scaffoldEntry and matched exactly by
 * placeholderIssues.
 */
import { issue, type ContentIssue } from './issues';
import { kindDef, type Kind } from './kinds';
import type { ScaffoldIds } from './kinds/define';
import type { ParsedYaml } from './yaml';

/** Frontmatter values the scaffold writes for the author to replace, with what to write instead. */
export const PLACEHOLDERS = {
  titleZh: { value: '待译名称', hint: 'Write the Chinese name of the entry (e.g. titleZh: 抗原加工缺陷).' },
  summary: {
    value: 'One paragraph for a clinician: what this is and why it matters for resistance to immune-checkpoint inhibitors in NSCLC.',
    hint: 'Write one paragraph for a clinician: what this is and why it matters for resistance in NSCLC.',
  },
  evidenceNote: {
    value: 'Say which findings come from NSCLC and which are extrapolated from other cancers or models.',
    hint: 'Write which findings of this entry come from NSCLC and which are extrapolated, or remove the field.',
  },
} as const satisfies Record<string, { value: string; hint: string }>;

/** The body sentence the scaffold writes for the author to replace. */
export const PLACEHOLDER_BODY = {
  value: 'Explain the biology in your own words, with citations <Cite id="source-review" />.',
  hint: 'Write the section in your own words, citing the sources that support it.',
} as const;

/** `ids` supplies existing ids for the relations a kind requires; the kind's own lines come from its declaration. */
export function scaffoldEntry(kind: Kind, id: string, today: string, ids: ScaffoldIds): string {
  const title = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return [
    '---',
    `title: ${title}`,
    `titleZh: ${PLACEHOLDERS.titleZh.value}`,
    'aliases: []',
    'summary: >-',
    `  ${PLACEHOLDERS.summary.value}`,
    'related: []',
    'references: [source-review]',
    'evidenceContext: nsclc',
    `evidenceNote: ${PLACEHOLDERS.evidenceNote.value}`,
    `lastReviewed: ${today}`,
    ...kindDef(kind).scaffold(ids),
    '---',
    '',
    '## Mechanism',
    '',
    PLACEHOLDER_BODY.value,
    '',
    '## Evidence',
    '',
    '## Clinical relevance',
    '',
    '## Open questions',
    '',
  ].join('\n');
}

/**
 * One issue per placeholder of the scaffold still in an entry: frontmatter values equal to a PLACEHOLDERS value
 * (located at the value), and the placeholder body sentence (located where it starts). `data` is the parsed
 * frontmatter, checked whether or not it passed the schema, so these arrive with every other problem.
 */
export function placeholderIssues(file: string, data: unknown, yaml: ParsedYaml, body: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  for (const [field, p] of Object.entries(PLACEHOLDERS)) {
    if (fields[field] !== p.value) continue;
    const at = yaml.locate([field]);
    out.push(issue(file, at.line, at.column, field, `"${field}" is still the scaffold's placeholder`, p.hint));
  }
  const index = body.indexOf(PLACEHOLDER_BODY.value);
  if (index >= 0) {
    const before = body.slice(0, index);
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    out.push(issue(file, line, column, 'body', "The body still has the scaffold's placeholder sentence", PLACEHOLDER_BODY.hint));
  }
  return out;
}
