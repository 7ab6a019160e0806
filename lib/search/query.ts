/**
 * The search engine (browser and Node): imports a checked index payload and ranks documents for a query.
 * Its neighbours do the other jobs: query-input.ts bounds the query, index-payload.ts describes and checks the
 * payload, scores.ts merges per-word scores and picks the top hits, filters.ts applies the facets and
 * results.ts shapes each hit.
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
  type Field,
  type FieldIndexes,
  type IndexChunk,
  type StoredField,
} from './field-index';
import { documentFilter, type EngineFilters } from './filters';
import type { HighlightTerms } from './highlight';
import { readSearchIndex } from './index-payload';
import { clampLimit, sanitiseQuery } from './query-input';
import { toHit, type SearchHit } from './results';
import { countHits, intersectMean, NONE, topHits, unionMax, type Scores } from './scores';
import { Vocabulary } from './spelling';
import { compactKey, indexTokens, normalise, queryWords, type QueryWord } from './tokenize';

export interface SearchOptions {
  /** Most hits returned: 1–100, default 20. */
  limit?: number;
  /** Within one facet any listed value matches; across facets all must. Empty or absent: no filter. */
  filters?: EngineFilters;
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

const PREFIX_STORED_FIELDS = PREFIX_FIELDS.filter((f): f is StoredField => f !== 'text');

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

function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  out.push(word.slice(0, -1));
  return out;
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

    const top = topHits(scores, counts, this.docs, clampLimit(opts?.limit), documentFilter(opts?.filters));
    const terms: HighlightTerms = {
      latin: [...new Set(resolved.flatMap((r) => r.latin))],
      cjk: resolved.flatMap((r) => (r.cjk ? [r.cjk] : [])),
    };
    return top.map(({ n, score }) => toHit(this.docs[n], score, terms));
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
  const { docs, fields, body } = readSearchIndex(data);
  return new Engine(docs, fields, body, options.onError);
}
