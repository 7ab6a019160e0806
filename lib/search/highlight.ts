/**
 * Highlighting as plain-text segments. The UI renders each segment as React text (a hit inside <mark>),
 * so no string here is ever treated as HTML: `<script>` in a query or a text comes back as literal text.
 */
import { greekLetter, hasCjk } from '../core/text';
import { JOINERS, normalise, queryWords, cjkBigrams } from './tokenize';

export interface Segment {
  text: string;
  hit: boolean;
}

/** What to highlight: normalised Latin tokens (matched as words or word prefixes) and CJK runs. */
export interface HighlightTerms {
  latin: string[];
  cjk: string[];
}

/** Latin tokens shorter than this are highlighted only where a whole word equals them. */
const MIN_PREFIX_HIGHLIGHT = 3;

/** The highlight terms of a query: its Latin parts and joined compounds, and its CJK runs. */
export function termsOfQuery(query: string): HighlightTerms {
  const latin = new Set<string>();
  const cjk = new Set<string>();
  for (const w of queryWords(query)) {
    if (w.cjk) {
      if (w.joined) cjk.add(w.joined);
    } else {
      for (const p of w.parts) latin.add(p);
      if (w.joined) latin.add(w.joined);
    }
  }
  return { latin: [...latin], cjk: [...cjk] };
}

type Range = [start: number, end: number];

// In the original text: compounds of letters/digits/marks joined by hyphens (full-width hyphen included).
const COMPOUND_RE = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${JOINERS}\\uff0d][\\p{L}\\p{N}\\p{M}]+)*`, 'gu');
const PART_RE = new RegExp(`[^${JOINERS}\\uff0d]+`, 'gu');
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const NON_ALNUM = /[^\p{L}\p{N}]+/u;

/** Normalised sub-words of one original word part ("TGFβ" → [tgf, beta]). */
function normalisedPieces(part: string): string[] {
  if (ASCII_WORD.test(part)) return [part.toLowerCase()];
  return normalise(part)
    .split(NON_ALNUM)
    .filter((p) => p !== '');
}

function matchesToken(piece: string, terms: readonly string[]): boolean {
  for (const t of terms) {
    if (piece === t || (t.length >= MIN_PREFIX_HIGHLIGHT && piece.startsWith(t))) return true;
  }
  return false;
}

/**
 * Ranges of `text` matching `terms`, scanning compound words from `from`; with `maxWords`, only that many
 * words are looked at (to verify a candidate position).
 */
function latinRanges(text: string, terms: readonly string[], firstOnly: boolean, from = 0, maxWords = Infinity): Range[] {
  const out: Range[] = [];
  if (terms.length === 0) return out;
  let prevCompact = '';
  let prevRange: Range | null = null;
  let prevEnd = -1;
  let seen = 0;
  COMPOUND_RE.lastIndex = from;
  for (let m = COMPOUND_RE.exec(text); m !== null && seen++ < maxWords; m = COMPOUND_RE.exec(text)) {
    const start = m.index;
    const word = m[0];
    if (hasCjk(word)) {
      // CJK is handled by cjkRanges; Latin stretches inside the run are matched piece by piece.
      prevCompact = '';
      prevRange = null;
      const latinStretch = /[A-Za-z0-9]+/g;
      for (let l = latinStretch.exec(word); l !== null; l = latinStretch.exec(word)) {
        if (matchesToken(l[0].toLowerCase(), terms)) {
          out.push([start + l.index, start + l.index + l[0].length]);
          if (firstOnly) return out;
        }
      }
      prevEnd = start + word.length;
      continue;
    }
    let compact = '';
    let firstPiece = '';
    const before = out.length;
    PART_RE.lastIndex = 0;
    for (let p = PART_RE.exec(word); p !== null; p = PART_RE.exec(word)) {
      const pieces = normalisedPieces(p[0]);
      if (firstPiece === '' && pieces.length > 0) firstPiece = pieces[0];
      compact += pieces.join('');
      if (pieces.some((piece) => matchesToken(piece, terms)) || (pieces.length > 1 && matchesToken(pieces.join(''), terms))) {
        const r: Range = [start + p.index, start + p.index + p[0].length];
        // Neighbouring matched parts light up with the hyphen between them (KEYNOTE-024, not KEYNOTE 024).
        const last = out.length > before ? out[out.length - 1] : null;
        if (last && r[0] - last[1] === 1) last[1] = r[1];
        else out.push(r);
      }
    }
    const range: Range = [start, start + word.length];
    if (out.length === before && compact !== '' && matchesToken(compact, terms)) out.push(range);
    // "CheckMate 227" written with a space still lights up for the query "checkmate227".
    const spaced = prevRange !== null && /^\s+$/.test(text.slice(prevEnd, start));
    if (spaced && out.length === before && terms.includes(prevCompact + firstPiece)) out.push(prevRange!, range);
    if (firstOnly && out.length > 0) return out;
    prevCompact = compact;
    prevRange = range;
    prevEnd = start + word.length;
  }
  return out;
}

function cjkRanges(text: string, runs: readonly string[]): Range[] {
  const out: Range[] = [];
  if (runs.length === 0 || !hasCjk(text)) return out;
  for (const run of runs) {
    const needles = text.includes(run) ? [run] : cjkBigrams(run);
    for (const needle of needles) {
      if (needle === '') continue;
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push([i, i + needle.length]);
    }
  }
  return out;
}

function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function toSegments(text: string, ranges: Range[]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), hit: false });
  return out;
}

/** Segments of `text` with the words matching `terms` marked. The segments concatenate to `text`. */
export function highlightTerms(text: string, terms: HighlightTerms): Segment[] {
  const ranges = mergeRanges([...latinRanges(text, terms.latin, false), ...cjkRanges(text, terms.cjk)]);
  return toSegments(text, ranges);
}

/**
 * Segments of `text` with the words matching `query` marked (whole words, word prefixes of three letters or
 * more, compounds written with or without hyphens, Greek letters either way, CJK substrings).
 * The segments always concatenate back to `text`. Never throws.
 */
export function highlight(text: string, query: string): Segment[] {
  if (typeof text !== 'string') return [];
  if (typeof query !== 'string') return [{ text, hit: false }];
  return highlightTerms(text, termsOfQuery(query.slice(0, 200)));
}

const prefilters = new WeakMap<readonly string[], RegExp | null>();

/**
 * A case-insensitive regex for the places in a text where a match can start: every ASCII term, its letters
 * optionally separated by a hyphen or space (so "pdl1" finds "PD-L1"), and the Greek letter of a letter name.
 * Scanning a long body word by word is the slow part of a search; a native regex jumps from candidate to
 * candidate. Null when some term is not plain ASCII (then every word is scanned).
 */
function prefilter(terms: readonly string[]): RegExp | null {
  const cached = prefilters.get(terms);
  if (cached !== undefined) return cached;
  let re: RegExp | null = null;
  if (terms.length > 0 && terms.every((t) => /^[a-z0-9]+$/.test(t))) {
    const gap = `[${JOINERS} ]?`;
    const alternatives = terms.flatMap((t) => {
      const spelt = Array.from(t).join(gap);
      const letter = greekLetter(t);
      return letter ? [spelt, letter] : [spelt];
    });
    re = new RegExp(alternatives.join('|'), 'giu');
  }
  prefilters.set(terms, re);
  return re;
}

/** Position of the first highlightable match in `text`, or -1. Stops scanning at the first Latin hit. */
export function firstHit(text: string, terms: HighlightTerms): number {
  let best = -1;
  const re = prefilter(terms.latin);
  if (re) {
    // Verify each candidate: its word and the next (the word before it, for "checkmate 227", is included).
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, text.lastIndexOf(' ', m.index) - 1)) + 1);
      const found = latinRanges(text, terms.latin, true, start, 3);
      if (found.length > 0) {
        best = found[0][0];
        break;
      }
      re.lastIndex = Math.max(re.lastIndex, m.index + 1);
    }
  } else {
    const found = latinRanges(text, terms.latin, true);
    if (found.length > 0) best = found[0][0];
  }
  for (const r of cjkRanges(text, terms.cjk)) if (best === -1 || r[0] < best) best = r[0];
  return best;
}

const ELLIPSIS = '…';

/**
 * A window of about `length` characters of `text` around its first match, as segments, with "…" at a cut
 * end. Returns null when nothing in `text` matches.
 */
export function snippetAround(text: string, terms: HighlightTerms, length = 180): Segment[] | null {
  const at = firstHit(text, terms);
  if (at === -1) return null;
  return window(text, at, terms, length);
}

/** The start of `text` (about `length` characters) as segments, highlighted where it matches. */
export function snippetStart(text: string, terms: HighlightTerms, length = 180): Segment[] {
  return window(text, 0, terms, length);
}

function window(text: string, at: number, terms: HighlightTerms, length: number): Segment[] {
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  // Cut at spaces where there are any nearby (CJK text has none: cut anywhere).
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    if (sp !== -1 && sp < at && sp - start < 20) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > at && end - sp < 20) end = sp;
  }
  // Never split a surrogate pair.
  if (start > 0 && /[\udc00-\udfff]/.test(text[start])) start--;
  if (end < text.length && /[\udc00-\udfff]/.test(text[end])) end++;
  const segments = highlightTerms(text.slice(start, end), terms);
  if (start > 0) {
    if (segments[0].hit) segments.unshift({ text: ELLIPSIS, hit: false });
    else segments[0] = { text: ELLIPSIS + segments[0].text, hit: false };
  }
  if (end < text.length) {
    const last = segments[segments.length - 1];
    if (last.hit) segments.push({ text: ELLIPSIS, hit: false });
    else segments[segments.length - 1] = { text: last.text + ELLIPSIS, hit: false };
  }
  return segments;
}
