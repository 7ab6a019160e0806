/**
 * Spelling correction for query words that match nothing: nearest words of the index vocabulary by
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours is one edit; lib/core/suggest.ts).
 *
 * Only letter-only words of at least MIN_CORRECTABLE letters are corrected. Abbreviations and gene symbols
 * (TMB, TNF, CD8, IL6, KRAS) are never "corrected" into one another: at three or four letters one edit
 * turns almost any abbreviation into another, and a wrong page is worse than no page.
 *
 * False positives, measured on the real corpus (vocabulary of 1,264 title/alias/summary/heading words) with
 * ~190 oncology abbreviations, genes, drugs and disease words that are not in it: allowing two edits from
 * seven letters turned "statins" into "status"; from eight letters on (TWO_EDITS_FROM) nothing was
 * mis-corrected, and only true misspellings ("resistence", "responce") were changed.
 */

import { editDistance } from '../core/suggest';

/** Shortest word that may be corrected. */
export const MIN_CORRECTABLE = 5;
/** Words this long or longer may be two edits away; shorter ones one edit. */
export const TWO_EDITS_FROM = 8;
/** Longest word considered (bounds the work a hostile query can cause). */
export const MAX_CORRECTABLE = 30;
/** Most suggestions returned for one word. */
const MAX_SUGGESTIONS = 4;

/** True for a word the vocabulary keeps (letter-only, MIN_CORRECTABLE - 2 to MAX_CORRECTABLE + 2 letters). */
export function isVocabularyWord(w: string): boolean {
  return w.length >= MIN_CORRECTABLE - 2 && w.length <= MAX_CORRECTABLE + 2 && /^[a-z]+$/.test(w);
}

/** Word lengths whose vocabulary suggest(`word`) reads: those within allowedEdits(word) of its own; [] when none. */
export function lengthsConsulted(word: string): number[] {
  const max = allowedEdits(word);
  if (max === 0) return [];
  const out: number[] = [];
  for (let len = word.length - max; len <= word.length + max; len++) out.push(len);
  return out;
}

/** Edits allowed for `word`: 0 when it must not be corrected. */
export function allowedEdits(word: string): number {
  if (word.length < MIN_CORRECTABLE || word.length > MAX_CORRECTABLE || !/^[a-z]+$/.test(word)) return 0;
  return word.length >= TWO_EDITS_FROM ? 2 : 1;
}

/** Bit set of the letters a–z in `w`. */
function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) - 97);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The vocabulary of correctable words, bucketed by length. */
export class Vocabulary {
  private readonly byLength = new Map<number, { words: string[]; masks: number[] }>();
  private readonly known = new Set<string>();

  /** `words`: any tokens; only letter-only words of MIN_CORRECTABLE - 2 letters or more are kept. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (this.known.has(w) || !isVocabularyWord(w)) continue;
      this.known.add(w);
      let bucket = this.byLength.get(w.length);
      if (!bucket) this.byLength.set(w.length, (bucket = { words: [], masks: [] }));
      bucket.words.push(w);
      bucket.masks.push(letterMask(w));
    }
  }

  get size(): number {
    return this.known.size;
  }

  /**
   * The closest vocabulary words to `word` (all at the smallest distance found, at most a few), or [] when
   * `word` may not be corrected or nothing is close enough. A word that is itself in the vocabulary is
   * returned alone.
   */
  suggest(word: string): string[] {
    const max = allowedEdits(word);
    if (max === 0) return [];
    if (this.known.has(word)) return [word];
    const mask = letterMask(word);
    let best = max + 1;
    let found: string[] = [];
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.byLength.get(len);
      if (!bucket) continue;
      const { words, masks } = bucket;
      for (let i = 0; i < words.length; i++) {
        // Each edit changes at most two letters of the letter set: a cheap filter before the real distance.
        if (popcount(mask ^ masks[i]) > 2 * Math.min(best, max)) continue;
        const d = editDistance(word, words[i], Math.min(best, max));
        if (d < best) {
          best = d;
          found = [words[i]];
        } else if (d === best && d <= max && found.length < MAX_SUGGESTIONS) {
          found.push(words[i]);
        }
      }
    }
    return best <= max ? found.sort() : [];
  }
}
