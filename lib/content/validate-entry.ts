/** Validates parsed frontmatter against the schema of the entry's kind; the kind comes from the folder. */
import type { Kind } from './kinds';
import type { ContentIssue } from './issues';
import { SCHEMAS, type EntryData } from './schema';
import type { ParsedYaml } from './yaml';
import { zodIssueToContent } from './zod-issues';

export function validateEntry(
  file: string,
  kind: Kind,
  data: unknown,
  yaml: ParsedYaml,
): { data: EntryData | null; issues: ContentIssue[] } {
  const schema = SCHEMAS[kind];
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const keys = Object.keys(schema.shape);
    return { data: null, issues: parsed.error.issues.map((zi) => zodIssueToContent(zi, file, yaml.locate, keys)) };
  }
  // The folder decides the kind; the discriminant is attached here, after validation.
  return { data: { ...parsed.data, kind } as EntryData, issues: [] };
}
