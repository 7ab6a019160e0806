/** Ids are unique across all kinds: the second file (in path order) to use an id gets the issue. */
import { issue, type ContentIssue } from '../issues';
import type { CorpusPass } from './context';

export const duplicateIds: CorpusPass = (ctx) => {
  const issues: ContentIssue[] = [];
  const first = new Map<string, string>();
  for (const r of [...ctx.records].sort((a, b) => a.file.localeCompare(b.file))) {
    const prev = first.get(r.id);
    if (prev) issues.push(issue(r.file, 1, 1, 'id', `Duplicate id "${r.id}": ${prev} already uses it`, 'Ids must be unique across all kinds: rename one of the files.'));
    else first.set(r.id, r.file);
  }
  return issues;
};
