/** Runs every kind's own cross-file checks (declared in the registry) over the entries that validated. */
import type { ContentIssue } from '../issues';
import { isKind, KIND_DEFS, KIND_INFO } from '../kinds';
import type { CheckContext } from '../kinds/define';
import type { CorpusContext, CorpusPass } from './context';

/** The view of the corpus that kind checks and kind derivations read: the entries whose frontmatter validated. */
export function checkContextOf(ctx: CorpusContext): CheckContext {
  const entries = ctx.records.flatMap((r) => (r.data && r.yaml ? [{ id: r.id, file: r.file, data: r.data, locate: r.yaml.locate }] : []));
  const checkCtx: CheckContext = {
    entries,
    ids: ctx.ids,
    duplicated: ctx.duplicated,
    refKeys: ctx.refKeys,
    refType: (key) => ctx.refTypes.get(key),
    kindLabel: (kind) => (isKind(kind) ? KIND_INFO[kind] : { label: kind, plural: kind }),
  };
  return checkCtx;
}

export const kindChecks: CorpusPass = (ctx) => {
  const checkCtx = checkContextOf(ctx);
  const issues: ContentIssue[] = [];
  for (const def of KIND_DEFS) for (const check of def.checks ?? []) issues.push(...check(checkCtx));
  return issues;
};
