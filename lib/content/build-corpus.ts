/**
 * Orchestrates the content pipeline: raw files → parsed → validated → compiled entries, then the corpus-wide
 * passes of ./checks (duplicate ids, relation targets and kinds, citations, links and anchors, each kind's own
 * checks). Every file goes through every pass it can, so all problems arrive in one run; every problem becomes a
 * located ContentIssue; no file is ever skipped silently.
 */
import type { CompiledBody } from '../mdx/compile';
import type { Citation, Heading, OutgoingLink } from '../mdx/collected';
import { CORPUS_PASSES, type FileRecord } from './checks';
import { isEntryId, suggestId, type EntryId, type RefKey } from './ids';
import { issue, sortIssues, type ContentIssue } from './issues';
import { checkContextOf } from './checks/kind-checks';
import { deriveOf, KIND_INFO, KINDS, kindFromDir, structuredSourcesOf, type Derived, type EntryData, type Kind } from './kinds';
import { parseEntry } from './parse-entry';
import type { RawFile } from './read-files';
import { loadReferences, type Reference } from './references';
import { placeholderIssues, withoutExplained } from './scaffold';
import { validateEntry } from './validate-entry';
import {
  checkTranslation,
  englishFields,
  englishFileOf,
  isTranslationFile,
  sectionKeys,
  splitSections,
  type TranslationState,
} from './translations';

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
  /** What the entry's kind derives from other entries (a strategy's stage). */
  derived: Derived;
};

/** A Chinese translation of an entry, as pages read it (see translations.ts). */
export interface Translation {
  id: EntryId;
  kind: Kind;
  /** content/<kind>/<id>.zh.mdx */
  file: string;
  title?: string;
  summary?: string;
  evidenceNote?: string;
  /** Evidence claims by statement id. */
  evidence: Record<string, string>;
  /** The kind's other prose fields by path (population, arms.<id>.label, outcomes.<n>.note …). */
  text: Record<string, string>;
  code: string;
  /** Headings of the Chinese body; each `##` carries the anchor of the English section it translates. */
  headings: Heading[];
  /** The compiled body's own heading ids → the anchors the page uses (a `##` takes its English section's anchor). */
  anchors: Record<string, string>;
  /** Plain body text, for search. */
  bodyText: string;
  state: TranslationState;
}

export interface Corpus {
  entries: Entry[];
  /** Chinese translations of entries without problems of their own (never of a missing or broken English entry). */
  translations: Translation[];
  references: Reference[];
  issues: ContentIssue[];
  /** Number of content files seen (every file under content/ except the bibliography). */
  fileCount: number;
}

export type Compile = (body: string) => Promise<CompiledBody>;

export const REFERENCES_FILE = 'content/references.yaml';

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
/** Sorts candidate files into kind and id, or reports why a file is no entry. */
function classifyFiles(files: RawFile[]): { candidates: { file: RawFile; kind: Kind; id: EntryId }[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const candidates: { file: RawFile; kind: Kind; id: EntryId }[] = [];
  for (const f of files) {
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
  return { candidates, issues };
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Builds the corpus from raw files. `files` are everything under content/ (including references.yaml).
 * The result always lists every problem; `entries` holds only entries without problems of their own.
 */
export async function buildCorpus(files: RawFile[], compile: Compile, concurrency = 2): Promise<Corpus> {
  const issues: ContentIssue[] = [];
  const refFile = files.find((f) => f.path === REFERENCES_FILE);
  const { references, keys: refKeys, issues: refIssues } = refFile?.unreadable
    ? { references: [], keys: new Set<string>(), issues: [refFile.unreadable] }
    : refFile
      ? loadReferences(refFile.text, REFERENCES_FILE)
      : { references: [], keys: new Set<string>(), issues: [issue(REFERENCES_FILE, 1, 1, 'file', 'The bibliography file is missing', 'Create content/references.yaml (see AUTHORING.md).')] };
  issues.push(...refIssues);

  const entryFiles = files.filter((f) => f.path !== REFERENCES_FILE);
  const translationFiles = entryFiles.filter((f) => isTranslationFile(f.path));
  const classified = classifyFiles(entryFiles.filter((f) => !isTranslationFile(f.path)));
  issues.push(...classified.issues);

  const placeholders: ContentIssue[] = [];
  const records = await mapLimit(classified.candidates, concurrency, async ({ file, kind, id }): Promise<FileRecord> => {
    // An unreadable file stays a record, so its id still exists for the link and relation checks.
    if (file.unreadable) {
      issues.push(file.unreadable);
      return { file: file.path, id, kind, raw: undefined, data: null, yaml: null, body: null, bodyLine: 1 };
    }
    const parsed = parseEntry(file.path, file.text);
    issues.push(...parsed.issues);
    if (parsed.data !== undefined && parsed.yaml) {
      const left = placeholderIssues(file.path, kind, parsed.data, parsed.yaml, parsed.body);
      issues.push(...left);
      placeholders.push(...left);
    }
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
    const bodyLine = parsed.body.split('\n').findIndex((l) => l.trim() !== '') + 1 || 1;
    return { file: file.path, id, kind, raw: isMapping(parsed.data) ? parsed.data : undefined, data, yaml: parsed.yaml, body, bodyLine, source: parsed.body };
  });

  // Every id that exists, including entries that failed validation, so one bad file does not cascade.
  const ids = new Map<string, { kind: Kind; file: string }>();
  const duplicated = new Set<string>();
  for (const r of [...records].sort((a, b) => a.file.localeCompare(b.file))) {
    if (ids.has(r.id)) duplicated.add(r.id);
    else ids.set(r.id, { kind: r.kind, file: r.file });
  }
  const anchors = new Map<string, Set<string>>(records.flatMap((r) => (r.body ? [[r.id, new Set(r.body.headings.map((h) => h.id))] as const] : [])));
  // A bibliography that cannot be read makes every key look unknown: its one issue says it all.
  const refTypes = new Map<string, string>(references.map((r) => [r.id, r.type]));
  const ctx = { records, ids, duplicated, refKeys, refTypes, anchors, bibliographyReadable: !refFile?.unreadable };
  for (const pass of CORPUS_PASSES) issues.push(...pass(ctx));
  const checkCtx = checkContextOf(ctx);

  const problemFiles = new Set(issues.map((i) => i.file));
  const validRefs = new Set<string>(references.map((r) => r.id));
  const entries: Entry[] = records.flatMap((r) => {
    if (!r.data || !r.body || problemFiles.has(r.file)) return [];
    const cited = [...new Set(r.body.citations.map((c) => c.key))];
    const structured = structuredSourcesOf(r.data).map((s) => s.key);
    const refs = [...new Set([...cited, ...r.data.references, ...structured])].filter((k) => validRefs.has(k)) as RefKey[];
    return [
      {
        ...r.data,
        id: r.id,
        file: r.file,
        code: r.body.code,
        headings: r.body.headings,
        links: r.body.links,
        citations: r.body.citations,
        text: r.body.text,
        refs,
        derived: deriveOf({ ...r.data, id: r.id }, checkCtx),
      },
    ];
  });
  const translations = await buildTranslations(translationFiles, records, compile, concurrency, issues);
  const valid = new Set(entries.map((e) => e.id));
  const translationProblems = new Set(issues.map((i) => i.file));
  return {
    entries,
    translations: translations.filter((t) => valid.has(t.id) && !translationProblems.has(t.file)),
    references,
    issues: sortIssues(withoutExplained(issues, placeholders)),
    fileCount: entryFiles.length,
  };
}

/** Parses, compiles and checks every translation against its English record; pushes every problem to `issues`. */
async function buildTranslations(
  files: RawFile[],
  records: FileRecord[],
  compile: Compile,
  concurrency: number,
  issues: ContentIssue[],
): Promise<Translation[]> {
  const byFile = new Map(records.map((r) => [r.file, r]));
  const out = await mapLimit(files, concurrency, async (f): Promise<Translation | null> => {
    if (f.unreadable) {
      issues.push(f.unreadable);
      return null;
    }
    const english = byFile.get(englishFileOf(f.path));
    if (!english) {
      const parts = f.path.split('/');
      issues.push(
        issue(f.path, 1, 1, 'file', `No English entry ${englishFileOf(f.path)} for this translation`, parts.length === 3 && kindFromDir(parts[1]) ? 'A translation sits beside its English file with the same id: rename it, or remove it.' : `Move it beside its English file in one of: ${KINDS.map((k) => KIND_INFO[k].dir).join(', ')}.`),
      );
      return null;
    }
    const parsed = parseEntry(f.path, f.text);
    issues.push(...parsed.issues);
    if (!isMapping(parsed.data) || !parsed.yaml) return null;
    if (!english.raw || !english.body || !english.body.code) return null; // the English file's own issues say why
    const body = await compile(parsed.body);
    for (const b of body.issues) issues.push(issue(f.path, b.line, b.column, 'body', b.message, b.hint));
    if (parsed.body.trim() === '') issues.push(issue(f.path, 1, 1, 'body', 'The translation has no body text', 'Translate the English body below the frontmatter.'));
    const enBody = english.source ?? '';
    const keys = sectionKeys(english.body.headings);
    const { issues: found, state } = checkTranslation(
      f.path,
      parsed.data,
      parsed.yaml,
      { body: parsed.body, headings: body.headings, citations: body.citations, links: body.links },
      { fields: englishFields(english.raw), sections: splitSections(enBody, keys), citations: english.body.citations, links: english.body.links, headings: english.body.headings },
    );
    issues.push(...found);
    if (!body.code) return null;
    const fm = parsed.data;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const map = (v: unknown) => (isMapping(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {});
    let h2 = 0;
    const headings = body.headings.map((h) => (h.depth === 2 ? { ...h, id: state.sectionKeys[h2++] ?? h.id } : h));
    const anchors = Object.fromEntries(body.headings.map((h, i) => [h.id, headings[i].id]));
    return {
      id: english.id,
      kind: english.kind,
      file: f.path,
      title: str(fm.title),
      summary: str(fm.summary),
      evidenceNote: str(fm.evidenceNote),
      evidence: map(fm.evidence),
      text: map(fm.text),
      code: body.code,
      headings,
      anchors,
      bodyText: body.text,
      state,
    };
  });
  return out.filter((t): t is Translation => t !== null);
}

