/** Splits an .mdx file into frontmatter and body and parses the frontmatter YAML, keeping positions. */
import { issue, type ContentIssue } from './issues';
import { parseYaml, type ParsedYaml } from './yaml';

export interface ParsedEntry {
  /** Parsed frontmatter value (undefined when it could not be parsed). */
  data: unknown;
  yaml: ParsedYaml | null;
  /** The body with the frontmatter replaced by blank lines, so MDX positions are file positions. */
  body: string;
  issues: ContentIssue[];
}

/** Parses `text` (the whole file). Never throws: problems come back as issues located in `file`. */
export function parseEntry(file: string, text: string): ParsedEntry {
  const issues: ContentIssue[] = [];
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (src.trim() === '') {
    issues.push(issue(file, 1, 1, 'file', 'The file is empty', 'Run `npm run new -- <kind> <id>` to scaffold a valid entry.'));
    return { data: undefined, yaml: null, body: '', issues };
  }
  const lines = src.split('\n');
  if (lines[0].trim() !== '---') {
    issues.push(issue(file, 1, 1, 'frontmatter', 'The file does not start with a frontmatter block', 'Begin the file with a line "---", the YAML fields, then another "---".'));
    return { data: undefined, yaml: null, body: src, issues };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    issues.push(issue(file, 1, 1, 'frontmatter', 'The frontmatter block is not closed', 'Add a line "---" after the last frontmatter field.'));
    return { data: undefined, yaml: null, body: '', issues };
  }
  const fm = lines.slice(1, close).join('\n');
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  const yaml = parseYaml(fm, 1);
  for (const e of yaml.errors) {
    issues.push(issue(file, e.line, e.column, 'frontmatter', `YAML syntax error: ${e.message}`, 'Check indentation, colons and quoting; quote values that contain ": " or start with a special character.'));
  }
  if (yaml.errors.length) return { data: undefined, yaml, body, issues };
  if (yaml.value === null || yaml.value === undefined || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    issues.push(issue(file, 2, 1, 'frontmatter', 'The frontmatter must be a set of "field: value" lines', 'See AUTHORING.md for the fields of each kind.'));
    return { data: undefined, yaml, body, issues };
  }
  return { data: yaml.value, yaml, body, issues };
}
