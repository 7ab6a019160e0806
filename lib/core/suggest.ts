/**
 * "Did you mean": one edit distance for every close-miss hint (content checks, the MDX allowlist, search
 * spelling correction).
 */
import { foldDiacritics } from './text';

// Reused rows, grown on demand: the distance runs in tight loops (spelling correction over a vocabulary).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance between `a` and `b` (Damerau–Levenshtein without repeated edits of one
 * substring): an insertion, a deletion, a substitution or a swap of two neighbours each cost one edit.
 * With `max`, returns `max + 1` as soon as the distance must exceed `max` (the bounded form is much faster).
 * Compares UTF-16 code units, case-sensitively.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 1 > rows[0].length) rows = [0, 1, 2].map(() => new Int32Array(2 * (lb + 1)));
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb], max + 1);
}

/** How many edits a "did you mean" allows for a word of `length` characters: 2, or a third of a long word. */
export function typoBudget(length: number): number {
  return Math.max(2, Math.floor(length / 3));
}

/** The form two spellings are compared in: lower case, diacritics folded, `_` and spaces read as hyphens. */
function comparable(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The candidate closest to `word`, when it is a plausible typo of it (at most typoBudget(word.length) edits
 * apart after folding case, diacritics and `_`/space-for-hyphen); otherwise undefined. Ties go to the first
 * candidate in iteration order. `candidates` is iterated once.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = comparable(word);
  const limit = typoBudget(word.length);
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    const d = editDistance(w, comparable(c), bestD - 1);
    if (d < bestD) {
      best = c;
      bestD = d;
      if (d === 0) break;
    }
  }
  return best;
}
