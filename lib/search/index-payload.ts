/**
 * The search index as files, described once: a small manifest and shards, their paths, and their readers. The
 * writer is build-index.ts; the engine (query.ts) fetches only the shards a query touches. Everything arrives over
 * the network and may be anything, so every reader checks every part before the engine sees it, and says which
 * file is wrong.
 *
 *   manifest.json                   version, document count, bucket count, and per document what ranking and
 *                                   filtering need for every candidate (kind, facets, title lengths)
 *   <base>/terms-<b>.json           for the tokens of bucket b: title, Chinese title, aliases, headings: token →
 *                                   documents (whole word / prefix); summary and body: token → documents (body by
 *                                   number of occurrences); exact-match keys (compact titles, abbreviations,
 *                                   aliases, ids) → documents and weights
 *   <base>/docs-<k>.json            display fields of documents k·blockSize … (k+1)·blockSize − 1
 *   <base>/vocab-<n>.json           words of n letters, for spelling correction (read only for a word that
 *                                   matches nothing)
 * A token's bucket b is a hash of the token, so one query word is one file (two files per browser connection
 * limit matter more than bytes here: a query's shards arrive in one round). `base` is a hash of the shard
 * contents: shard URLs never change meaning, and a new build never mixes with cached shards of an old one.
 * The Chinese edition's index has the same files in a zh/ subfolder; its manifest says `lang: "zh"`.
 * Document numbers are positions in id order (ties in ranking go to the smaller id) and are delta-encoded in
 * ascending lists.
 *
 * The postings come from flexsearch 0.8 at build time: after upgrading flexsearch, or changing the tokeniser
 * (lib/search/tokenize.ts, lib/core/text.ts), bump SEARCH_INDEX_VERSION and run the search tests.
 */
import { ID_PATTERN } from '../content/ids';
import { AREAS, ORIGINS, TIMINGS, type Area, type Origin, type Timing } from '../content/vocabulary';
import { PREFIX_FIELDS, RESOLUTION, type PrefixField } from './fields';

/** Bump when the file layout, the tokeniser or flexsearch's postings change. */
export const SEARCH_INDEX_VERSION = 3;

/** The manifest's path, relative to the index folder. */
export const MANIFEST_FILE = 'manifest.json';

/** Per document (by number), what ranking and filtering need for every candidate; columns, not records. */
export interface DocColumns {
  /** Index into manifest.kinds. */
  kind: number[];
  /** Index into ORIGINS / TIMINGS / AREAS, −1 when the document has none. */
  origin: number[];
  timing: number[];
  area: number[];
  /** Length of the title in the index's language (ties in ranking go to the shorter title). */
  titleLength: number[];
  /** Length of compactKey(title) and compactKey(titleZh): bounds the "query is most of a title" bonus. */
  compactTitleLength: number[];
  compactTitleZhLength: number[];
  /**
   * Longest run of ASCII letters and digits, and of other characters, in each compact title: a Latin query
   * can only be inside a title with a Latin run as long as itself, a Chinese one inside a Chinese run. This
   * keeps the bound tight, so few titles need to be fetched to decide the bonus.
   */
  titleLatinRun: number[];
  titleOtherRun: number[];
  titleZhLatinRun: number[];
  titleZhOtherRun: number[];
}

/** Longest run of ASCII letters/digits and longest run of other characters in `compact` (a compactKey). */
export function scriptRuns(compact: string): [latin: number, other: number] {
  let latin = 0;
  let other = 0;
  let run = 0;
  let runLatin = true;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    const isLatin = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (i === 0 || isLatin !== runLatin) {
      run = 0;
      runLatin = isLatin;
    }
    run++;
    if (isLatin) latin = Math.max(latin, run);
    else other = Math.max(other, run);
  }
  return [latin, other];
}

/** The language of an index's pages. The English index's manifest carries none (it predates the Chinese one). */
export type IndexLang = 'en' | 'zh';

export interface SearchManifest {
  version: typeof SEARCH_INDEX_VERSION;
  /**
   * "zh" for the Chinese edition's index: its URLs are /zh pages, and a hit's marked title is the Chinese one.
   * Absent for English.
   */
  lang?: 'zh';
  /** Folder of the shards, relative to the manifest: a hash of their contents. */
  base: string;
  /** Number of documents. */
  count: number;
  /** Documents per docs-<k>.json file. */
  blockSize: number;
  /** Number of terms-<b>.json buckets (a power of two). */
  buckets: number;
  /** Word lengths that have a vocab-<n>.json file. */
  vocab: number[];
  /** Kind names, referenced by number in docs.kind. */
  kinds: string[];
  docs: DocColumns;
  /**
   * The display blocks themselves, when all of them together are small (a corpus of a few hundred entries):
   * then no docs-<k>.json is written, and a query needs one round of fetching fewer.
   */
  display?: DisplayDoc[][];
}

/** A document as a hit shows it. Kind and facets are in the manifest. */
export interface DisplayDoc {
  id: string;
  url: string;
  title: string;
  titleZh: string;
  summary: string;
}

/** Documents matching a token in one prefix field: as a whole word, and only as the prefix of a word. */
export interface NamePosting {
  whole: number[];
  prefix: number[];
}

export type NamesShard = Record<PrefixField, Map<string, NamePosting>>;

export interface TextShard {
  /** Documents whose summary has the token. */
  summary: Map<string, number[]>;
  /** Body: slot i lists the documents that have the token RESOLUTION − i times (slot 0: nine or more). */
  text: Map<string, (number[] | null)[]>;
}

/** Exact-match key → [document, weight] pairs. */
export type KeysShard = Map<string, [number, number][]>;

/** One bucket of terms: the postings of its tokens in every field, and its exact-match keys. */
export interface TermsShard {
  names: NamesShard;
  text: TextShard;
  keys: KeysShard;
}

/** Thrown by the readers when a file is missing, of another version, or malformed. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

// ── Paths ──────────────────────────────────────────────────────────────────────────────────────────────────

/** 32-bit FNV-1a over UTF-16 code units: the same bucket at build time and in the browser. */
export function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketOf(token: string, buckets: number): number {
  return hashToken(token) % buckets;
}

export const termsPath = (m: Pick<SearchManifest, 'base'>, bucket: number) => `${m.base}/terms-${bucket}.json`;
export const blockPath = (m: Pick<SearchManifest, 'base'>, block: number) => `${m.base}/docs-${block}.json`;
export const vocabPath = (m: Pick<SearchManifest, 'base'>, length: number) => `${m.base}/vocab-${length}.json`;

// ── Readers ────────────────────────────────────────────────────────────────────────────────────────────────

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v.slice(0, 40))}` : typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const corrupt = (file: string, what: string) => new SearchIndexError(`Search index is corrupt: ${file}: ${what}`);

function isCount(v: unknown, min = 0): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= 0x7fffffff;
}

function readIntList(v: unknown, file: string, at: string, min: number, max: number): number[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max)) {
    throw corrupt(file, `${at} should be a list of whole numbers from ${min} to ${max}`);
  }
  return v as number[];
}

/** Delta-encoded ascending document numbers → document numbers; each must name a document. */
function readDocList(v: unknown, count: number, file: string, at: string): number[] {
  if (!Array.isArray(v)) throw corrupt(file, `${at} should be a list of document numbers, got ${describe(v)}`);
  const out = new Array<number>(v.length);
  let n = -1;
  for (let i = 0; i < v.length; i++) {
    const d = v[i];
    if (typeof d !== 'number' || !Number.isInteger(d) || d < (i === 0 ? 0 : 1))
      throw corrupt(file, `${at} holds a malformed document number`);
    n = i === 0 ? d : n + d;
    if (n >= count) throw corrupt(file, `${at} names document ${n}, but there are ${count}`);
    out[i] = n;
  }
  return out;
}

/** A list of [token, …] entries as a Map (a Map, not an object: a token may be "__proto__"). */
function readEntries<T>(v: unknown, file: string, at: string, width: number, read: (e: unknown[], at: string) => T): Map<string, T> {
  if (!Array.isArray(v)) throw corrupt(file, `${at} should be a list of entries, got ${describe(v)}`);
  const out = new Map<string, T>();
  v.forEach((e: unknown, i: number) => {
    const here = `${at}[${i}]`;
    if (!Array.isArray(e) || e.length !== width || typeof e[0] !== 'string')
      throw corrupt(file, `${here} should be a [token, …] entry of ${width} items`);
    out.set(e[0], read(e, here));
  });
  return out;
}

/** Checks a parsed manifest. Throws SearchIndexError naming the problem. */
export function readManifest(data: unknown): SearchManifest {
  const file = MANIFEST_FILE;
  if (!isRecord(data)) throw new SearchIndexError(`Search index is missing or not an object (got ${describe(data)})`);
  const version = own(data, 'version');
  if (version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError(
      `Search index version ${describe(version)} is not supported (expected ${SEARCH_INDEX_VERSION}): rebuild the site so the index matches the code`,
    );
  }
  const base = own(data, 'base');
  if (typeof base !== 'string' || !/^[a-z0-9]{1,32}$/.test(base))
    throw corrupt(file, `base should be a folder name of letters and digits, got ${describe(base)}`);
  const count = own(data, 'count');
  if (!isCount(count)) throw corrupt(file, `count should be a whole number, got ${describe(count)}`);
  const blockSize = own(data, 'blockSize');
  if (!isCount(blockSize, 1)) throw corrupt(file, `blockSize should be a whole number above 0, got ${describe(blockSize)}`);
  const buckets = own(data, 'buckets');
  if (!isCount(buckets, 1) || buckets > 1 << 16)
    throw corrupt(file, `buckets should be a whole number from 1 to 65536, got ${describe(buckets)}`);
  const vocab = readIntList(own(data, 'vocab'), file, 'vocab', 1, 64);
  const kinds = own(data, 'kinds');
  if (!Array.isArray(kinds) || !kinds.every((k): k is string => typeof k === 'string' && ID_PATTERN.test(k)))
    throw corrupt(file, 'kinds should be a list of kind names');
  const rawDocs = own(data, 'docs');
  if (!isRecord(rawDocs)) throw corrupt(file, `docs should be an object, got ${describe(rawDocs)}`);
  const column = (name: keyof DocColumns, min: number, max: number) => {
    const c = readIntList(own(rawDocs, name), file, `docs.${name}`, min, max);
    if (c.length !== count) throw corrupt(file, `docs.${name} should have ${count} values, has ${c.length}`);
    return c;
  };
  const docs: DocColumns = {
    kind: column('kind', 0, kinds.length - 1),
    origin: column('origin', -1, ORIGINS.length - 1),
    timing: column('timing', -1, TIMINGS.length - 1),
    area: column('area', -1, AREAS.length - 1),
    titleLength: column('titleLength', 0, 0x7fffffff),
    compactTitleLength: column('compactTitleLength', 0, 0x7fffffff),
    compactTitleZhLength: column('compactTitleZhLength', 0, 0x7fffffff),
    titleLatinRun: column('titleLatinRun', 0, 0x7fffffff),
    titleOtherRun: column('titleOtherRun', 0, 0x7fffffff),
    titleZhLatinRun: column('titleZhLatinRun', 0, 0x7fffffff),
    titleZhOtherRun: column('titleZhOtherRun', 0, 0x7fffffff),
  };
  const out: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    base,
    count,
    blockSize,
    buckets,
    vocab: [...vocab],
    kinds: [...kinds],
    docs,
  };
  const lang = own(data, 'lang');
  if (lang !== undefined) {
    if (lang !== 'zh') throw corrupt(file, `lang should be "zh" or absent, got ${describe(lang)}`);
    out.lang = lang;
  }
  const display = own(data, 'display');
  if (display !== undefined) {
    const blocks = Math.ceil(count / blockSize);
    if (!Array.isArray(display) || display.length !== blocks) throw corrupt(file, `display should be a list of ${blocks} blocks`);
    out.display = display.map((b: unknown, k: number) =>
      readDocBlock(b, Math.min(blockSize, count - k * blockSize), `${file} display[${k}]`),
    );
  }
  return out;
}

/** Checks a terms shard (`file` names it in messages). */
export function readTermsShard(data: unknown, count: number, file: string): TermsShard {
  if (!isRecord(data)) throw corrupt(file, `should be an object, got ${describe(data)}`);
  return { names: readNames(data, count, file), text: readText(data, count, file), keys: readKeys(own(data, 'keys'), count, file) };
}

function readNames(data: Record<string, unknown>, count: number, file: string): NamesShard {
  const out = {} as NamesShard;
  for (const field of PREFIX_FIELDS) {
    out[field] = readEntries(own(data, field), file, field, 3, (e, at) => ({
      whole: readDocList(e[1], count, file, `${at} whole`),
      prefix: readDocList(e[2], count, file, `${at} prefix`),
    }));
  }
  return out;
}

function readText(data: Record<string, unknown>, count: number, file: string): TextShard {
  return {
    summary: readEntries(own(data, 'summary'), file, 'summary', 2, (e, at) => readDocList(e[1], count, file, at)),
    text: readEntries(own(data, 'text'), file, 'text', 2, (e, at) => {
      const slots = e[1];
      if (!Array.isArray(slots) || slots.length > RESOLUTION) throw corrupt(file, `${at} should hold at most ${RESOLUTION} score slots`);
      return slots.map((s: unknown, i: number) => (s === null ? null : readDocList(s, count, file, `${at} slot ${i}`)));
    }),
  };
}

/** Exact-match keys: [key, [n, weight, n, weight, …]] entries. */
function readKeys(data: unknown, count: number, file: string): KeysShard {
  return readEntries(data, file, 'keys', 2, (e, at) => {
    const flat = e[1];
    if (!Array.isArray(flat) || flat.length % 2 !== 0) throw corrupt(file, `${at} should list document, weight pairs`);
    const pairs: [number, number][] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const n: unknown = flat[i];
      const w: unknown = flat[i + 1];
      if (!isCount(n) || n >= count || typeof w !== 'number' || !Number.isFinite(w) || w <= 0)
        throw corrupt(file, `${at} holds a malformed pair`);
      pairs.push([n, w]);
    }
    return pairs;
  });
}

/** Checks a block of display documents: exactly the documents `first` … `first + size − 1`. */
export function readDocBlock(data: unknown, size: number, file: string): DisplayDoc[] {
  if (!Array.isArray(data) || data.length !== size) throw corrupt(file, `should be a list of ${size} documents, got ${describe(data)}`);
  return data.map((raw: unknown, i: number): DisplayDoc => {
    if (!isRecord(raw)) throw corrupt(file, `[${i}] should be an object, got ${describe(raw)}`);
    const str = (key: keyof DisplayDoc) => {
      const v = own(raw, key);
      if (typeof v !== 'string') throw corrupt(file, `[${i}].${key} should be a string, got ${describe(v)}`);
      return v;
    };
    const doc = { id: str('id'), url: str('url'), title: str('title'), titleZh: str('titleZh'), summary: str('summary') };
    if (doc.id === '') throw corrupt(file, `[${i}].id is empty`);
    return doc;
  });
}

/** Checks a vocabulary shard: letter-only words of `length` letters. */
export function readVocabShard(data: unknown, length: number, file: string): string[] {
  if (!Array.isArray(data) || !data.every((w): w is string => typeof w === 'string' && w.length === length && /^[a-z]+$/.test(w))) {
    throw corrupt(file, `should be a list of ${length}-letter words`);
  }
  return data;
}

/** The facet values of document `n` from the manifest's columns. */
export function facetsOf(docs: DocColumns, n: number): { origin?: Origin; timing?: Timing; area?: Area } {
  const out: { origin?: Origin; timing?: Timing; area?: Area } = {};
  if (docs.origin[n] >= 0) out.origin = ORIGINS[docs.origin[n]];
  if (docs.timing[n] >= 0) out.timing = TIMINGS[docs.timing[n]];
  if (docs.area[n] >= 0) out.area = AREAS[docs.area[n]];
  return out;
}
