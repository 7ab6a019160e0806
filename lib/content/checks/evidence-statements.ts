/**
 * Evidence statements: ids unique across the corpus (they are anchors on /evidence), and every entry a statement
 * concerns exists. Sources are checked with the other citations (./citations.ts).
 */
import { didYouMean } from '../../core/suggest';
import { issue, type ContentIssue } from '../issues';
import type { CorpusPass } from './context';

export const evidenceStatements: CorpusPass = (ctx) => {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const r of [...ctx.records].sort((a, b) => a.file.localeCompare(b.file))) {
    if (!r.data || !r.yaml) continue;
    const yaml = r.yaml;
    r.data.evidence.forEach((st, i) => {
      const prev = seen.get(st.id);
      if (prev) {
        const at = yaml.locate(['evidence', i, 'id']);
        issues.push(issue(r.file, at.line, at.column, `evidence[${i}].id`, `Duplicate statement id "${st.id}": ${prev} already uses it`, 'Statement ids are unique across the atlas: rename one of them.'));
      } else {
        seen.set(st.id, r.file);
      }
      st.concerns.forEach((target, j) => {
        if (ctx.ids.has(target)) return;
        const at = yaml.locate(['evidence', i, 'concerns', j]);
        const guess = didYouMean(target, ctx.ids.keys());
        issues.push(issue(r.file, at.line, at.column, `evidence[${i}].concerns[${j}]`, `No entry has the id "${target}"`, guess ? `Did you mean "${guess}"?` : 'Name an existing entry id.'));
      });
    });
  }
  return issues;
};
