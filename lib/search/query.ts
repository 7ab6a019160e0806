/**
 * Browser and Node: load the serialised index and answer queries.
 *
 * Ranking, from strongest to weakest signal:
 *  1. the whole query equals a title, a Chinese title, an abbreviation in the title's parentheses, an alias
 *     (drugs, trials and gene symbols included; earlier aliases weigh slightly more) or the id, compared
 *     without case, spaces or punctuation ("TMB", "CD274", "KEYNOTE-024", "STK11 突变");
 *  2. each query word matched as a whole word, else as a prefix, in the title/aliases, then the summary, then
 *     headings, then the body (more occurrences weigh a little more); the best field counts in full, the
 *     others add a tenth; a query that is most of a title gets a little extra ("微环境" in "肿瘤微环境");
 *  3. words that match nothing are retried as singular ("inhibitors" → "inhibitor") and then spelling-
 *     corrected against the vocabulary of titles, aliases, summaries and headings (spelling.ts), at a
 *     discount; a corrected query that equals an alias counts as a discounted exact match.
 * Every query word must match (AND); when no document has them all, documents matching at least half of them
 * follow, those matching more first.
 */
import type { Id } from 'flexsearch';
import { ID_PATTERN } from '../content/ids';
import { AREAS, ORIGINS, TIMINGS, type Area, type Origin, type Timing } from '../content/vocabulary';
import { SEARCH_INDEX_VERSION } from './build-index';
import type { StoredDoc } from './documents';
import {
  FIELD_WEIGHT,
  FIELDS,
  fieldText,
  frequencyOfSlot,
  importBodyIndex,
  importFieldIndex,
  PREFIX_FACTOR,
  PREFIX_FIELDS,
  RESOLUTION,
  STORED_FIELDS,
  type Field,
  type FieldIndexes,
  type IndexChunk,
  type StoredField,
} from './field-index';
import { highlightTerms, snippetAround, snippetStart, type HighlightTerms, type Segment } from './highlight';
import { Vocabulary } from './spelling';
import { compactKey, indexTokens, normalise, queryWords, type QueryWord } from './tokenize';

export { highlight, type Segment } from './highlight';

/** Thrown by loadSearchIndex when the payload is missing, of another version, or malformed. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

export interface SearchFilters {
  kind?: string[];
  origin?: Origin[];
  timing?: Timing[];
  area?: Area[];
}

export interface SearchOptions {
  /** Most hits returned: 1–100, default 20. */
  limit?: number;
  /** Within one facet any listed value matches; across facets all must. Empty or absent: no filter. */
  filters?: SearchFilters;
}

export interface SearchHit {
  id: string;
  kind: string;
  url: string;
  title: string;
  titleZh: string;
  /** The title with matching words marked. */
  titleSegments: Segment[];
  /** About 180 characters of the summary around its first match (its opening when only other fields match). */
  snippet: Segment[];
  score: number;
  origin?: Origin;
  timing?: Timing;
  area?: Area;
}

export interface SearchEngine {
  /**
   * Hits for `query`, best first, each id at most once. Never throws: any string (empty, very long, markup,
   * emoji, lone surrogates) gives an array, [] when nothing useful matches. Work is bounded: the query is cut
   * to MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words.
   */
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** Number of documents in the index. */
  readonly size: number;
}

/** Longest query considered; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

const EXACT_TITLE = 1000;
const EXACT_ALIAS = 900;
const EXACT_ID = 800;
/** An exact alias loses up to this much the later it stands in the page's alias list. */
const ALIAS_POSITION_PENALTY = 60;
/** "MDSC" for the alias "MDSCs" and the reverse. */
const PLURAL_FACTOR = 0.95;
const OTHER_FIELDS_FACTOR = 0.1;
/** A body token found n times counts (1 + FREQUENCY_BOOST × ln n) times as much as one found once. */
const FREQUENCY_BOOST = 0.25;
/** At most this much for a query contained in a title, scaled by the share of the title it covers. */
const TITLE_CONTAINS_BONUS = 50;
const SINGULAR_FACTOR = 0.9;
const CORRECTION_FACTOR = 0.6;

// ---------------------------------------------------------------------------------------------------------
// Validation: the payload comes over the network and may be anything.

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v.slice(0, 40))}` : typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readString(o: Record<string, unknown>, key: string, at: string): string {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (typeof v !== 'string') throw new SearchIndexError(`Search index is corrupt: ${at}.${key} should be a string, got ${describe(v)}`);
  return v;
}

function readStrings(o: Record<string, unknown>, key: string, at: string): string[] {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (!Array.isArray(v) || !v.every((s): s is string => typeof s === 'string')) {
    throw new SearchIndexError(`Search index is corrupt: ${at}.${key} should be a list of strings, got ${describe(v)}`);
  }
  return [...v];
}

function readEnum<T extends string>(o: Record<string, unknown>, key: string, at: string, values: readonly T[], optional: boolean): T | undefined {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (v === undefined && optional) return undefined;
  const found = values.find((x) => x === v);
  if (found === undefined) {
    throw new SearchIndexError(`Search index is corrupt: ${at}.${key} should be one of ${values.join(', ')}, got ${describe(v)}`);
  }
  return found;
}

/**
 * A kind name: the browser does not carry the kind registry, so it checks the shape (kebab-case) only; the server
 * that wrote the index took the names from the registry.
 */
function readKind(o: Record<string, unknown>, at: string): string {
  const v = Object.hasOwn(o, 'kind') ? o.kind : undefined;
  if (typeof v !== 'string' || !ID_PATTERN.test(v)) throw new SearchIndexError(`Search index is corrupt: ${at}.kind should be a kind name, got ${describe(v)}`);
  return v;
}

function isDocNumber(x: unknown, count: number): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < count;
}

/**
 * Checks the exported body index: [key, data] chunks of flexsearch's "reg" (document numbers) and "map"
 * ([token, slots] with each slot null or a list of document numbers) kinds. Every document number must
 * name a document, so the engine never meets an id it cannot resolve.
 */
function readChunks(body: unknown, count: number, name = 'body'): IndexChunk[] {
  if (!Array.isArray(body)) throw new SearchIndexError(`Search index is corrupt: ${name} should be a list of index chunks, got ${describe(body)}`);
  return body.map((chunk: unknown, i: number): IndexChunk => {
    const at = `${name}[${i}]`;
    if (!Array.isArray(chunk) || chunk.length !== 2 || typeof chunk[0] !== 'string' || !Array.isArray(chunk[1])) {
      throw new SearchIndexError(`Search index is corrupt: ${at} should be a [key, data] pair, got ${describe(chunk)}`);
    }
    const key: string = chunk[0];
    const data: unknown[] = chunk[1];
    const kind = /^[0-9]+\.(reg|map)$/.exec(key)?.[1];
    const ok =
      kind === 'reg'
        ? data.every((n) => isDocNumber(n, count))
        : kind === 'map'
          ? data.every(
              (entry) =>
                Array.isArray(entry) &&
                entry.length === 2 &&
                typeof entry[0] === 'string' &&
                Array.isArray(entry[1]) &&
                entry[1].length <= RESOLUTION &&
                entry[1].every((slot: unknown) => slot === null || (Array.isArray(slot) && slot.every((n) => isDocNumber(n, count)))),
            )
          : false;
    if (!kind) throw new SearchIndexError(`Search index is corrupt: ${at} has the unknown key ${JSON.stringify(key.slice(0, 40))}`);
    if (!ok) throw new SearchIndexError(`Search index is corrupt: ${at} (${key}) holds malformed data or a document number out of range`);
    return [key, data];
  });
}

/**
 * Checks the payload. Documents are copied into fresh objects; the body-index chunks, once checked, are
 * handed to flexsearch as they are (they are ours: parsed from the fetched JSON, referenced nowhere else).
 */
function readIndex(data: unknown): { docs: StoredDoc[]; fields: Record<StoredField, IndexChunk[]>; body: IndexChunk[] } {
  if (!isRecord(data)) throw new SearchIndexError(`Search index is missing or not an object (got ${describe(data)})`);
  const version = Object.hasOwn(data, 'version') ? data.version : undefined;
  if (version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError(
      `Search index version ${describe(version)} is not supported (expected ${SEARCH_INDEX_VERSION}): rebuild the site so search-index.json matches the code`,
    );
  }
  const docs = Object.hasOwn(data, 'docs') ? data.docs : undefined;
  if (!Array.isArray(docs)) throw new SearchIndexError(`Search index is corrupt: docs should be a list, got ${describe(docs)}`);
  const ids = new Set<string>();
  const stored = docs.map((raw: unknown, i: number): StoredDoc => {
    const at = `docs[${i}]`;
    if (!isRecord(raw)) throw new SearchIndexError(`Search index is corrupt: ${at} should be an object, got ${describe(raw)}`);
    const id = readString(raw, 'id', at);
    if (id === '') throw new SearchIndexError(`Search index is corrupt: ${at}.id is empty`);
    if (ids.has(id)) throw new SearchIndexError(`Search index is corrupt: ${at}.id "${id}" appears twice`);
    ids.add(id);
    const doc: StoredDoc = {
      id,
      kind: readKind(raw, at),
      url: readString(raw, 'url', at),
      title: readString(raw, 'title', at),
      titleZh: readString(raw, 'titleZh', at),
      aliases: readStrings(raw, 'aliases', at),
      summary: readString(raw, 'summary', at),
      headings: readStrings(raw, 'headings', at),
    };
    const origin = readEnum(raw, 'origin', at, ORIGINS, true);
    const timing = readEnum(raw, 'timing', at, TIMINGS, true);
    const area = readEnum(raw, 'area', at, AREAS, true);
    if (origin) doc.origin = origin;
    if (timing) doc.timing = timing;
    if (area) doc.area = area;
    return doc;
  });
  const rawFields = Object.hasOwn(data, 'fields') ? data.fields : undefined;
  if (!isRecord(rawFields)) throw new SearchIndexError(`Search index is corrupt: fields should be an object, got ${describe(rawFields)}`);
  const fields = Object.fromEntries(
    STORED_FIELDS.map((f) => [f, readChunks(Object.hasOwn(rawFields, f) ? rawFields[f] : undefined, stored.length, `fields.${f}`)]),
  ) as Record<StoredField, IndexChunk[]>;
  return { docs: stored, fields, body: readChunks(Object.hasOwn(data, 'body') ? data.body : undefined, stored.length) };
}

// ---------------------------------------------------------------------------------------------------------
// Query input.

/** `s` without unpaired surrogate halves (a loop, not a lookbehind regex, for older Safari). */
function dropLoneSurrogates(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) out += s[i] + s[++i];
    } else if (c < 0xdc00 || c > 0xdfff) {
      out += s[i];
    }
  }
  return out;
}

/** The query as searched: a string, cut to MAX_QUERY_LENGTH, without lone surrogates or control characters. */
export function sanitiseQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  return dropLoneSurrogates(query.slice(0, MAX_QUERY_LENGTH))
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .trim();
}

function clampLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/** A facet filter as a set, or null when absent/empty; unknown values are dropped. */
function facet<T extends string>(values: unknown, allowed: readonly T[]): Set<T> | null {
  if (!Array.isArray(values)) return null;
  const set = new Set<T>(allowed.filter((a) => values.includes(a)));
  return values.length === 0 ? null : set;
}

// ---------------------------------------------------------------------------------------------------------
// The engine.

const PREFIX_STORED_FIELDS = PREFIX_FIELDS.filter((f): f is StoredField => f !== 'text');
//
// Scores are dense arrays indexed by document number (0 = no match): with 10,000 documents a common word
// ("resistance") matches nearly all of them, and typed arrays keep that to a few tens of microseconds where
// Maps took milliseconds.

interface Scores {
  s: Float32Array;
  /** Number of documents with a score above 0. */
  hits: number;
}

const NONE: Scores = { s: new Float32Array(0), hits: 0 };

interface ResolvedWord {
  scores: Scores;
  /** Latin tokens that matched (query tokens and their corrections), for highlighting. */
  latin: string[];
  /** The CJK run, for highlighting. */
  cjk: string | null;
  /** A single character or a number of one or two digits: too common to count in a partial match. */
  weak: boolean;
  /** The word with one part replaced by a spelling correction, for each correction that matched. */
  correctedForms: string[];
}

/** Keeps the larger weight per document. */
function addKey(keys: Map<string, Map<number, number>>, key: string, n: number, weight: number): void {
  if (key === '') return;
  let m = keys.get(key);
  if (!m) keys.set(key, (m = new Map()));
  if ((m.get(n) ?? 0) < weight) m.set(n, weight);
}

function countHits(s: Float32Array): Scores {
  let hits = 0;
  for (let i = 0; i < s.length; i++) if (s[i] > 0) hits++;
  return hits === 0 ? NONE : { s, hits };
}

/** Documents matched by every list, scored by the mean of their scores. */
function intersectMean(list: Scores[], size: number): Scores {
  if (list.length === 0 || list.some((x) => x.hits === 0)) return NONE;
  if (list.length === 1) return list[0];
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    let sum = 0;
    for (const x of list) {
      const v = x.s[i];
      if (v === 0) {
        sum = 0;
        break;
      }
      sum += v;
    }
    out[i] = sum / list.length;
  }
  return countHits(out);
}

/** Per document, the larger of `a` and `b` × factor. */
function unionMax(a: Scores, b: Scores, size: number, factor = 1): Scores {
  if (b.hits === 0) return a;
  const out = a.hits === 0 ? new Float32Array(size) : Float32Array.from(a.s);
  for (let i = 0; i < size; i++) {
    const v = b.s[i] * factor;
    if (v > out[i]) out[i] = v;
  }
  return countHits(out);
}

function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  out.push(word.slice(0, -1));
  return out;
}

interface Ranked {
  n: number;
  score: number;
  /** Words matched (only when no document matched them all). */
  count: number;
}

class Engine implements SearchEngine {
  private readonly indexes: FieldIndexes;
  /** For prefix fields: each document's tokens as " a b c ", to tell a whole-word match from a prefix. */
  private readonly tokensOf = new Map<Field, string[]>();
  private readonly keys = new Map<string, Map<number, number>>();
  /** compactKey of each document's title, and of its Chinese title. */
  private readonly compactTitles: string[] = [];
  private readonly compactTitlesZh: string[] = [];
  private readonly vocabulary: Vocabulary;

  constructor(
    private readonly docs: StoredDoc[],
    fields: Record<StoredField, IndexChunk[]>,
    body: IndexChunk[],
    private readonly onError: LoadOptions['onError'],
  ) {
    // Every index arrives exported: importing is several times faster than indexing, on the first keystroke.
    this.indexes = {
      title: importFieldIndex('title', fields.title),
      titleZh: importFieldIndex('titleZh', fields.titleZh),
      aliases: importFieldIndex('aliases', fields.aliases),
      summary: importFieldIndex('summary', fields.summary),
      headings: importFieldIndex('headings', fields.headings),
      text: importBodyIndex(body),
    };
    const vocab = new Set<string>();
    for (const f of PREFIX_FIELDS) this.tokensOf.set(f, []);
    docs.forEach((doc, n) => {
      for (const f of PREFIX_STORED_FIELDS) {
        const tokens = indexTokens(fieldText(doc, f));
        this.tokensOf.get(f)!.push(` ${tokens.join(' ')} `);
        for (const t of tokens) vocab.add(t);
      }
      for (const t of indexTokens(doc.summary)) vocab.add(t);
      this.addKeys(doc, n);
      this.compactTitles.push(compactKey(doc.title));
      this.compactTitlesZh.push(compactKey(doc.titleZh));
    });
    this.vocabulary = new Vocabulary(vocab);
  }

  get size(): number {
    return this.docs.length;
  }

  private addKeys(doc: StoredDoc, n: number): void {
    for (const title of [doc.title, doc.titleZh]) {
      addKey(this.keys, compactKey(title), n, EXACT_TITLE);
      // "Tumour mutational burden (TMB)": the name and the abbreviation are each an exact title.
      const norm = normalise(title);
      addKey(this.keys, compactKey(norm.replace(/\([^)]*\)/g, ' ')), n, EXACT_TITLE);
      for (const m of norm.matchAll(/\(([^)]*)\)/g)) addKey(this.keys, compactKey(m[1]), n, EXACT_TITLE);
    }
    // Authors list the names that identify a page first; drugs and trials folded in by toSearchDocs come last.
    // So among pages sharing an alias (CheckMate 227 on TMB and on the combination), an earlier one wins.
    doc.aliases.forEach((a, i) => addKey(this.keys, compactKey(a), n, EXACT_ALIAS - ALIAS_POSITION_PENALTY * (i / doc.aliases.length)));
    addKey(this.keys, compactKey(doc.id), n, EXACT_ID);
  }

  /** Documents whose title/alias/id equals the whole query (ignoring case, spacing and punctuation). */
  private exactMatches(query: string, out: Map<number, number>, factor: number): void {
    const add = (m: Map<number, number> | undefined, f: number) => {
      if (m) for (const [n, w] of m) out.set(n, Math.max(out.get(n) ?? 0, w * f));
    };
    const key = compactKey(query);
    if (key === '') return;
    add(this.keys.get(key), factor);
    if (key.length >= 3 && /[a-z]$/.test(key)) {
      add(this.keys.get(key + 's'), factor * PLURAL_FACTOR);
      if (key.endsWith('s')) add(this.keys.get(key.slice(0, -1)), factor * PLURAL_FACTOR);
    }
  }

  /** Per document: the best field's weighted match for `token`, plus a tenth of the other fields'. */
  private tokenScores(token: string, cache: Map<string, Scores>): Scores {
    const cached = cache.get(token);
    if (cached) return cached;
    const size = this.docs.length;
    let best: Float32Array | null = null;
    let sum: Float32Array | null = null;
    const needle = ` ${token} `;
    for (const field of FIELDS) {
      // Unresolved: flexsearch's own score slots, read in place instead of copied into one list.
      const slots = this.indexes[field].search(token, { resolve: false }).result;
      if (slots.length === 0) continue;
      best ??= new Float32Array(size);
      sum ??= new Float32Array(size);
      const tokens = this.tokensOf.get(field);
      const weight = FIELD_WEIGHT[field];
      for (let slot = 0; slot < slots.length; slot++) {
        const ids: Id[] | undefined = slots[slot];
        if (!ids) continue;
        const slotWeight = field === 'text' ? weight * (1 + FREQUENCY_BOOST * Math.log(frequencyOfSlot(slot))) : weight;
        for (const id of ids) {
          if (typeof id !== 'number' || id >= size) continue;
          const s = tokens && !tokens[id].includes(needle) ? slotWeight * PREFIX_FACTOR : slotWeight;
          if (s > best[id]) best[id] = s;
          sum[id] += s;
        }
      }
    }
    let out = NONE;
    if (best && sum) {
      for (let i = 0; i < size; i++) if (best[i] > 0) best[i] += OTHER_FIELDS_FACTOR * (sum[i] - best[i]);
      out = countHits(best);
    }
    cache.set(token, out);
    return out;
  }

  /** Scores for a word that matches nothing as written: its singular, else its spelling corrections. */
  private alternatives(part: string, cache: Map<string, Scores>, latin: string[], corrections: string[]): Scores {
    const size = this.docs.length;
    for (const s of singulars(part)) {
      const scores = this.tokenScores(s, cache);
      if (scores.hits > 0) {
        latin.push(s);
        return unionMax(NONE, scores, size, SINGULAR_FACTOR);
      }
    }
    let out = NONE;
    for (const s of this.vocabulary.suggest(part)) {
      const scores = this.tokenScores(s, cache);
      if (scores.hits > 0) {
        out = unionMax(out, scores, size, CORRECTION_FACTOR);
        latin.push(s);
        corrections.push(s);
      }
    }
    return out;
  }

  private resolveWord(w: QueryWord, cache: Map<string, Scores>): ResolvedWord {
    const size = this.docs.length;
    if (w.cjk) {
      const scores = intersectMean(w.parts.map((p) => this.tokenScores(p, cache)), size);
      return { scores, latin: [], cjk: w.joined, weak: false, correctedForms: [] };
    }
    const latin = [...w.parts];
    const joined = w.joined ? this.tokenScores(w.joined, cache) : NONE;
    if (w.joined) latin.push(w.joined);
    const parts = w.parts.map((p) => this.tokenScores(p, cache));
    const correctedForms: string[] = [];
    if (joined.hits === 0 && parts.some((m) => m.hits === 0)) {
      parts.forEach((m, i) => {
        if (m.hits > 0) return;
        const corrections: string[] = [];
        parts[i] = this.alternatives(w.parts[i], cache, latin, corrections);
        for (const c of corrections) correctedForms.push(w.parts.map((p, j) => (j === i ? c : p)).join(''));
      });
    }
    const scores = unionMax(intersectMean(parts, size), joined, size);
    const weak = w.parts.length === 1 && (w.parts[0].length === 1 || /^[0-9]{1,2}$/.test(w.parts[0]));
    return { scores, latin, cjk: null, weak, correctedForms };
  }

  search(query: string, opts?: SearchOptions): SearchHit[] {
    try {
      return this.run(sanitiseQuery(query), opts);
    } catch (error) {
      // Defence in depth: a search box must never take the page down. Not expected to happen (inputs are
      // bounded above); the fuzz test listens on onError to prove it does not.
      this.onError?.(error, typeof query === 'string' ? query : '');
      return [];
    }
  }

  private run(query: string, opts: SearchOptions | undefined): SearchHit[] {
    if (query === '' || this.docs.length === 0) return [];
    const words = queryWords(query);
    if (words.length === 0) return [];
    const size = this.docs.length;
    const cache = new Map<string, Scores>();
    const resolved = words.map((w) => this.resolveWord(w, cache));

    // AND over words. If nothing has them all, documents that have at least half of them follow, ranked by
    // how many they have ("STK11 foobar" still finds STK11; "<script>alert(1)</script>" finds nothing).
    const all = intersectMean(
      resolved.map((r) => r.scores),
      size,
    );
    const scores = new Float32Array(size);
    let counts: Int32Array | null = null;
    if (all.hits > 0) {
      for (let i = 0; i < size; i++) scores[i] = all.s[i] * resolved.length;
    } else if (resolved.length > 1) {
      counts = new Int32Array(size);
      for (const r of resolved) {
        // A lone digit or letter ("1" from "alert(1)") matches too much to carry a partial match.
        if (r.weak || r.scores.hits === 0) continue;
        for (let i = 0; i < size; i++) {
          if (r.scores.s[i] > 0) {
            scores[i] += r.scores.s[i];
            counts[i]++;
          }
        }
      }
      for (let i = 0; i < size; i++) if (counts[i] * 2 < resolved.length) scores[i] = 0;
    }

    // "微环境" is most of "肿瘤微环境" but a small part of a longer title that also contains it. Only documents
    // whose score says every word is in a title can qualify, which keeps this loop cheap.
    const key = compactKey(query);
    const titleFloor = PREFIX_FACTOR * FIELD_WEIGHT.title * resolved.length;
    if (key.length >= 2) {
      const titles = this.compactTitles;
      const titlesZh = this.compactTitlesZh;
      for (let i = 0; i < size; i++) {
        if (scores[i] < titleFloor) continue;
        const en = titles[i].includes(key) ? key.length / titles[i].length : 0;
        const zh = titlesZh[i].includes(key) ? key.length / titlesZh[i].length : 0;
        scores[i] += TITLE_CONTAINS_BONUS * Math.max(en, zh);
      }
    }

    const exact = new Map<number, number>();
    this.exactMatches(query, exact, 1);
    // "pembrolizumb" is, once corrected, exactly the alias "pembrolizumab": rank it as an exact match, discounted.
    resolved.forEach((r, i) => {
      for (const form of r.correctedForms) {
        const corrected = words.map((w, j) => (j === i ? form : (w.joined ?? w.parts.join('')))).join(' ');
        this.exactMatches(corrected, exact, CORRECTION_FACTOR);
      }
    });
    for (const [n, bonus] of exact) {
      scores[n] += bonus;
      if (counts) counts[n] = resolved.length;
    }

    const top = this.topHits(scores, counts, opts);
    const terms: HighlightTerms = {
      latin: [...new Set(resolved.flatMap((r) => r.latin))],
      cjk: resolved.flatMap((r) => (r.cjk ? [r.cjk] : [])),
    };
    return top.map(({ n, score }) => this.hit(n, score, terms));
  }

  /** The best `limit` documents that pass the filters, best first (a bounded insertion sort, not a full sort). */
  private topHits(scores: Float32Array, counts: Int32Array | null, opts: SearchOptions | undefined): Ranked[] {
    const limit = clampLimit(opts?.limit);
    const filters = opts?.filters;
    // Kinds are checked against the registry where filters are parsed (the server); here any kind name is allowed.
    const kinds = facet(filters?.kind, Array.isArray(filters?.kind) ? filters.kind : []);
    const origins = facet(filters?.origin, ORIGINS);
    const timings = facet(filters?.timing, TIMINGS);
    const areas = facet(filters?.area, AREAS);
    const docs = this.docs;
    const before = (a: Ranked, b: Ranked): boolean =>
      a.count !== b.count
        ? a.count > b.count
        : a.score !== b.score
          ? a.score > b.score
          : docs[a.n].title.length !== docs[b.n].title.length
            ? docs[a.n].title.length < docs[b.n].title.length
            : docs[a.n].id < docs[b.n].id;
    const top: Ranked[] = [];
    for (let n = 0; n < scores.length; n++) {
      const score = scores[n];
      if (score <= 0) continue;
      const d = docs[n];
      if (kinds && !kinds.has(d.kind)) continue;
      if (origins && !(d.origin && origins.has(d.origin))) continue;
      if (timings && !(d.timing && timings.has(d.timing))) continue;
      if (areas && !(d.area && areas.has(d.area))) continue;
      const item: Ranked = { n, score, count: counts ? counts[n] : 0 };
      if (top.length === limit && !before(item, top[top.length - 1])) continue;
      let i = top.length === limit ? top.length - 1 : top.length;
      while (i > 0 && before(item, top[i - 1])) {
        top[i] = top[i - 1];
        i--;
      }
      top[i] = item;
    }
    return top;
  }

  private hit(n: number, score: number, terms: HighlightTerms): SearchHit {
    const d = this.docs[n];
    const hit: SearchHit = {
      id: d.id,
      kind: d.kind,
      url: d.url,
      title: d.title,
      titleZh: d.titleZh,
      titleSegments: highlightTerms(d.title, terms),
      snippet: snippetAround(d.summary, terms) ?? snippetStart(d.summary, terms),
      score: Math.round(score * 100) / 100,
    };
    if (d.origin) hit.origin = d.origin;
    if (d.timing) hit.timing = d.timing;
    if (d.area) hit.area = d.area;
    return hit;
  }
}

export interface LoadOptions {
  /** Called if a search fails internally (it then returns []): for logging. Never expected to fire. */
  onError?: (error: unknown, query: string) => void;
}

/**
 * Validates a parsed search-index payload (the JSON from buildSearchIndex) and builds the in-memory
 * engine. Throws SearchIndexError, with a message naming the problem, when `data` is missing, of another
 * version or malformed.
 */
export function loadSearchIndex(data: unknown, options: LoadOptions = {}): SearchEngine {
  const { docs, fields, body } = readIndex(data);
  return new Engine(docs, fields, body, options.onError);
}
