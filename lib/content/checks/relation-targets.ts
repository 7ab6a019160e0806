/**
 * Typed relations: every listed id exists, is not the entry itself, and has the kind its relation declares. Runs on
 * the parsed frontmatter, so a file with an unrelated schema error still gets its relations checked in the same run.
 */
import { didYouMean } from '../../core/suggest';
import { issue, type ContentIssue } from '../issues';
import { isKind, KIND_INFO, relationsOf } from '../kinds';
import type { CorpusPass } from './context';

export const relationTargets: CorpusPass = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const r of ctx.records) {
    if (!r.raw || !r.yaml) continue;
    const yaml = r.yaml;
    for (const rel of relationsOf(r.kind)) {
      const value = r.raw[rel.field];
      if (!Array.isArray(value)) continue;
      value.forEach((target: unknown, index: number) => {
        if (typeof target !== 'string') return; // the schema reports the wrong type
        const at = yaml.locate([rel.field, index]);
        const field = `${rel.field}[${index}]`;
        const found = ctx.ids.get(target);
        if (target === r.id) {
          issues.push(issue(r.file, at.line, at.column, field, `An entry cannot relate to itself ("${target}")`, 'Remove it from the list.'));
        } else if (!found) {
          const guess = didYouMean(target, ctx.ids.keys());
          issues.push(issue(r.file, at.line, at.column, field, `No entry has the id "${target}"`, guess ? `Did you mean "${guess}"?` : `Create it with \`npm run new -- ${rel.target ?? '<kind>'} ${target}\`, or fix the id.`));
        } else if (rel.target && isKind(rel.target) && found.kind !== rel.target && !ctx.duplicated.has(target)) {
          // (A target that is no kind is reported once, in the kind's file, by ./kind-registry.ts.)
          issues.push(issue(r.file, at.line, at.column, field, `"${target}" is a ${KIND_INFO[found.kind].label.toLowerCase()}, but ${rel.field} must list ${KIND_INFO[rel.target].plural.toLowerCase()}`, `Move "${target}" to the right field (e.g. related), or remove it.`));
        }
      });
    }
  }
  return issues;
};
