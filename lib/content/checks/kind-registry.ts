/**
 * The kind declarations themselves, checked before any content: a relation's target is a registered kind, its field
 * holds a list of entry ids, `sameFactAs` names a relation that points back, and kind names and folders are unique.
 * `tsc` already rejects a relation on a field that is not a list of strings; these are what only the whole registry
 * can tell. Each problem is located in the kind's own file (found by its `name: '<kind>'`), never a stack trace.
 */
import { didYouMean } from '../../core/suggest';
import { issue, type ContentIssue } from '../issues';
import type { KindDef, RelationDef } from '../kinds/define';
import { SHARED_SCAFFOLD_FIELDS } from '../scaffold';

/** A kind file's path (repository-relative) and text. */
export interface SourceFile {
  path: string;
  text: string;
}

export const REGISTRY_FILE = 'lib/content/kinds/registry.ts';

/** Line and column (1-based) of the first match of `pattern` in `text` at or after `from`; null when none. */
function find(text: string, pattern: RegExp, from = 0): { line: number; column: number; index: number } | null {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  return { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n'), index: m.index };
}

const quoted = (s: string) => `['"]${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`;
const key = (s: string) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : quoted(s));

/** True when `schema` accepts a list of ids and rejects a single id and a list of text that is no id. */
function holdsIdList(schema: unknown): boolean {
  const s = schema as { safeParse?: (v: unknown) => { success: boolean } } | undefined;
  if (typeof s?.safeParse !== 'function') return false;
  return s.safeParse(['an-id']).success && !s.safeParse('an-id').success && !s.safeParse(['Not an id']).success;
}

export function kindRegistryIssues(defs: readonly KindDef[], sources: readonly SourceFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const names = defs.map((d) => d.meta.name);
  const fileOf = (kind: string) => sources.find((f) => new RegExp(`\\bname:\\s*${quoted(kind)}`).test(f.text));
  /** Where the relation `field` of `kind` is declared, and where `prop` is inside it (when the file says). */
  const locate = (kind: string, field?: string, prop?: RegExp) => {
    const src = fileOf(kind);
    if (!src) {
      const registry = sources.find((f) => f.path === REGISTRY_FILE);
      const list = registry ? find(registry.text, /\bKIND_DEFS\s*=/) : null;
      return { file: REGISTRY_FILE, line: list?.line ?? 1, column: list?.column ?? 1 };
    }
    const name = find(src.text, new RegExp(`\\bname:\\s*${quoted(kind)}`))!;
    const relations = find(src.text, /\brelations\s*:/, name.index) ?? name;
    const at = field ? (find(src.text, new RegExp(`\\b${key(field)}\\s*:`), relations.index) ?? relations) : name;
    // A property inside the relation's own braces (not one of a later relation).
    const inner = prop ? find(src.text, prop, at.index) : null;
    const close = src.text.indexOf('}', at.index);
    const best = inner && (close < 0 || inner.index < close) ? inner : at;
    return { file: src.path, line: best.line, column: best.column };
  };
  const relationKeys = new Set(defs.flatMap((d) => Object.keys(d.relations).map((f) => `${d.meta.name}.${f}`)));
  const seenName = new Set<string>();
  const seenDir = new Map<string, string>();
  for (const d of defs) {
    const kind = d.meta.name;
    if (seenName.has(kind)) {
      const at = locate(kind);
      issues.push(issue(at.file, at.line, at.column, 'name', `Two kinds are named "${kind}"`, `Rename one of them; kind names are unique (kinds: ${names.join(', ')}).`));
    }
    seenName.add(kind);
    const other = seenDir.get(d.meta.dir);
    if (other) {
      const at = locate(kind);
      issues.push(issue(at.file, at.line, at.column, 'dir', `The kinds "${other}" and "${kind}" share the folder content/${d.meta.dir}/`, 'Give each kind its own folder.'));
    }
    seenDir.set(d.meta.dir, kind);
    const shape = d.schema.shape as Record<string, unknown>;
    // A new entry (npm run new) must have every field the schema requires, if only as a placeholder.
    const scaffolded = new Set([...SHARED_SCAFFOLD_FIELDS, ...Object.keys(d.scaffold.fields ?? {})]);
    for (const [field, schema] of Object.entries(shape)) {
      if (scaffolded.has(field) || (schema as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success) continue;
      const at = locate(kind);
      const src = fileOf(kind);
      const scaffoldAt = src ? find(src.text, /\bscaffold\s*:/) : null;
      issues.push(
        issue(at.file, scaffoldAt?.line ?? at.line, scaffoldAt?.column ?? at.column, `scaffold.fields.${field}`, `A new ${kind} would miss "${field}", which the schema requires`, `Add "${field}" to scaffold.fields: a placeholder ({ value, hint }) the author must replace, or choose(...) for a list of options.`),
      );
    }
    for (const [field, r] of Object.entries(d.relations as Record<string, RelationDef | undefined>)) {
      if (!r) continue;
      if (r.target !== null && !names.includes(r.target)) {
        const at = locate(kind, field, new RegExp(`\\btarget\\s*:\\s*${quoted(r.target)}`));
        const guess = didYouMean(r.target, names);
        issues.push(
          issue(at.file, at.line, at.column, `relations.${field}.target`, `The relation "${kind}.${field}" targets "${r.target}", which is no kind`, `${guess ? `Did you mean "${guess}"? ` : ''}Use one of: ${names.join(', ')} (or null for any kind).`),
        );
      }
      if (!holdsIdList(shape[field])) {
        const at = locate(kind, field);
        const why = field in shape ? 'which does not hold a list of entry ids' : 'which is not a field of its schema';
        issues.push(issue(at.file, at.line, at.column, `relations.${field}`, `The relation "${kind}.${field}" names "${field}", ${why}`, `Declare "${field}" in the schema as idList (lib/content/kinds/base-fields.ts), or remove the relation.`));
      }
      if (r.sameFactAs) {
        const at = locate(kind, field, /\bsameFactAs\s*:/);
        const dot = r.sameFactAs.indexOf('.');
        const back = defs.find((x) => x.meta.name === r.sameFactAs!.slice(0, dot))?.relations[r.sameFactAs.slice(dot + 1)];
        if (!relationKeys.has(r.sameFactAs)) {
          const guess = didYouMean(r.sameFactAs, relationKeys);
          issues.push(issue(at.file, at.line, at.column, `relations.${field}.sameFactAs`, `sameFactAs names "${r.sameFactAs}", which is no relation`, guess ? `Did you mean "${guess}"?` : 'Write "<kind>.<field>" of the relation on the target kind that states the same fact.'));
        } else if (back?.sameFactAs !== `${kind}.${field}` || back.target !== kind || r.target !== r.sameFactAs.split('.')[0] || back.label !== r.inverse || back.inverse !== r.label) {
          issues.push(
            issue(at.file, at.line, at.column, `relations.${field}.sameFactAs`, `"${kind}.${field}" and "${r.sameFactAs}" do not read as one fact`, `Each must name the other in sameFactAs and target the other's kind, and each one's label must be the other's inverse.`),
          );
        }
      }
    }
  }
  return issues;
}
