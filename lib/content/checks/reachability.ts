/**
 * What makes an entry part of the web of the atlas: its text cites its sources inline, links to at least one other
 * entry, and at least one other entry links to it or lists it in a relation (an orphan is reachable only by search).
 * Topic overviews are exempt from the last rule: the home page links every one of them.
 */
import { issue, type ContentIssue } from '../issues';
import { relationsOf, type Kind } from '../kinds';
import type { CorpusPass, FileRecord } from './context';

/** Kinds whose every entry the home page links (app/page.tsx), so no other entry has to. */
export const LINKED_FROM_HOME: readonly Kind[] = ['topic'];

/** The ids an entry points at: its relation lists (as written, valid or not) and the links in its text. */
function pointsAt(r: FileRecord): string[] {
  const fromRelations = relationsOf(r.kind).flatMap((rel) => {
    const value = r.raw?.[rel.field];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  });
  return [...fromRelations, ...(r.body?.links.map((l) => l.target) ?? [])];
}

export const reachability: CorpusPass = (ctx) => {
  const issues: ContentIssue[] = [];
  const linkedBy = new Map<string, Set<string>>();
  for (const r of ctx.records) {
    for (const target of pointsAt(r)) {
      if (target === r.id) continue;
      if (!linkedBy.has(target)) linkedBy.set(target, new Set());
      linkedBy.get(target)!.add(r.id);
    }
  }
  // A file whose frontmatter cannot be read may list any entry: while there is one, nothing is called an orphan.
  const allKnown = ctx.records.every((r) => r.raw !== undefined);
  for (const r of ctx.records) {
    // A duplicated id has its own issue; what links to which of its files is unknown.
    if (ctx.duplicated.has(r.id)) continue;
    // A body that did not compile, or a file without frontmatter, has its own issue; its links are unknown.
    if (!r.body || r.body.code === '' || r.raw === undefined) continue;
    const line = r.bodyLine;
    if (r.body.citations.length === 0) {
      issues.push(issue(r.file, line, 1, 'body', 'The text cites no source', 'Cite the source of each claim where it is made: <Cite id="key" /> with a key from content/references.yaml.'));
    }
    if (!r.body.links.some((l) => l.target !== r.id)) {
      issues.push(issue(r.file, line, 1, 'body', 'The text links to no other entry', 'Link the entries it mentions where it mentions them: [PD-L1](pd-l1) or <Term id="pd-l1">PD-L1</Term>.'));
    }
    if (allKnown && !LINKED_FROM_HOME.includes(r.kind) && !linkedBy.has(r.id)) {
      issues.push(issue(r.file, 1, 1, 'file', `Nothing links to "${r.id}"`, `Link to it from the text of a related entry ([…](${r.id})), or list it in a related entry's relations (e.g. related: [${r.id}]).`));
    }
  }
  return issues;
};
