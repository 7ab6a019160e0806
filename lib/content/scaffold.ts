/**
 * The text of a new entry of a kind (what `npm run new` writes), and the check that none of its placeholders is
 * left. The shared fields' placeholders are defined here; each kind declares its own fields, placeholders and body
 * sections in its `scaffold` (lib/content/kinds/<kind>.ts). Every placeholder is written by scaffoldEntry and
 * matched exactly by placeholderIssues, in whichever field (or body line) it is left.
 */
import { issue, type ContentIssue } from './issues';
import { KIND_DEFS, kindDef, type Kind } from './kinds';
import { choose, type Placeholder, type ScaffoldSection } from './kinds/define';
import { EVIDENCE_CONTEXTS } from './vocabulary';
import type { ParsedYaml } from './yaml';
import { fieldPath } from './zod-issues';

/** Frontmatter values every new entry starts with, for the author to replace. */
export const PLACEHOLDERS = {
  titleZh: { value: '待译名称', hint: 'Write the Chinese name of the entry (e.g. titleZh: 抗原加工缺陷).' },
  summary: {
    value: 'One paragraph for a clinician: what this is and why it matters for resistance to immune-checkpoint inhibitors in NSCLC.',
    hint: 'Write one paragraph for a clinician: what this is and why it matters for resistance in NSCLC.',
  },
  evidenceContext: choose('where the evidence comes from', EVIDENCE_CONTEXTS),
  evidenceNote: {
    value: 'Say which findings come from NSCLC and which are extrapolated from other cancers or models.',
    hint: 'Write which findings of this entry come from NSCLC and which are extrapolated, or remove the field.',
  },
} as const satisfies Record<string, Placeholder>;

/** The fields every new entry is written with, before its kind's own (scaffoldEntry). */
export const SHARED_SCAFFOLD_FIELDS = ['title', 'titleZh', 'aliases', 'summary', 'related', 'references', 'evidenceContext', 'evidenceNote', 'lastReviewed'] as const;

/** A field's YAML: a placeholder quoted (a one-item list for list fields), any other value as written. */
function fieldLine(field: string, value: string | Placeholder): string {
  if (typeof value === 'string') return value.startsWith('\n') ? `${field}:${value}` : `${field}: ${value}`;
  const quoted = JSON.stringify(value.value);
  return `${field}: ${value.list ? `[${quoted}]` : quoted}`;
}

/** The text of a new entry: the shared frontmatter, the kind's own fields, and the kind's body sections. */
export function scaffoldEntry(kind: Kind, id: string, today: string): string {
  const { fields = {}, sections } = kindDef(kind).scaffold;
  const title = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return [
    '---',
    `title: ${title}`,
    fieldLine('titleZh', PLACEHOLDERS.titleZh),
    'aliases: []',
    fieldLine('summary', PLACEHOLDERS.summary),
    'related: []',
    'references: [source-review]',
    fieldLine('evidenceContext', PLACEHOLDERS.evidenceContext),
    fieldLine('evidenceNote', PLACEHOLDERS.evidenceNote),
    `lastReviewed: ${today}`,
    ...Object.entries(fields).map(([field, value]) => fieldLine(field, value)),
    '---',
    '',
    ...sections.flatMap((s) => [`## ${s.heading}`, '', s.prompt, '']),
  ].join('\n');
}

/** Every placeholder a field may hold: this kind's own first, then the shared ones, then any other kind's. */
function placeholdersFor(kind: Kind): { byField: Map<string, Placeholder>; byValue: Map<string, Placeholder> } {
  const byField = new Map<string, Placeholder>();
  const byValue = new Map<string, Placeholder>();
  const add = (fields: Readonly<Record<string, string | Placeholder>>, own: boolean) => {
    for (const [field, p] of Object.entries(fields)) {
      if (typeof p === 'string') continue;
      if (own) byField.set(field, p);
      if (!byValue.has(p.value)) byValue.set(p.value, p);
    }
  };
  const { fields = {}, inside = [] } = kindDef(kind).scaffold;
  add(fields, true);
  add(PLACEHOLDERS, true);
  for (const p of inside) if (!byValue.has(p.value)) byValue.set(p.value, p);
  for (const d of KIND_DEFS) {
    add(d.scaffold.fields ?? {}, false);
    for (const p of d.scaffold.inside ?? []) if (!byValue.has(p.value)) byValue.set(p.value, p);
  }
  return { byField, byValue };
}

/** Every section prompt of every kind, by its text. */
const PROMPTS = new Map<string, ScaffoldSection>(KIND_DEFS.flatMap((d) => d.scaffold.sections.map((s) => [s.prompt, s] as const)));

/** Every string in a frontmatter value, with its path. */
function* strings(value: unknown, path: (string | number)[]): Generator<{ text: string; path: (string | number)[] }> {
  if (typeof value === 'string') yield { text: value.trim(), path };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * One issue per placeholder of the scaffold still in an entry: any frontmatter value equal to a placeholder (located
 * at the value, with the hint of the field's own placeholder when it has one), and any body line equal to a section
 * prompt (located where it starts). `data` is the parsed frontmatter, checked whether or not it passed the schema,
 * so these arrive with every other problem.
 */
export function placeholderIssues(file: string, kind: Kind, data: unknown, yaml: ParsedYaml, body: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  const { byField, byValue } = placeholdersFor(kind);
  for (const { text, path } of strings(data, [])) {
    const own = byField.get(String(path[0]));
    const p = own?.value === text ? own : byValue.get(text);
    if (!p) continue;
    const at = yaml.locate(path);
    const field = fieldPath(path);
    out.push(issue(file, at.line, at.column, field, `"${field}" is still the scaffold's placeholder`, p.hint));
  }
  const own = kindDef(kind).scaffold.sections;
  body.split('\n').forEach((line, i) => {
    const section = own.find((s) => s.prompt === line.trim()) ?? PROMPTS.get(line.trim());
    if (!section) return;
    out.push(issue(file, i + 1, line.indexOf(section.prompt) + 1, 'body', `The "${section.heading}" section still has the scaffold's prompt`, `Write the section in your own words, citing the sources that support it with <Cite id="…" />.`));
  });
  return out;
}

/**
 * `issues` without the problems a placeholder explains: another issue of the same file at the placeholder's field
 * or inside it (a placeholder that fails the schema, or names no entry, is reported once, as a placeholder).
 */
export function withoutExplained(issues: readonly ContentIssue[], placeholders: readonly ContentIssue[]): ContentIssue[] {
  const own = new Set(placeholders);
  const fields = placeholders.filter((p) => p.field !== 'body').map((p) => `${p.file}\u0000${p.field}`);
  return issues.filter((i) => {
    if (own.has(i)) return true;
    const key = `${i.file}\u0000${i.field}`;
    return !fields.some((f) => key === f || key.startsWith(`${f}[`) || key.startsWith(`${f}.`));
  });
}
