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
import { FIELD_WEIGHT, FIELDS, frequencyOfSlot, PREFIX_FACTOR, type PrefixField } from './fields';
import { documentFilter, type EngineFilters } from './filters';
import type { HighlightTerms } from './highlight';
import {
  blockPath,
  bucketOf,
  facetsOf,
  MANIFEST_FILE,
  readDocBlock,
  readManifest,
  readTermsShard,
  readVocabShard,
  SearchIndexError,
  termsPath,
  vocabPath,
  type DisplayDoc,
  type SearchManifest,
  type TermsShard,
} from './index-payload';
import { clampLimit, sanitiseQuery } from './query-input';
import { toHit, type SearchHit } from './results';
import { countHits, intersectMean, NONE, topHits, unionMax, type Ranked, type Scores } from './scores';
import { ShardStore, type ShardSource } from './shard-store';
import { lengthsConsulted, Vocabulary } from './spelling';
import { compactKey, queryWords, type QueryWord } from './tokenize';

export interface SearchOptions {
  /** Most hits returned: 1–100, default 20. */
  limit?: number;
  /** Within one facet any listed value matches; across facets all must. Empty or absent: no filter. */
  filters?: EngineFilters;
}

/** What find() answers: the hits, or none and a message when the index files could not be read. */
export interface SearchResult {
  hits: SearchHit[];
  /** Null, or why search is unavailable (a missing or corrupt index file, named). */
  error: string | null;
}

export interface SearchEngine {
  /**
   * Hits for `query`, best first, each id at most once, over the index files loaded so far: complete when the
   * source answers synchronously (files in memory), or after find() for the same query. Never throws: any
   * string (empty, very long, markup, emoji, lone surrogates) gives an array, [] when nothing useful matches.
   * Work is bounded: the query is cut to MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words.
   */
  search(query: string, opts?: SearchOptions): SearchHit[];
  /**
   * Fetches the index files `query` needs (a few small shards), then searches. Never rejects: a missing or
   * corrupt file gives no hits and a message naming it; a later call asks for the file again.
   */
  find(query: string, opts?: SearchOptions): Promise<SearchResult>;
  /** Number of documents in the index. */
  readonly size: number;
  /** The language of the index's pages ("zh": /zh URLs, hits lead with the Chinese title). */
  readonly lang: 'en' | 'zh';
  /** Paths of the index files read so far, in order. */
  readonly fetched: readonly string[];
}

/** "MDSC" for the alias "MDSCs" and the reverse. */
const PLURAL_FACTOR = 0.95;
const OTHER_FIELDS_FACTOR = 0.1;
/** A body token found n times counts (1 + FREQUENCY_BOOST × ln n) times as much as one found once. */
const FREQUENCY_BOOST = 0.25;
/** At most this much for a query contained in a title, scaled by the share of the title it covers. */
const TITLE_CONTAINS_BONUS = 50;
const SINGULAR_FACTOR = 0.9;
const CORRECTION_FACTOR = 0.6;
const TOKEN_CACHE_SIZE = 512;
/** find() fetches and searches again at most this many times (each round fetches what the last one lacked). */
const MAX_ROUNDS = 24;

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

/** What ranking and filtering know of every document without fetching it (from the manifest). */
interface DocMeta {
  /** Documents are numbered in id order, so the number breaks ties as the id would. */
  id: number;
  title: { length: number };
  kind: string;
  origin?: DocMetaFacets['origin'];
  timing?: DocMetaFacets['timing'];
  area?: DocMetaFacets['area'];
}
type DocMetaFacets = ReturnType<typeof facetsOf>;

function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  out.push(word.slice(0, -1));
  return out;
}

class Engine implements SearchEngine {
  private readonly meta: DocMeta[];
  private readonly vocabularies = new Map<string, Vocabulary>();
  /** compactKey of each loaded document's title and Chinese title. */
  private readonly compactTitles = new Map<number, [string, string]>();
  /**
   * Scores of tokens whose shards were all here when computed, kept across searches (find() searches again
   * after each round of fetching; typing repeats tokens). Bounded: cleared when it grows past TOKEN_CACHE_SIZE.
   */
  private readonly tokenCache = new Map<string, Scores>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly store: ShardStore,
    private readonly onError: LoadOptions['onError'],
  ) {
    const { docs, kinds } = manifest;
    manifest.display?.forEach((block, k) => store.seed(blockPath(manifest, k), block));
    this.meta = docs.kind.map((k, n) => ({ id: n, title: { length: docs.titleLength[n] }, kind: kinds[k], ...facetsOf(docs, n) }));
  }

  get size(): number {
    return this.manifest.count;
  }

  get lang(): 'en' | 'zh' {
    return this.manifest.lang ?? 'en';
  }

  get fetched(): readonly string[] {
    return this.store.fetched;
  }

  // ── Index files ────────────────────────────────────────────────────────────────────────────────────────

  private terms(token: string): TermsShard | undefined {
    const path = termsPath(this.manifest, bucketOf(token, this.manifest.buckets));
    return this.store.get(path, (raw) => readTermsShard(raw, this.manifest.count, path));
  }

  private doc(n: number): DisplayDoc | undefined {
    const { blockSize, count } = this.manifest;
    const block = Math.floor(n / blockSize);
    const path = blockPath(this.manifest, block);
    const docs = this.store.get(path, (raw) => readDocBlock(raw, Math.min(blockSize, count - block * blockSize), path));
    return docs?.[n - block * blockSize];
  }

  /** The vocabulary suggest(`word`) needs (the word lengths it consults), or undefined while it loads. */
  private vocabulary(word: string): Vocabulary | undefined {
    const lengths = lengthsConsulted(word).filter((n) => this.manifest.vocab.includes(n));
    const cacheKey = lengths.join(',');
    const cached = this.vocabularies.get(cacheKey);
    if (cached) return cached;
    const lists = lengths.map((n) => {
      const path = vocabPath(this.manifest, n);
      return this.store.get(path, (raw) => readVocabShard(raw, n, path));
    });
    if (lists.some((l) => l === undefined)) return undefined;
    const v = new Vocabulary(lists.flatMap((l) => l!));
    this.vocabularies.set(cacheKey, v);
    return v;
  }

  // ── Scoring ────────────────────────────────────────────────────────────────────────────────────────────

  /** Documents whose title/alias/id equals the whole query (ignoring case, spacing and punctuation). */
  private exactMatches(query: string, out: Map<number, number>, factor: number): void {
    const add = (key: string, f: number) => {
      const pairs = this.terms(key)?.keys.get(key);
      if (pairs) for (const [n, w] of pairs) out.set(n, Math.max(out.get(n) ?? 0, w * f));
    };
    const key = compactKey(query);
    if (key === '') return;
    add(key, factor);
    if (key.length >= 3 && /[a-z]$/.test(key)) {
      add(key + 's', factor * PLURAL_FACTOR);
      if (key.endsWith('s')) add(key.slice(0, -1), factor * PLURAL_FACTOR);
    }
  }

  /** Per document: the best field's weighted match for `token`, plus a tenth of the other fields'. */
  private tokenScores(token: string, cache: Map<string, Scores>): Scores {
    const cached = cache.get(token) ?? this.tokenCache.get(token);
    if (cached) return cached;
    const size = this.manifest.count;
    let best: Float32Array | null = null;
    let sum: Float32Array | null = null;
    const add = (ids: readonly number[], s: number) => {
      best ??= new Float32Array(size);
      sum ??= new Float32Array(size);
      for (const id of ids) {
        if (s > best[id]) best[id] = s;
        sum[id] += s;
      }
    };
    const shard = this.terms(token);
    const names = shard?.names;
    const text = shard?.text;
    for (const field of FIELDS) {
      const weight = FIELD_WEIGHT[field];
      if (field === 'summary') {
        const ids = text?.summary.get(token);
        if (ids) add(ids, weight);
      } else if (field === 'text') {
        const slots = text?.text.get(token);
        if (slots) slots.forEach((ids, slot) => ids && add(ids, weight * (1 + FREQUENCY_BOOST * Math.log(frequencyOfSlot(slot)))));
      } else {
        const posting = names?.[field as PrefixField].get(token);
        if (posting) {
          add(posting.whole, weight);
          add(posting.prefix, weight * PREFIX_FACTOR);
        }
      }
    }
    let out = NONE;
    const b = best as Float32Array | null;
    const t = sum as Float32Array | null;
    if (b && t) {
      for (let i = 0; i < size; i++) if (b[i] > 0) b[i] += OTHER_FIELDS_FACTOR * (t[i] - b[i]);
      out = countHits(b);
    }
    cache.set(token, out);
    if (names && text) {
      if (this.tokenCache.size >= TOKEN_CACHE_SIZE) this.tokenCache.clear();
      this.tokenCache.set(token, out);
    }
    return out;
  }

  /** Scores for a word that matches nothing as written: its singular, else its spelling corrections. */
  private alternatives(part: string, cache: Map<string, Scores>, latin: string[], corrections: string[]): Scores {
    const size = this.manifest.count;
    for (const s of singulars(part)) {
      const scores = this.tokenScores(s, cache);
      if (scores.hits > 0) {
        latin.push(s);
        return unionMax(NONE, scores, size, SINGULAR_FACTOR);
      }
    }
    let out = NONE;
    for (const s of this.vocabulary(part)?.suggest(part) ?? []) {
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
    const size = this.manifest.count;
    if (w.cjk) {
      const scores = intersectMean(
        w.parts.map((p) => this.tokenScores(p, cache)),
        size,
      );
      return { scores, latin: [], cjk: w.joined, weak: false, correctedForms: [] };
    }
    const latin = [...w.parts];
    const joined = w.joined ? this.tokenScores(w.joined, cache) : NONE;
    if (w.joined) latin.push(w.joined);
    const parts = w.parts.map((p) => this.tokenScores(p, cache));
    const correctedForms: string[] = [];
    // While shards are on their way, "matches nothing" may only mean "not here yet": correct spelling later.
    if (joined.hits === 0 && parts.some((m) => m.hits === 0) && !this.store.busy) {
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

  /**
   * The "query is most of a title" bonus of document `n` for the compact query `key`, or undefined while its
   * title is being fetched.
   */
  private titleBonus(n: number, key: string): number | undefined {
    let titles = this.compactTitles.get(n);
    if (!titles) {
      const doc = this.doc(n);
      if (!doc) return undefined;
      titles = [compactKey(doc.title), compactKey(doc.titleZh)];
      this.compactTitles.set(n, titles);
    }
    const [en, zh] = titles;
    return TITLE_CONTAINS_BONUS * Math.max(en.includes(key) ? key.length / en.length : 0, zh.includes(key) ? key.length / zh.length : 0);
  }

  /**
   * The largest bonus titleBonus(n, key) can give, from the manifest: a title shorter than the key, or without
   * a run of the key's script as long as the key, cannot contain it. `script` is keyScript(key).
   */
  private titleBonusBound(n: number, key: string, script: 'latin' | 'other' | 'mixed'): number {
    const d = this.manifest.docs;
    const k = key.length;
    const share = (len: number, latinRun: number, otherRun: number) =>
      len >= k && (script === 'latin' ? latinRun >= k : script === 'other' ? otherRun >= k : true) ? k / len : 0;
    return (
      TITLE_CONTAINS_BONUS *
      Math.max(
        share(d.compactTitleLength[n], d.titleLatinRun[n], d.titleOtherRun[n]),
        share(d.compactTitleZhLength[n], d.titleZhLatinRun[n], d.titleZhOtherRun[n]),
      )
    );
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

  async find(query: string, opts?: SearchOptions): Promise<SearchResult> {
    try {
      const q = sanitiseQuery(query);
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const hits = this.run(q, opts);
        if (!this.store.busy) return { hits, error: null };
        await this.store.settle();
      }
      return { hits: [], error: `the search needed more than ${MAX_ROUNDS} rounds of index files` };
    } catch (error) {
      if (!(error instanceof SearchIndexError)) this.onError?.(error, typeof query === 'string' ? query : '');
      return { hits: [], error: error instanceof Error ? error.message : String(error) };
    }
  }

  private run(query: string, opts: SearchOptions | undefined): SearchHit[] {
    if (query === '' || this.manifest.count === 0) return [];
    const words = queryWords(query);
    if (words.length === 0) return [];
    const size = this.manifest.count;
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

    const exact = new Map<number, number>();
    this.exactMatches(query, exact, 1);
    // "pembrolizumb" is, once corrected, exactly the alias "pembrolizumab": rank it as an exact match, discounted.
    resolved.forEach((r, i) => {
      for (const form of r.correctedForms) {
        const corrected = words.map((w, j) => (j === i ? form : (w.joined ?? w.parts.join('')))).join(' ');
        this.exactMatches(corrected, exact, CORRECTION_FACTOR);
      }
    });

    // "微环境" is most of "肿瘤微环境" but a small part of a longer title that also contains it. Only documents
    // whose score says every word is in a title can qualify. The bonus needs the title, which is fetched only
    // for the documents that the bound from the manifest's title lengths could lift into the results.
    const key = compactKey(query);
    const script = /^[a-z0-9]+$/.test(key) ? 'latin' : /[a-z0-9]/.test(key) ? 'mixed' : 'other';
    const titleFloor = PREFIX_FACTOR * FIELD_WEIGHT.title * resolved.length;
    /** Documents whose bonus is not known yet → their score without it (before the exact-match bonus). */
    const open = new Map<number, number>();
    if (key.length >= 2) {
      for (let i = 0; i < size; i++) {
        if (scores[i] < titleFloor) continue;
        const bound = this.titleBonusBound(i, key, script);
        if (bound === 0) continue;
        const bonus = this.compactTitles.has(i) ? this.titleBonus(i, key) : undefined;
        if (bonus === undefined) {
          // Ranked at its bound until decided: the true order of the top hits once none of them is open.
          open.set(i, scores[i]);
          scores[i] += bound;
        } else {
          scores[i] += bonus;
        }
      }
    }
    for (const [n, bonus] of exact) {
      scores[n] += bonus;
      if (counts) counts[n] = resolved.length;
    }

    const limit = clampLimit(opts?.limit);
    const keep = documentFilter(opts?.filters);
    let top: Ranked[];
    for (;;) {
      top = topHits(scores, counts, this.meta, limit, keep);
      const undecided = top.filter((t) => open.has(t.n));
      if (undecided.length === 0) break;
      let progress = false;
      for (const { n } of undecided) {
        const bonus = this.titleBonus(n, key);
        if (bonus === undefined) continue;
        scores[n] = open.get(n)!;
        scores[n] += bonus;
        const e = exact.get(n);
        if (e !== undefined) scores[n] += e;
        open.delete(n);
        progress = true;
      }
      if (!progress) return []; // titles are being fetched: find() searches again once they are here
    }

    const terms: HighlightTerms = {
      latin: [...new Set(resolved.flatMap((r) => r.latin))],
      cjk: resolved.flatMap((r) => (r.cjk ? [r.cjk] : [])),
    };
    const hits: SearchHit[] = [];
    const marked = this.manifest.lang === 'zh' ? 'titleZh' : 'title';
    for (const { n, score } of top) {
      const doc = this.doc(n);
      if (doc) hits.push(toHit({ ...doc, kind: this.meta[n].kind, ...facetsOf(this.manifest.docs, n) }, score, terms, marked));
    }
    return hits;
  }
}

export interface LoadOptions {
  /** Called if a search fails internally (it then returns []): for logging. Never expected to fire. */
  onError?: (error: unknown, query: string) => void;
}

/**
 * Opens the index whose files `source` reads (paths relative to the index folder): reads and checks the
 * manifest, and nothing else until a query needs it. Rejects with SearchIndexError, naming the problem, when
 * the manifest is missing, of another version or malformed.
 */
export async function openSearchIndex(source: ShardSource, options: LoadOptions = {}): Promise<SearchEngine> {
  const store = new ShardStore(source);
  let manifest = store.get(MANIFEST_FILE, readManifest);
  if (manifest === undefined) {
    await store.settle();
    manifest = store.get(MANIFEST_FILE, readManifest)!;
  }
  return new Engine(manifest, store, options.onError);
}

/**
 * The same over a source that answers synchronously (files in memory: the server's search page, tests), so
 * search() is complete at once. Throws SearchIndexError for a bad manifest; a bad shard is reported by find(),
 * and by search() through onError.
 */
export function openSearchIndexSync(source: ShardSource, options: LoadOptions = {}): SearchEngine {
  const store = new ShardStore(source);
  const manifest = store.get(MANIFEST_FILE, readManifest);
  if (manifest === undefined) throw new SearchIndexError('Search index: openSearchIndexSync needs a source that answers synchronously');
  return new Engine(manifest, store, options.onError);
}

/**
 * A synchronous source over files in memory (path → JSON text, as searchIndexFiles gives them). A path that
 * is not there is reported as a missing file.
 */
export function memorySource(files: ReadonlyMap<string, string>): ShardSource {
  return (path) => {
    const text = files.get(path);
    if (text === undefined) throw new SearchIndexError(`Search index file ${path} is missing: rebuild the site so the index is complete`);
    return JSON.parse(text) as unknown;
  };
}
