/** Frontmatter reference keys and body <Cite> keys name items of the bibliography; close misses get a suggestion. */
import { didYouMean } from '../../core/suggest';
import { isRefKey } from '../ids';
import { structuredSourcesOf } from '../kinds';
import { fieldPath } from '../zod-issues';
import { issue, type ContentIssue } from '../issues';
import type { CorpusPass } from './context';

const BIBLIOGRAPHY = 'content/references.yaml';

export const citations: CorpusPass = (ctx) => {
  const issues: ContentIssue[] = [];
  if (!ctx.bibliographyReadable) return issues;
  const hint = (key: string) => {
    const guess = didYouMean(key, ctx.refKeys);
    return guess ? `Did you mean "${guess}"?` : `Add it to ${BIBLIOGRAPHY} with its DOI or PMID first.`;
  };
  for (const r of ctx.records) {
    const refs = r.raw?.references;
    if (Array.isArray(refs) && r.yaml) {
      refs.forEach((key: unknown, index: number) => {
        // A key that is not kebab-case is reported by the schema, with its own hint.
        if (typeof key !== 'string' || !isRefKey(key) || ctx.refKeys.has(key)) return;
        const at = r.yaml!.locate(['references', index]);
        issues.push(issue(r.file, at.line, at.column, `references[${index}]`, `Unknown reference key "${key}"`, hint(key)));
      });
    }
    if (r.data && r.yaml) {
      for (const { key, path } of structuredSourcesOf(r.data)) {
        if (ctx.refKeys.has(key)) continue;
        const at = r.yaml.locate(path);
        issues.push(issue(r.file, at.line, at.column, fieldPath(path), `Unknown source "${key}"`, hint(key)));
      }
    }
    for (const c of r.body?.citations ?? []) {
      if (!ctx.refKeys.has(c.key)) issues.push(issue(r.file, c.line, c.column, 'body', `Unknown citation "${c.key}"`, hint(c.key)));
    }
  }
  return issues;
};
