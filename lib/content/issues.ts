/**
 * ContentIssue: every problem the content pipeline finds, located and explained. An error is a product:
 * authors read these in their terminal and in CI, so the layout is fixed and snapshot-tested.
 */

export interface ContentIssue {
  /** Path relative to the repository root, with forward slashes (content/mechanisms/x.mdx). */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Frontmatter path (`biomarkers[1]`), `body` for MDX, `file` for whole-file problems. */
  field: string;
  message: string;
  /** What to do about it, phrased as an instruction. Empty when nothing useful can be said. */
  hint: string;
}

export function issue(
  file: string,
  line: number,
  column: number,
  field: string,
  message: string,
  hint = '',
): ContentIssue {
  return { file, line: Math.max(1, line), column: Math.max(1, column), field, message, hint };
}

/** Formats one issue as `path:line:column  field  message  → hint: …`. */
export function formatIssue(i: ContentIssue): string {
  const hint = i.hint ? `  → hint: ${i.hint}` : '';
  return `${i.file}:${i.line}:${i.column}  ${i.field}  ${i.message}${hint}`;
}

/** Sorts issues by file, line, column so reports are stable. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/** The whole report: one line per issue, then a count line. Empty corpus problems read as a clean pass. */
export function formatReport(issues: readonly ContentIssue[], fileCount: number): string {
  if (issues.length === 0) return `✓ ${fileCount} content files checked, no problems found.`;
  const files = new Set(issues.map((i) => i.file)).size;
  const lines = sortIssues(issues).map(formatIssue);
  lines.push('', `✗ ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${fileCount} checked).`);
  return lines.join('\n');
}
