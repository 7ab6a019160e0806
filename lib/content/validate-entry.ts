/** Validates parsed frontmatter against the schema of the entry's kind; the kind comes from the folder. */
import type { ContentIssue } from './issues';
import { kindDef, type EntryData, type Kind } from './kinds';
import type { ParsedYaml } from './yaml';
import { zodIssueToContent } from './zod-issues';

export function validateEntry(file: string, kind: Kind, data: unknown, yaml: ParsedYaml): { data: EntryData | null; issues: ContentIssue[] } {
  const def = kindDef(kind);
  const parsed = def.validate(data);
  if (!parsed.success) {
    const keys = Object.keys(def.schema.shape);
    return { data: null, issues: parsed.error.issues.map((zi) => zodIssueToContent(zi, file, yaml.locate, keys)) };
  }
  return { data: parsed.data, issues: [] };
}
