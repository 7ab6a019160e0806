/**
 * Orchestrates the content pipeline: raw files → parsed → validated → compiled entries, then the cross-file
 * passes (duplicate ids, relation targets and kinds, links and anchors, citations, topic coverage).
 * Every problem becomes a located ContentIssue; no file is ever skipped silently.
 */
import type { CompiledBody } from '../mdx/compile';
import type { Citation, Heading, OutgoingLink } from '../mdx/collected';
import { isEntryId, suggestId, type EntryId, type RefKey } from './ids';
import { didYouMean } from '../core/suggest';
import { issue, sortIssues, type ContentIssue } from './issues';
import { AREA_INFO, KIND_INFO, KINDS, kindFromDir, type Kind } from './kinds';
import { parseEntry } from './parse-entry';
import type { RawFile } from './read-files';
import { loadReferences, type Reference } from './references';
import { RELATIONS, type EntryData } from './schema';
import { validateEntry } from './validate-entry';
import type { ParsedYaml } from './yaml';

export type Entry = EntryData & {
  id: EntryId;
  /** Repository-relative source path. */
  file: string;
  code: string;
  headings: Heading[];
  links: OutgoingLink[];
  citations: Citation[];
  /** Plain body text, for search. */
  text: string;
  /** Reference keys in citation order: body citations first, then frontmatter references not cited inline. */
  refs: RefKey[];
};

export interface Corpus {
  entries: Entry[];
  references: Reference[];
  issues: ContentIssue[];
  /** Number of content files seen (every file under content/ except the bibliography). */
  fileCount: number;
}

export type Compile = (body: string) => Promise<CompiledBody>;

export const REFERENCES_FILE = 'content/references.yaml';

interface Pending {
  file: string;
  id: EntryId;
  data: EntryData;
  yaml: ParsedYaml;
  body: CompiledBody;
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Builds the corpus from raw files. `files` are everything under content/ (including references.yaml).
 * The result always lists every problem; `entries` holds only entries without problems of their own.
 */
export async function buildCorpus(files: RawFile[], compile: Compile, concurrency = 2): Promise<Corpus> {
  const issues: ContentIssue[] = [];
  const refFile = files.find((f) => f.path === REFERENCES_FILE);
  const { references, keys: refKeys, issues: refIssues } = refFile
    ? loadReferences(refFile.text, REFERENCES_FILE)
    : { references: [], keys: new Set<string>(), issues: [issue(REFERENCES_FILE, 1, 1, 'file', 'The bibliography file is missing', 'Create content/references.yaml (see AUTHORING.md).')] };
  issues.push(...refIssues);

  const entryFiles = files.filter((f) => f.path !== REFERENCES_FILE);
  const candidates: { file: RawFile; kind: Kind; id: EntryId }[] = [];
  for (const f of entryFiles) {
    const parts = f.path.split('/');
    const kind = parts.length === 3 ? kindFromDir(parts[1]) : undefined;
    if (!kind) {
      const dirs = KINDS.map((k) => KIND_INFO[k].dir).join(', ');
      const where = parts.length === 2 ? 'directly in content/' : `in "${parts.slice(1, -1).join('/')}/", which is no kind`;
      issues.push(issue(f.path, 1, 1, 'file', `This file is ${where}`, `Move it into one of: ${dirs} (one level deep).`));
      continue;
    }
    const name = parts[2];
    if (!name.endsWith('.mdx')) {
      issues.push(issue(f.path, 1, 1, 'file', 'Only .mdx files may be entries', `Rename it to ${suggestId(name.replace(/\.[^.]*$/, '')) || 'entry-id'}.mdx, or remove it.`));
      continue;
    }
    const stem = name.slice(0, -4);
    if (!isEntryId(stem)) {
      issues.push(issue(f.path, 1, 1, 'id', `The filename "${stem}" is not a valid id (ASCII kebab-case, at most 80 characters)`, `Rename the file to ${suggestId(stem) || 'entry-id'}.mdx.`));
      continue;
    }
    candidates.push({ file: f, kind, id: stem });
  }

  const pending = (
    await mapLimit(candidates, concurrency, async ({ file, kind, id }): Promise<Pending | null> => {
      const parsed = parseEntry(file.path, file.text);
      issues.push(...parsed.issues);
      let data: EntryData | null = null;
      if (parsed.data !== undefined && parsed.yaml) {
        const v = validateEntry(file.path, kind, parsed.data, parsed.yaml);
        issues.push(...v.issues);
        data = v.data;
      }
      if (parsed.body.trim() === '' && parsed.data !== undefined) {
        issues.push(issue(file.path, 1, 1, 'body', 'The entry has no body text', 'Write the article below the frontmatter: summary, mechanism, evidence, clinical relevance, open questions.'));
      }
      const body = parsed.data !== undefined ? await compile(parsed.body) : null;
      if (body) for (const b of body.issues) issues.push(issue(file.path, b.line, b.column, 'body', b.message, b.hint));
      if (!data || !body || !parsed.yaml) return null;
      return { file: file.path, id, data, yaml: parsed.yaml, body };
    })
  ).filter((p): p is Pending => p !== null);

  // Every id that exists, including entries that failed validation, so one bad file does not cascade.
  const allIds = new Map<string, { kind: Kind; file: string }>();
  const duplicated = new Set<string>();
  for (const c of [...candidates].sort((a, b) => a.file.path.localeCompare(b.file.path))) {
    const prev = allIds.get(c.id);
    if (prev) {
      duplicated.add(c.id);
      issues.push(issue(c.file.path, 1, 1, 'id', `Duplicate id "${c.id}": ${prev.file} already uses it`, 'Ids must be unique across all kinds: rename one of the files.'));
      continue;
    }
    allIds.set(c.id, { kind: c.kind, file: c.file.path });
  }
  const anchorsById = new Map<string, Set<string>>(pending.map((p) => [p.id, new Set(p.body.headings.map((h) => h.id))]));
  const entryIssueFiles = new Set(issues.map((i) => i.file));

  for (const p of pending) {
    const { file, data, yaml } = p;
    // Typed relations: target exists and has the right kind.
    const relations = RELATIONS[data.kind];
    for (const [field, rel] of Object.entries(relations)) {
      const ids = (data as unknown as Record<string, unknown>)[field];
      if (!Array.isArray(ids)) continue;
      ids.forEach((target: string, index: number) => {
        const at = yaml.locate([field, index]);
        const found = allIds.get(target);
        if (target === p.id) {
          issues.push(issue(file, at.line, at.column, `${field}[${index}]`, `An entry cannot relate to itself ("${target}")`, 'Remove it from the list.'));
        } else if (!found) {
          const guess = didYouMean(target, allIds.keys());
          issues.push(issue(file, at.line, at.column, `${field}[${index}]`, `No entry has the id "${target}"`, guess ? `Did you mean "${guess}"?` : `Create it with \`npm run new -- ${rel.target ?? '<kind>'} ${target}\`, or fix the id.`));
        } else if (rel.target && found.kind !== rel.target && !duplicated.has(target)) {
          issues.push(issue(file, at.line, at.column, `${field}[${index}]`, `"${target}" is a ${KIND_INFO[found.kind].label.toLowerCase()}, but ${field} must list ${KIND_INFO[rel.target].plural.toLowerCase()}`, `Move "${target}" to the right field (e.g. related), or remove it.`));
        }
      });
    }
    // Frontmatter references.
    data.references.forEach((key, index) => {
      if (!refKeys.has(key)) {
        const at = yaml.locate(['references', index]);
        const guess = didYouMean(key, refKeys);
        issues.push(issue(file, at.line, at.column, `references[${index}]`, `Unknown reference key "${key}"`, guess ? `Did you mean "${guess}"?` : `Add it to ${REFERENCES_FILE} with its DOI or PMID first.`));
      }
    });
    // Body citations.
    for (const c of p.body.citations) {
      if (!refKeys.has(c.key)) {
        const guess = didYouMean(c.key, refKeys);
        issues.push(issue(file, c.line, c.column, 'body', `Unknown citation "${c.key}"`, guess ? `Did you mean "${guess}"?` : `Add it to ${REFERENCES_FILE} with its DOI or PMID first.`));
      }
    }
    // Body links and terms.
    for (const l of p.body.links) {
      const found = allIds.get(l.target);
      const what = l.via === 'term' ? `<Term id="${l.target}">` : `Link to "${l.target}"`;
      if (!found) {
        const guess = didYouMean(l.target, allIds.keys());
        issues.push(issue(file, l.line, l.column, 'body', `${what}: no entry has this id`, guess ? `Did you mean "${guess}"?` : 'Link by the target file name without .mdx, e.g. [text](stk11-lkb1-loss).'));
      } else if (l.anchor !== null) {
        const anchors = anchorsById.get(l.target);
        if (anchors && !anchors.has(l.anchor)) {
          const guess = didYouMean(l.anchor, anchors);
          issues.push(issue(file, l.line, l.column, 'body', `Link to "${l.target}#${l.anchor}": that page has no heading with this anchor`, guess ? `Did you mean "#${guess}"?` : `Headings there: ${[...anchors].join(', ') || 'none'}.`));
        }
      }
    }
    const ownAnchors = anchorsById.get(p.id) ?? new Set();
    for (const a of p.body.localAnchors) {
      if (!ownAnchors.has(a.anchor)) {
        const guess = didYouMean(a.anchor, ownAnchors);
        issues.push(issue(file, a.line, a.column, 'body', `Link to "#${a.anchor}": this page has no heading with this anchor`, guess ? `Did you mean "#${guess}"?` : `Headings here: ${[...ownAnchors].join(', ') || 'none'}.`));
      }
    }
  }

  // Explorer findings on biomarkers: ids unique across the corpus (they appear in shared URLs); every linked
  // mechanism exists, is a mechanism, and lists the biomarker among its own `biomarkers`, so a finding can only
  // follow a link that the entries already make.
  const findingIds = new Map<string, string>();
  const mechanismBiomarkers = new Map<string, readonly string[]>();
  for (const q of pending) if (q.data.kind === 'mechanism') mechanismBiomarkers.set(q.id, q.data.biomarkers);
  for (const p of [...pending].sort((a, b) => a.file.localeCompare(b.file))) {
    if (p.data.kind !== 'biomarker') continue;
    p.data.findings.forEach((f, i) => {
      const prev = findingIds.get(f.id);
      if (prev) {
        const at = p.yaml.locate(['findings', i, 'id']);
        issues.push(issue(p.file, at.line, at.column, `findings[${i}].id`, `Duplicate finding id "${f.id}": ${prev} already uses it`, 'Finding ids must be unique across all biomarkers: rename one of them.'));
      } else {
        findingIds.set(f.id, p.file);
      }
      f.mechanisms.forEach((target, j) => {
        const field = `findings[${i}].mechanisms[${j}]`;
        const at = p.yaml.locate(['findings', i, 'mechanisms', j]);
        const found = allIds.get(target);
        if (!found) {
          const guess = didYouMean(target, allIds.keys());
          issues.push(issue(p.file, at.line, at.column, field, `No entry has the id "${target}"`, guess ? `Did you mean "${guess}"?` : `Create it with \`npm run new -- mechanism ${target}\`, or fix the id.`));
        } else if (found.kind !== 'mechanism' && !duplicated.has(target)) {
          issues.push(issue(p.file, at.line, at.column, field, `"${target}" is a ${KIND_INFO[found.kind].label.toLowerCase()}, but a finding's mechanisms must list mechanisms`, 'Link the finding to the mechanism entry that describes it, or remove the id.'));
        } else if (mechanismBiomarkers.has(target) && !mechanismBiomarkers.get(target)!.includes(p.id)) {
          issues.push(issue(p.file, at.line, at.column, field, `The mechanism "${target}" does not list "${p.id}" in its biomarkers`, `Add ${p.id} to the biomarkers of ${found.file} if that entry supports the link; otherwise remove the id.`));
        }
      });
    });
  }

  // Topic overviews with an area must gather every entry of that area.
  for (const p of pending) {
    if (p.data.kind !== 'topic' || !p.data.area) continue;
    const area = p.data.area;
    const listed = new Set(p.data.entries);
    const expected = pending.filter((q) =>
      area === 'new-strategies' ? q.data.kind === 'strategy' : q.data.kind === 'mechanism' && q.data.area === area,
    );
    for (const q of expected) {
      if (!listed.has(q.id)) {
        const at = p.yaml.locate(['entries'], true);
        issues.push(issue(p.file, at.line, at.column, 'entries', `The overview of "${AREA_INFO[area].label}" does not list "${q.id}"`, `Add ${q.id} to entries (every ${q.data.kind} of the area belongs in its overview).`));
      }
    }
  }

  const validRefs = new Set<string>(references.map((r) => r.id));
  const entries: Entry[] = pending
    .filter((p) => !entryIssueFiles.has(p.file))
    .map((p) => {
      const cited = [...new Set(p.body.citations.map((c) => c.key))];
      const refs = [...new Set([...cited, ...p.data.references])].filter((k) => validRefs.has(k)) as RefKey[];
      return {
        ...p.data,
        id: p.id,
        file: p.file,
        code: p.body.code,
        headings: p.body.headings,
        links: p.body.links,
        citations: p.body.citations,
        text: p.body.text,
        refs,
      };
    });
  return { entries, references, issues: sortIssues(issues), fileCount: entryFiles.length };
}
