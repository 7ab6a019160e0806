/**
 * Ranking arithmetic: per-document score arrays, how the scores of several words merge (AND as a mean, OR as
 * a maximum) and the bounded selection of the best hits. Pure.
 *
 * Scores are dense arrays indexed by document number (0 = no match): with 10,000 documents a common word
 * ("resistance") matches nearly all of them, and typed arrays keep that to a few tens of microseconds where
 * Maps took milliseconds.
 */

/** A score per document (0 = no match). */
export interface Scores {
  s: Float32Array;
  /** Number of documents with a score above 0. */
  hits: number;
}

/** No document matches. */
export const NONE: Scores = { s: new Float32Array(0), hits: 0 };

/** `s` as Scores, counting its matches (NONE when there are none). */
export function countHits(s: Float32Array): Scores {
  let hits = 0;
  for (let i = 0; i < s.length; i++) if (s[i] > 0) hits++;
  return hits === 0 ? NONE : { s, hits };
}

/** Documents matched by every list, scored by the mean of their scores. */
export function intersectMean(list: Scores[], size: number): Scores {
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
export function unionMax(a: Scores, b: Scores, size: number, factor = 1): Scores {
  if (b.hits === 0) return a;
  const out = a.hits === 0 ? new Float32Array(size) : Float32Array.from(a.s);
  for (let i = 0; i < size; i++) {
    const v = b.s[i] * factor;
    if (v > out[i]) out[i] = v;
  }
  return countHits(out);
}

/** One candidate hit. */
export interface Ranked {
  /** Document number. */
  n: number;
  score: number;
  /** Words matched (only when no document matched them all; 0 otherwise). */
  count: number;
}

/**
 * What the final order needs to know of a document: ties go to the shorter title, then the smaller id. The
 * engine passes document numbers as ids (documents are numbered in id order) and only the title's length.
 */
export interface RankedDoc {
  id: string | number;
  title: { readonly length: number };
}

/**
 * The best `limit` documents with a score above 0 that `keep` accepts, best first: more words matched, then a
 * higher score, then a shorter title, then the smaller id (a bounded insertion sort, not a full sort).
 * `counts`, when given, holds the words matched per document.
 */
export function topHits<D extends RankedDoc>(
  scores: Float32Array,
  counts: Int32Array | null,
  docs: readonly D[],
  limit: number,
  keep: (doc: D) => boolean,
): Ranked[] {
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
    if (!keep(docs[n])) continue;
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
