/**
 * The app's one door to content. In production (`next build`, its workers, `next start`) it reads the corpus
 * artifact that scripts/build-corpus.ts wrote, once per process: no page or route reads content/ or runs the
 * MDX compiler. It refuses to serve a corpus with problems (the build then fails with the same report
 * `npm run check:content` prints). It sits above lib/content and lib/graph because the site model joins the two.
 */
import { readArtifact } from '../content/artifact';
import type { Entry, Corpus, Translation } from '../content/build-corpus';
import type { EntryId, RefKey } from '../content/ids';
import { formatReport, type ContentIssue } from '../content/issues';
import { KIND_INFO, KINDS, type Kind } from '../content/kinds';
import type { Reference } from '../content/references';
import { buildGraph, type Graph } from '../graph/build-graph';

export interface Site {
  corpus: Corpus;
  entries: Entry[];
  graph: Graph;
  getEntry(id: string): Entry | undefined;
  getReference(key: string): Reference | undefined;
  /** The Chinese translation of entry `id`, when it has one. */
  getTranslation(id: string): Translation | undefined;
  byKind(kind: Kind): Entry[];
  /** Entries that cite `key`, in corpus order. */
  citing(key: RefKey): Entry[];
}

/** Sorts by `order`, then title: the list order everywhere. */
export function compareEntries(a: Entry, b: Entry): number {
  return (a.order ?? 10000) - (b.order ?? 10000) || a.title.localeCompare(b.title);
}

export function makeSite(corpus: Corpus): Site {
  const entries = [...corpus.entries].sort(compareEntries);
  const byId = new Map<string, Entry>(entries.map((e) => [e.id, e]));
  const refs = new Map<string, Reference>(corpus.references.map((r) => [r.id, r]));
  const graph = buildGraph(entries);
  const translations = new Map<string, Translation>((corpus.translations ?? []).map((t) => [t.id, t]));
  return {
    corpus,
    entries,
    graph,
    getEntry: (id) => byId.get(id),
    getReference: (key) => refs.get(key),
    getTranslation: (id) => translations.get(id),
    byKind: (kind) => entries.filter((e) => e.kind === kind),
    citing: (key) => entries.filter((e) => e.refs.includes(key)),
  };
}

let memo: Promise<Site> | null = null;

/** The site of a corpus that must have no problems: throws the formatted report otherwise. */
export function checkedSite(corpus: Corpus): Site {
  if (corpus.issues.length) throw new Error(`Content has problems:\n${formatReport(corpus.issues, corpus.fileCount)}`);
  return makeSite(corpus);
}

/**
 * The validated site model for the content under ATLAS_ROOT (default the working folder).
 * Production: read once from the artifact (.atlas/corpus.json); throws the formatted issue report when the
 * content has any problem. `next dev` (NODE_ENV=development): rebuilt whenever content/ changed, and a corpus
 * with problems is served anyway, from its valid entries, so entry pages can show their own report
 * (see entryProblems).
 */
export function getSite(root: string = process.env.ATLAS_ROOT || process.cwd()): Promise<Site> {
  if (process.env.NODE_ENV === 'development') return liveSite(root);
  memo ??= Promise.resolve().then(() => checkedSite(readArtifact(root).corpus));
  return memo;
}

let live: { corpus: Corpus; site: Site } | null = null;

async function liveSite(root: string): Promise<Site> {
  // Imported only here, so production bundles never reach the compiler (NODE_ENV is inlined at build time).
  const { liveCorpus } = await import('../content/live-corpus');
  const cacheDir = process.env.ATLAS_CACHE_DIR;
  const corpus = await liveCorpus(root, cacheDir ? { cacheDir } : {});
  if (live?.corpus !== corpus) live = { corpus, site: makeSite(corpus) };
  return live.site;
}

/** The problems of the entry file content/<dir>/<id>.mdx (only a `next dev` site can have any). */
export function entryProblems(site: Site, dir: string, id: string): ContentIssue[] {
  const file = `content/${dir}/${id}.mdx`;
  return site.corpus.issues.filter((i) => i.file === file);
}

/** Entry files that have problems, as route params: `next dev` serves their pages as problem reports. */
export function problemPages(site: Site): { kind: string; id: string }[] {
  const dirs = new Set<string>(KINDS.map((k) => KIND_INFO[k].dir));
  const out = new Map<string, { kind: string; id: string }>();
  for (const { file } of site.corpus.issues) {
    const m = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
    if (m && dirs.has(m[1]) && !site.getEntry(m[2])) out.set(file, { kind: m[1], id: m[2] });
  }
  return [...out.values()];
}

export type { Entry, EntryId, Translation };
