/**
 * Build time: search documents → the index files the browser fetches (layout and readers in index-payload.ts).
 *
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  Why shards. Version 2 shipped one payload with every field index: 95 KB gzip at 75 entries, 924 KB at
 *  1,000, 9.2 MB at 10,000, and the first result waited for all of it. Now a query fetches the manifest
 *  (document count and, per document, kind, facets and title lengths), one names shard, one text shard and one
 *  keys shard per query word (a hash of the word picks the bucket), then the display blocks of the hits it
 *  shows; a word that matches nothing also fetches the vocabulary of nearby lengths for spelling correction.
 *  Buckets are sized so that one holds about SHARD_TARGET_BYTES of JSON; `npm run bench` reports the bytes
 *  fetched before the first result at each corpus size.
 *  The postings are flexsearch's own (built and exported here), so ranking is unchanged; the browser reads
 *  them directly and no longer loads flexsearch.
 *  The cost: body text is searchable but not shipped, so snippets come from the summary.
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 */
import { AREAS, ORIGINS, TIMINGS } from '../content/vocabulary';
import type { SearchDoc } from './documents';
import { fieldPostings, type Slots } from './field-index';
import { fieldText, PREFIX_FIELDS } from './fields';
import {
  blockPath,
  bucketOf,
  MANIFEST_FILE,
  scriptRuns,
  SEARCH_INDEX_VERSION,
  termsPath,
  vocabPath,
  type DisplayDoc,
  type IndexLang,
  type SearchManifest,
} from './index-payload';
import { isVocabularyWord } from './spelling';
import { compactKey, indexTokens, normalise } from './tokenize';

/** Exact-match weights: the whole query equals a title (or its abbreviation), an alias, or the id. */
export const EXACT_TITLE = 1000;
/**
 * The whole query is one of the entry's own names (a drug's code or brand name, a trial's acronym): above a title,
 * so "V940" opens the drug page before the trial whose title and aliases mention the code.
 */
export const EXACT_NAME = 1500;
export const EXACT_ALIAS = 900;
export const EXACT_ID = 800;
/** An exact alias loses up to this much the later it stands in the page's alias list. */
export const ALIAS_POSITION_PENALTY = 60;

/** About this many bytes of JSON per terms shard. */
export const SHARD_TARGET_BYTES = 32_000;
/** Documents per display block. */
export const BLOCK_SIZE = 8;
/**
 * Display blocks that together take at most this many bytes of JSON travel inside the manifest (≈ 30 KB gzip at the
 * limit, fetched once when search opens): below it, a query needs no block fetches at all; a dozen hits spread
 * over a dozen blocks would otherwise queue behind the browser's six connections.
 */
export const INLINE_DISPLAY_BYTES = 160_000;

export interface SearchIndexFile {
  /** Relative to the index folder. */
  path: string;
  /** JSON-serialisable. */
  data: unknown;
}

export interface BuiltSearchIndex {
  manifest: SearchManifest;
  /** The manifest first, then every shard. */
  files: SearchIndexFile[];
}

/** Ascending document numbers, delta-encoded (first absolute, then gaps). */
function delta(ns: readonly number[]): number[] {
  const sorted = [...ns].sort((a, b) => a - b);
  return sorted.map((n, i) => (i === 0 ? n : n - sorted[i - 1]));
}

/** Every document of a token's slots, once each; throws if flexsearch listed one twice (the engine counts each once). */
function docsOf(slots: Slots, token: string): number[] {
  const seen = new Set<number>();
  for (const slot of slots) {
    for (const n of slot ?? []) {
      if (seen.has(n)) throw new Error(`buildSearchIndex: token "${token}" lists document ${n} twice`);
      seen.add(n);
    }
  }
  return [...seen];
}

/** The smallest power of two ≥ bytes / SHARD_TARGET_BYTES (at least 1). */
function bucketCount(bytes: number): number {
  let b = 1;
  while (b * SHARD_TARGET_BYTES < bytes && b < 1 << 16) b *= 2;
  return b;
}

/** A short hash of text (cyrb53), base 36: names the folder of one build's shards. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Exact-match keys of every document: key → document → weight (the larger weight kept). */
function exactKeys(docs: readonly SearchDoc[]): Map<string, Map<number, number>> {
  const keys = new Map<string, Map<number, number>>();
  const add = (key: string, n: number, weight: number) => {
    if (key === '') return;
    let m = keys.get(key);
    if (!m) keys.set(key, (m = new Map()));
    if ((m.get(n) ?? 0) < weight) m.set(n, weight);
  };
  docs.forEach((doc, n) => {
    for (const title of [doc.title, doc.titleZh]) {
      add(compactKey(title), n, EXACT_TITLE);
      // "Tumour mutational burden (TMB)": the name and the abbreviation are each an exact title.
      const norm = normalise(title);
      add(compactKey(norm.replace(/\([^)]*\)/g, ' ')), n, EXACT_TITLE);
      for (const m of norm.matchAll(/\(([^)]*)\)/g)) add(compactKey(m[1]), n, EXACT_TITLE);
    }
    // Authors list the names that identify a page first; drugs and trials folded in by toSearchDocs come last.
    // So among pages sharing an alias (CheckMate 227 on TMB and on the combination), an earlier one wins.
    doc.aliases.forEach((a, i) => add(compactKey(a), n, EXACT_ALIAS - ALIAS_POSITION_PENALTY * (i / doc.aliases.length)));
    add(compactKey(doc.id), n, EXACT_ID);
    for (const name of doc.names ?? []) add(compactKey(name), n, EXACT_NAME);
  });
  return keys;
}

/** Entries of one family, spread over buckets by the hash of their token. */
function bucketed<E>(entries: [string, E][][], size: (e: [string, E]) => number): { count: number; buckets: Map<number, [string, E][][]> } {
  const bytes = entries.reduce((s, list) => s + list.reduce((t, e) => t + size(e), 0), 0);
  const count = bucketCount(bytes);
  const buckets = new Map<number, [string, E][][]>();
  entries.forEach((list, part) => {
    for (const e of list) {
      const b = bucketOf(e[0], count);
      let parts = buckets.get(b);
      if (!parts) buckets.set(b, (parts = entries.map(() => [])));
      parts[part].push(e);
    }
  });
  return { count, buckets };
}

const jsonSize = (v: unknown) => JSON.stringify(v).length;

export interface BuildOptions {
  /**
   * The language of the documents' pages (default English). "zh" marks the manifest, so hits show the Chinese
   * title marked and the English one beside it, and ties in ranking go to the shorter Chinese title.
   */
  lang?: IndexLang;
}

/**
 * Builds the index files of `docs`. Documents are numbered in id order (ranking ties go to the smaller id).
 * Throws on a duplicate id: the corpus guarantees unique ids, so a duplicate means a bug upstream, and results
 * must never show one page twice. The layout, shard budget and ranking are the same for every language.
 */
export function buildSearchIndex(input: readonly SearchDoc[], options: BuildOptions = {}): BuiltSearchIndex {
  const zh = options.lang === 'zh';
  const seen = new Set<string>();
  for (const d of input) {
    if (seen.has(d.id)) throw new Error(`buildSearchIndex: duplicate id "${d.id}"`);
    seen.add(d.id);
  }
  const docs = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const count = docs.length;

  // Names: title, Chinese title, aliases, headings; every prefix of every word, marked whole word or prefix.
  const names = PREFIX_FIELDS.map((field): [string, [number[], number[]]][] => {
    const texts = docs.map((d) => fieldText(d, field));
    const words = texts.map((t) => new Set(indexTokens(t)));
    return [...fieldPostings(field, texts)].map(([token, slots]) => {
      const all = docsOf(slots, token);
      return [token, [delta(all.filter((n) => words[n].has(token))), delta(all.filter((n) => !words[n].has(token)))]];
    });
  });
  const summary = [
    ...fieldPostings(
      'summary',
      docs.map((d) => d.summary),
    ),
  ].map(([token, slots]): [string, number[]] => [token, delta(docsOf(slots, token))]);
  const body = [
    ...fieldPostings(
      'text',
      docs.map((d) => d.text),
    ),
  ].map(([token, slots]): [string, (number[] | null)[]] => {
    docsOf(slots, token);
    return [token, slots.map((s) => (s && s.length ? delta(s) : null))];
  });
  const keys = [...exactKeys(docs)].map(([key, m]): [string, number[]] => [key, [...m].flat()]);

  // Vocabulary for spelling correction, by word length, in the order the words first appear.
  const vocab = new Map<number, Set<string>>();
  const addWords = (text: string) => {
    for (const w of indexTokens(text)) {
      if (!isVocabularyWord(w)) continue;
      let set = vocab.get(w.length);
      if (!set) vocab.set(w.length, (set = new Set()));
      set.add(w);
    }
  };
  for (const d of docs) {
    for (const f of PREFIX_FIELDS) addWords(fieldText(d, f));
    addWords(d.summary);
  }

  // One bucket file holds every field's postings and the exact keys of its tokens: one file per query word.
  const lists = [...names, summary, body, keys] as [string, unknown][][];
  const terms = bucketed(lists, jsonSize);
  const shards: { bucket: number; data: unknown }[] = [];
  for (const [bucket, parts] of terms.buckets) {
    const data: Record<string, unknown> = {};
    PREFIX_FIELDS.forEach((f, i) => (data[f] = (parts[i] as [string, [number[], number[]]][]).map(([t, [w, p]]) => [t, w, p])));
    data.summary = parts[PREFIX_FIELDS.length];
    data.text = parts[PREFIX_FIELDS.length + 1];
    data.keys = parts[PREFIX_FIELDS.length + 2];
    shards.push({ bucket, data });
  }

  const blocks: DisplayDoc[][] = [];
  for (let i = 0; i < count; i += BLOCK_SIZE) {
    blocks.push(
      docs.slice(i, i + BLOCK_SIZE).map((d) => ({ id: d.id, url: d.url, title: d.title, titleZh: d.titleZh, summary: d.summary })),
    );
  }
  const vocabLengths = [...vocab.keys()].sort((a, b) => a - b);

  const kinds = [...new Set(docs.map((d) => d.kind))].sort();
  const column = <T>(values: readonly T[], pick: (d: SearchDoc) => T | undefined) =>
    docs.map((d) => {
      const v = pick(d);
      return v === undefined ? -1 : values.indexOf(v);
    });
  const body0 = { shards, blocks, vocab: vocabLengths.map((n) => [...vocab.get(n)!]) };
  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    ...(zh ? { lang: 'zh' as const } : {}),
    base: contentHash(JSON.stringify(body0)),
    count,
    blockSize: BLOCK_SIZE,
    buckets: terms.count,
    vocab: vocabLengths,
    kinds,
    docs: {
      kind: docs.map((d) => kinds.indexOf(d.kind)),
      origin: column(ORIGINS, (d) => d.origin),
      timing: column(TIMINGS, (d) => d.timing),
      area: column(AREAS, (d) => d.area),
      titleLength: docs.map((d) => (zh ? d.titleZh : d.title).length),
      compactTitleLength: docs.map((d) => compactKey(d.title).length),
      compactTitleZhLength: docs.map((d) => compactKey(d.titleZh).length),
      titleLatinRun: docs.map((d) => scriptRuns(compactKey(d.title))[0]),
      titleOtherRun: docs.map((d) => scriptRuns(compactKey(d.title))[1]),
      titleZhLatinRun: docs.map((d) => scriptRuns(compactKey(d.titleZh))[0]),
      titleZhOtherRun: docs.map((d) => scriptRuns(compactKey(d.titleZh))[1]),
    },
  };
  const inline = jsonSize(blocks) <= INLINE_DISPLAY_BYTES;
  if (inline) manifest.display = blocks;
  const files: SearchIndexFile[] = [{ path: MANIFEST_FILE, data: manifest }];
  for (const s of [...shards].sort((x, y) => x.bucket - y.bucket)) files.push({ path: termsPath(manifest, s.bucket), data: s.data });
  if (!inline) blocks.forEach((b, k) => files.push({ path: blockPath(manifest, k), data: b }));
  vocabLengths.forEach((n, i) => files.push({ path: vocabPath(manifest, n), data: body0.vocab[i] }));
  return { manifest, files };
}

/** The built files as a lookup by path, parsed back from JSON text: what a server or a test reads from. */
export function searchIndexFiles(built: BuiltSearchIndex): Map<string, string> {
  return new Map(built.files.map((f) => [f.path, JSON.stringify(f.data)]));
}
