/**
 * The app's one door to content: builds the corpus once per process and refuses to serve a corpus with
 * problems (the build then fails with the same report `npm run check:content` prints). It sits above
 * lib/content and lib/graph because the site model joins the two (was lib/content/get-corpus.ts).
 */
import type { Corpus, Entry } from '../content/build-corpus';
import type { EntryId, RefKey } from '../content/ids';
import { formatReport } from '../content/issues';
import type { Kind } from '../content/kinds';
import { loadCorpus } from '../content/load';
import type { Reference } from '../content/references';
import { buildGraph, type Graph } from '../graph/build-graph';

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

/** The validated site model (content under ATLAS_ROOT, default the working folder). Throws the formatted issue report when the content has any problem. */
export function getSite(root: string = process.env.ATLAS_ROOT || process.cwd()): Promise<Site> {
  const cacheDir = process.env.ATLAS_CACHE_DIR;
  memo ??= loadCorpus(root, cacheDir ? { cacheDir } : {}).then((corpus) => {
    if (corpus.issues.length) throw new Error(`Content has problems:\n${formatReport(corpus.issues, corpus.fileCount)}`);
    return makeSite(corpus);
  });
  return memo;
}

export type { Entry, EntryId };
