/**
 * Browser and Node: load the serialised index and answer queries.
 *
 * Ranking, from strongest to weakest signal:
 *  1. the whole query equals a title, a Chinese title, an abbreviation in the title's parentheses, an alias
 *     (drugs, trials and gene symbols included) or the id, compared without case, spaces or punctuation;
 *  2. each query word matched as a whole word, else a prefix, in the title/aliases, then the summary, then
 *     headings and body (the best field counts, the others add a tenth);
 *  3. words that match nothing are retried as singular ("inhibitors" → "inhibitor") and then spelling-
 *     corrected against the vocabulary of titles, aliases, summaries and headings (spelling.ts), at a discount.
 * Every query word must match (AND); when no document has them all, documents matching most of them follow.
 */
import type { Id } from 'flexsearch';
import { AREAS, KINDS, ORIGINS, TIMINGS, type Area, type Kind, type Origin, type Timing } from '../content/kinds';
import { SEARCH_INDEX_VERSION } from './build-index';
import type { SearchDoc } from './documents';
import {
  addToFieldIndexes,
  createFieldIndexes,
  FIELD_WEIGHT,
  FIELDS,
  fieldText,
  frequencyOfSlot,
  PREFIX_FACTOR,
  PREFIX_FIELDS,
  type Field,
  type FieldIndexes,
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
  kind?: Kind[];
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
  kind: Kind;
  url: string;
  title: string;
  titleZh: string;
  /** The title with matching words marked. */
  titleSegments: Segment[];
  /** About 180 characters of the summary (or, failing a match there, the body) around the first match. */
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

/** Checks the payload and copies it into fresh objects (nothing from the payload is kept by reference). */
function readIndex(data: unknown): SearchDoc[] {
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
  return docs.map((raw: unknown, i: number): SearchDoc => {
    const at = `docs[${i}]`;
    if (!isRecord(raw)) throw new SearchIndexError(`Search index is corrupt: ${at} should be an object, got ${describe(raw)}`);
    const id = readString(raw, 'id', at);
    if (id === '') throw new SearchIndexError(`Search index is corrupt: ${at}.id is empty`);
    if (ids.has(id)) throw new SearchIndexError(`Search index is corrupt: ${at}.id "${id}" appears twice`);
    ids.add(id);
    const doc: SearchDoc = {
      id,
      kind: readEnum(raw, 'kind', at, KINDS, false)!,
      url: readString(raw, 'url', at),
      title: readString(raw, 'title', at),
      titleZh: readString(raw, 'titleZh', at),
      aliases: readStrings(raw, 'aliases', at),
      summary: readString(raw, 'summary', at),
      headings: readStrings(raw, 'headings', at),
      text: readString(raw, 'text', at),
    };
    const origin = readEnum(raw, 'origin', at, ORIGINS, true);
    const timing = readEnum(raw, 'timing', at, TIMINGS, true);
    const area = readEnum(raw, 'area', at, AREAS, true);
    if (origin) doc.origin = origin;
    if (timing) doc.timing = timing;
    if (area) doc.area = area;
    return doc;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Query input.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The query as searched: a string, cut to MAX_QUERY_LENGTH, without lone surrogates or control characters. */
export function sanitiseQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .replace(LONE_SURROGATE, '')
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

type Scores = Map<number, number>;

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

/** Documents present in every map, scored by the mean of their scores. */
function intersectMean(maps: Scores[]): Scores {
  const out: Scores = new Map();
  if (maps.length === 0 || maps.some((m) => m.size === 0)) return out;
  const sorted = [...maps].sort((a, b) => a.size - b.size);
  const [first, ...rest] = sorted;
  for (const [n, s] of first) {
    let sum = s;
    let all = true;
    for (const m of rest) {
      const v = m.get(n);
      if (v === undefined) {
        all = false;
        break;
      }
      sum += v;
    }
    if (all) out.set(n, sum / maps.length);
  }
  return out;
}

function unionMax(target: Scores, source: Scores, factor = 1): void {
  for (const [n, s] of source) {
    const v = s * factor;
    if ((target.get(n) ?? 0) < v) target.set(n, v);
  }
}

function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  out.push(word.slice(0, -1));
  return out;
}

class Engine implements SearchEngine {
  private readonly indexes: FieldIndexes = createFieldIndexes();
  /** For prefix fields: each document's tokens as " a b c ", to tell a whole-word match from a prefix. */
  private readonly tokensOf = new Map<Field, string[]>();
  private readonly keys = new Map<string, Map<number, number>>();
  /** compactKey of each document's title and Chinese title. */
  private readonly compactTitles: [string, string][] = [];
  private readonly vocabulary: Vocabulary;

  constructor(private readonly docs: SearchDoc[]) {
    const vocab = new Set<string>();
    for (const f of PREFIX_FIELDS) this.tokensOf.set(f, []);
    docs.forEach((doc, n) => {
      addToFieldIndexes(this.indexes, n, doc);
      for (const f of PREFIX_FIELDS) {
        const tokens = indexTokens(fieldText(doc, f));
        this.tokensOf.get(f)!.push(` ${tokens.join(' ')} `);
        for (const t of tokens) vocab.add(t);
      }
      for (const t of indexTokens(doc.summary)) vocab.add(t);
      this.addKeys(doc, n);
      this.compactTitles.push([compactKey(doc.title), compactKey(doc.titleZh)]);
    });
    this.vocabulary = new Vocabulary(vocab);
  }

  get size(): number {
    return this.docs.length;
  }

  private addKeys(doc: SearchDoc, n: number): void {
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
  private exactMatches(query: string): Scores {
    const out: Scores = new Map();
    const key = compactKey(query);
    if (key === '') return out;
    unionMax(out, this.keys.get(key) ?? new Map());
    if (key.length >= 3 && /[a-z]$/.test(key)) {
      unionMax(out, this.keys.get(key + 's') ?? new Map(), PLURAL_FACTOR);
      if (key.endsWith('s')) unionMax(out, this.keys.get(key.slice(0, -1)) ?? new Map(), PLURAL_FACTOR);
    }
    return out;
  }

  /** Per document: the best field's weighted match for `token`, plus a tenth of the other fields'. */
  private tokenScores(token: string, cache: Map<string, Scores>): Scores {
    const cached = cache.get(token);
    if (cached) return cached;
    const best: Scores = new Map();
    const sum: Scores = new Map();
    const needle = ` ${token} `;
    for (const field of FIELDS) {
      // Unresolved: flexsearch's own score slots, without copying them into one list.
      const slots = this.indexes[field].search(token, { resolve: false }).result;
      const tokens = this.tokensOf.get(field);
      const weight = FIELD_WEIGHT[field];
      for (let slot = 0; slot < slots.length; slot++) {
        const ids: Id[] | undefined = slots[slot];
        if (!ids) continue;
        const slotWeight = field === 'text' ? weight * (1 + FREQUENCY_BOOST * Math.log(frequencyOfSlot(slot))) : weight;
        for (const id of ids) {
          if (typeof id !== 'number') continue;
          const s = tokens && !tokens[id].includes(needle) ? slotWeight * PREFIX_FACTOR : slotWeight;
          const b = best.get(id);
          if (b === undefined || s > b) best.set(id, s);
          sum.set(id, (sum.get(id) ?? 0) + s);
        }
      }
    }
    const out: Scores = new Map();
    for (const [n, b] of best) out.set(n, b + OTHER_FIELDS_FACTOR * (sum.get(n)! - b));
    cache.set(token, out);
    return out;
  }

  /** Scores for a word that matches nothing as written: its singular, else its spelling corrections. */
  private alternatives(part: string, cache: Map<string, Scores>, latin: string[], corrections: string[]): Scores {
    const out: Scores = new Map();
    for (const s of singulars(part)) {
      const scores = this.tokenScores(s, cache);
      if (scores.size > 0) {
        unionMax(out, scores, SINGULAR_FACTOR);
        latin.push(s);
        return out;
      }
    }
    for (const s of this.vocabulary.suggest(part)) {
      const scores = this.tokenScores(s, cache);
      if (scores.size > 0) {
        unionMax(out, scores, CORRECTION_FACTOR);
        latin.push(s);
        corrections.push(s);
      }
    }
    return out;
  }

  private resolveWord(w: QueryWord, cache: Map<string, Scores>): ResolvedWord {
    if (w.cjk) {
      const scores = intersectMean(w.parts.map((p) => this.tokenScores(p, cache)));
      return { scores, latin: [], cjk: w.joined, weak: false, correctedForms: [] };
    }
    const latin = [...w.parts];
    const joined = w.joined ? this.tokenScores(w.joined, cache) : new Map<number, number>();
    if (w.joined) latin.push(w.joined);
    const parts = w.parts.map((p) => this.tokenScores(p, cache));
    const correctedForms: string[] = [];
    if (joined.size === 0 && parts.some((m) => m.size === 0)) {
      parts.forEach((m, i) => {
        if (m.size > 0) return;
        const corrections: string[] = [];
        parts[i] = this.alternatives(w.parts[i], cache, latin, corrections);
        for (const c of corrections) correctedForms.push(w.parts.map((p, j) => (j === i ? c : p)).join(''));
      });
    }
    const scores = intersectMean(parts);
    unionMax(scores, joined);
    const weak = w.parts.length === 1 && (w.parts[0].length === 1 || /^[0-9]{1,2}$/.test(w.parts[0]));
    return { scores, latin, cjk: null, weak, correctedForms };
  }

  search(query: string, opts?: SearchOptions): SearchHit[] {
    try {
      return this.run(sanitiseQuery(query), opts);
    } catch {
      // Defence in depth: a search box must never take the page down. Inputs are bounded above, so this
      // is not expected to happen; the fuzz test checks that it does not.
      return [];
    }
  }

  private run(query: string, opts: SearchOptions | undefined): SearchHit[] {
    if (query === '') return [];
    const words = queryWords(query);
    if (words.length === 0) return [];
    const cache = new Map<string, Scores>();
    const resolved = words.map((w) => this.resolveWord(w, cache));

    // AND over words. If nothing has them all, documents that have at least half of them follow, ranked by
    // how many they have ("STK11 foobar" still finds STK11; "<script>alert(1)</script>" finds nothing).
    let candidates = intersectSum(resolved.map((r) => r.scores));
    let counts: Map<number, number> | null = null;
    if (candidates.size === 0 && resolved.length > 1) {
      const all: Scores = new Map();
      counts = new Map();
      for (const r of resolved) {
        // A lone digit or letter ("1" from "alert(1)") matches too much to carry a partial match.
        if (r.weak) continue;
        for (const [n, s] of r.scores) {
          all.set(n, (all.get(n) ?? 0) + s);
          counts.set(n, (counts.get(n) ?? 0) + 1);
        }
      }
      for (const [n, s] of all) if (counts.get(n)! * 2 >= resolved.length) candidates.set(n, s);
    }
    // "微环境" is most of "肿瘤微环境" but a small part of a longer title that also contains it.
    const key = compactKey(query);
    if (key.length >= 2) {
      for (const [n, score] of candidates) {
        let share = 0;
        for (const t of this.compactTitles[n]) if (t.includes(key)) share = Math.max(share, key.length / t.length);
        if (share > 0) candidates.set(n, score + TITLE_CONTAINS_BONUS * share);
      }
    }
    const exact = this.exactMatches(query);
    // "pembrolizumb" is, once corrected, exactly the alias "pembrolizumab": rank it as an exact match, discounted.
    resolved.forEach((r, i) => {
      for (const form of r.correctedForms) {
        const corrected = words.map((w, j) => (j === i ? form : (w.joined ?? w.parts.join('')))).join(' ');
        unionMax(exact, this.exactMatches(corrected), CORRECTION_FACTOR);
      }
    });
    for (const [n, bonus] of exact) {
      candidates.set(n, (candidates.get(n) ?? 0) + bonus);
      counts?.set(n, resolved.length);
    }
    if (candidates.size === 0) return [];

    const filters = opts?.filters;
    const kinds = facet(filters?.kind, KINDS);
    const origins = facet(filters?.origin, ORIGINS);
    const timings = facet(filters?.timing, TIMINGS);
    const areas = facet(filters?.area, AREAS);
    const ranked: { n: number; score: number }[] = [];
    for (const [n, score] of candidates) {
      const d = this.docs[n];
      if (kinds && !kinds.has(d.kind)) continue;
      if (origins && !(d.origin && origins.has(d.origin))) continue;
      if (timings && !(d.timing && timings.has(d.timing))) continue;
      if (areas && !(d.area && areas.has(d.area))) continue;
      ranked.push({ n, score });
    }
    ranked.sort(
      (a, b) =>
        (counts ? counts.get(b.n)! - counts.get(a.n)! : 0) ||
        b.score - a.score ||
        this.docs[a.n].title.length - this.docs[b.n].title.length ||
        (this.docs[a.n].id < this.docs[b.n].id ? -1 : 1),
    );

    const terms: HighlightTerms = {
      latin: [...new Set(resolved.flatMap((r) => r.latin))],
      cjk: resolved.flatMap((r) => (r.cjk ? [r.cjk] : [])),
    };
    return ranked.slice(0, clampLimit(opts?.limit)).map(({ n, score }) => this.hit(n, score, terms));
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
      snippet: snippetAround(d.summary, terms) ?? snippetAround(d.text, terms) ?? snippetStart(d.summary, terms),
      score: Math.round(score * 100) / 100,
    };
    if (d.origin) hit.origin = d.origin;
    if (d.timing) hit.timing = d.timing;
    if (d.area) hit.area = d.area;
    return hit;
  }
}

/** Documents present in every map, scored by the sum of their scores. */
function intersectSum(maps: Scores[]): Scores {
  const mean = intersectMean(maps);
  for (const [n, s] of mean) mean.set(n, s * maps.length);
  return mean;
}

/**
 * Validates a parsed search-index payload (the JSON from buildSearchIndex) and builds the in-memory
 * engine. Throws SearchIndexError, with a message naming the problem, when `data` is missing, of another
 * version or malformed.
 */
export function loadSearchIndex(data: unknown): SearchEngine {
  return new Engine(readIndex(data));
}
