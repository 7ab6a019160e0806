/** Body links and <Term> ids name existing entries, and their #anchors name headings of the target page. */
import { didYouMean } from '../../core/suggest';
import { issue, type ContentIssue } from '../issues';
import type { CorpusPass } from './context';

export const linksAndAnchors: CorpusPass = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const r of ctx.records) {
    if (!r.body) continue;
    for (const l of r.body.links) {
      const found = ctx.ids.get(l.target);
      const what = l.via === 'term' ? `<Term id="${l.target}">` : `Link to "${l.target}"`;
      if (!found) {
        const guess = didYouMean(l.target, ctx.ids.keys());
        issues.push(issue(r.file, l.line, l.column, 'body', `${what}: no entry has this id`, guess ? `Did you mean "${guess}"?` : 'Link by the target file name without .mdx, e.g. [text](stk11-lkb1-loss).'));
      } else if (l.anchor !== null) {
        const anchors = ctx.anchors.get(l.target);
        if (anchors && !anchors.has(l.anchor)) {
          const guess = didYouMean(l.anchor, anchors);
          issues.push(issue(r.file, l.line, l.column, 'body', `Link to "${l.target}#${l.anchor}": that page has no heading with this anchor`, guess ? `Did you mean "#${guess}"?` : `Headings there: ${[...anchors].join(', ') || 'none'}.`));
        }
      }
    }
    const own = ctx.anchors.get(r.id) ?? new Set<string>();
    for (const a of r.body.localAnchors) {
      if (own.has(a.anchor)) continue;
      const guess = didYouMean(a.anchor, own);
      issues.push(issue(r.file, a.line, a.column, 'body', `Link to "#${a.anchor}": this page has no heading with this anchor`, guess ? `Did you mean "#${guess}"?` : `Headings here: ${[...own].join(', ') || 'none'}.`));
    }
  }
  return issues;
};
