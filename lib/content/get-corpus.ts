/**
 * The app's one door to content. In production (`next build`, its workers, `next start`) it reads the corpus
 * artifact that scripts/build-corpus.ts wrote, once per process: no page or route reads content/ or runs the
 * MDX compiler. It refuses to serve a corpus with problems (the build then fails with the same report
 * `npm run check:content` prints).
 */
import { buildGraph, type Graph } from '../graph/build-graph';
import { readArtifact } from './artifact';
import type { Entry, Corpus } from './build-corpus';
import type { EntryId, RefKey } from './ids';
import { formatReport } from './issues';
import type { Kind } from './kinds';
import type { Reference } from './references';

export interface Site {
  corpus: Corpus;
  entries: Entry[];
  graph: Graph;
  getEntry(id: string): Entry | undefined;
  getReference(key: string): Reference | undefined;
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
  return {
    corpus,
    entries,
    graph,
    getEntry: (id) => byId.get(id),
    getReference: (key) => refs.get(key),
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
 * The validated site model for the content under ATLAS_ROOT (default the working folder), read from its
 * artifact (.atlas/corpus.json). Throws the formatted issue report when the content has any problem.
 */
export function getSite(root: string = process.env.ATLAS_ROOT || process.cwd()): Promise<Site> {
  if (process.env.NODE_ENV === 'development') {
    // `next dev` builds the corpus itself; the import stays out of production bundles (NODE_ENV is inlined).
    memo ??= import('./load').then(({ loadCorpus }) => {
      const cacheDir = process.env.ATLAS_CACHE_DIR;
      return loadCorpus(root, cacheDir ? { cacheDir } : {}).then(checkedSite);
    });
    return memo;
  }
  memo ??= Promise.resolve().then(() => checkedSite(readArtifact(root).corpus));
  return memo;
}

export type { Entry, EntryId };
