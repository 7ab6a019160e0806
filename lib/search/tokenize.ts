/**
 * Text normalisation and tokenisation for search, shared by the index (build time and browser) and the query.
 *
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  The index and the query MUST go through these same functions. Changing a rule here changes which tokens
 *  the index holds: bump SEARCH_INDEX_VERSION in index-payload.ts if a serialised index could disagree.
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *
 * The character-level rules (folding, Greek names, the CJK ranges) live in lib/core/text.ts. Rules, in order:
 * - NFKC (full-width Latin and digits become ASCII), lowercase, Latin diacritics stripped (é → e, ß → ss).
 * - Greek letters become their names and a word boundary (TGF-β, TGFβ → tgf-beta; IFN-γ → ifn-gamma).
 * - A Latin word is a run of letters/digits; words joined by hyphens or underscores form a compound
 *   (PD-L1, KEYNOTE-024, NKTR-214). The index holds each part AND the joined compound (pd, l1, pdl1), so
 *   "PD-L1", "PD L1" and "PDL1" all match. A word followed after a plain space by a number or a Greek
 *   letter name is also joined (CheckMate 227 → checkmate227, TGF beta → tgfbeta).
 * - Each run of Chinese (CJK) characters becomes overlapping two-character pairs (肿瘤微环境 → 肿瘤 瘤微 微环 环境);
 *   a one-character run is kept as it is. Mixed text splits at script changes (STK11突变 → stk11 + 突变).
 */

import { CJK_CHAR, CJK_RANGES, foldDiacritics, GREEK_LETTER_NAMES, GREEK_LETTER_RE, GREEK_NAMES } from '../core/text';

const ALNUM = /[\p{L}\p{N}]/u;
const CJK_RUN_G = new RegExp(`[${CJK_RANGES}]+`, 'g');

/** Characters that join the parts of a compound word (hyphens, non-breaking hyphen, figure dash, en dash, minus, underscore). */
export const JOINERS = '-\u2010\u2011\u2012\u2013\u2212_';

/** Longest token kept; longer words are cut (bounds the work a hostile query can cause). */
export const MAX_TOKEN_LENGTH = 40;

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/** The Unicode steps, applied to runs of non-ASCII characters only (ASCII text needs none of them). */
function normaliseRun(run: string): string {
  return foldDiacritics(run)
    .toLowerCase()
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ');
}

/**
 * Normalises text for matching: NFKC, lowercase, Latin diacritics stripped, Greek letters spelt out as
 * hyphen-separated names, zero-width characters removed and bidirectional controls turned into spaces.
 * Punctuation is kept (tokenisation decides what it means). Never throws, whatever the input.
 */
export function normalise(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    // Soft hyphen and zero-width characters sit inside words; bidi controls and the BOM separate them.
    s = s.replace(NON_ASCII_RUN, normaliseRun);
    if (/[α-ωϕ]/.test(s)) {
      s = s.replace(GREEK_LETTER_RE, (ch, offset: number, all: string) => {
        const before = offset > 0 && ALNUM.test(all[offset - 1]) ? '-' : '';
        const next = offset + 1 < all.length ? all[offset + 1] : '';
        // A following Greek letter adds its own leading hyphen (γδ → gamma-delta).
        const after = next !== '' && ALNUM.test(next) && !/[α-ωϕ]/.test(next) ? '-' : '';
        return before + GREEK_LETTER_NAMES[ch] + after;
      });
    }
  }
  if (s.includes("'") || s.includes('\u2019')) s = s.replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2');
  return s;
}

/**
 * Overlapping two-character pairs of a CJK run; a one-character run is returned as it is.
 * 肿瘤微环境 → [肿瘤, 瘤微, 微环, 环境].
 */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length <= 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** One word of normalised text: a Latin compound (its parts) or one CJK run. */
export interface Word {
  /** Latin: the parts of the compound (pd, l1). CJK: the bigrams of the run. */
  parts: string[];
  /** Latin: the parts joined ("pdl1") when there are two or more; CJK: the run itself. */
  joined: string | null;
  cjk: boolean;
  /** Only whitespace separates this word from the previous one (so "checkmate 227" may join). */
  spaceBefore: boolean;
}

// A compound: runs of letters, digits and marks joined by single joiner characters.
const COMPOUND_RE = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${JOINERS}][\\p{L}\\p{N}\\p{M}]+)*`, 'gu');
const JOINER_SPLIT = new RegExp(`[${JOINERS}]`);
const WHITESPACE_ONLY = /^[ \t\n\r\u00a0\u3000]+$/;

function cutToken(t: string): string {
  return t.length > MAX_TOKEN_LENGTH ? t.slice(0, MAX_TOKEN_LENGTH) : t;
}

// ASCII-only text (most of the corpus) takes a simpler and faster pattern.
const ASCII_COMPOUND_RE = /[a-z0-9]+(?:[-_][a-z0-9]+)*/g;
const HAS_JOINER = new RegExp(`[${JOINERS}]`);

function latinWord(compound: string, spaceBefore: boolean): Word {
  if (!HAS_JOINER.test(compound)) {
    return {
      parts: [compound.length > MAX_TOKEN_LENGTH ? compound.slice(0, MAX_TOKEN_LENGTH) : compound],
      joined: null,
      cjk: false,
      spaceBefore,
    };
  }
  const parts = compound
    .split(JOINER_SPLIT)
    .filter((p) => p !== '')
    .map(cutToken);
  return { parts, joined: parts.length > 1 ? cutToken(parts.join('')) : null, cjk: false, spaceBefore };
}

/**
 * Splits already-normalised text into words. `maxWords` bounds the work for queries.
 * Pure; never throws.
 */
export function splitWords(normalised: string, maxWords = Infinity): Word[] {
  const words: Word[] = [];
  const ascii = !NON_ASCII.test(normalised);
  const re = ascii ? ASCII_COMPOUND_RE : COMPOUND_RE;
  let lastEnd = -1;
  re.lastIndex = 0;
  for (let m = re.exec(normalised); m !== null; m = re.exec(normalised)) {
    if (words.length >= maxWords) break;
    const gapLength = m.index - lastEnd;
    const spaceBefore =
      lastEnd >= 0 &&
      (gapLength === 1 && normalised.charCodeAt(lastEnd) === 32 ? true : WHITESPACE_ONLY.test(normalised.slice(lastEnd, m.index)));
    lastEnd = m.index + m[0].length;
    const compound = m[0];
    if (ascii || !CJK_CHAR.test(compound)) {
      words.push(latinWord(compound, spaceBefore));
      continue;
    }
    // Mixed scripts: every CJK run and every Latin stretch becomes its own word.
    let first = true;
    let pos = 0;
    const pushLatin = (stretch: string) => {
      const w = latinWord(stretch, first && spaceBefore);
      if (w.parts.length === 0 || w.parts[0] === '') return;
      words.push(w);
      first = false;
    };
    CJK_RUN_G.lastIndex = 0;
    for (let c = CJK_RUN_G.exec(compound); c !== null; c = CJK_RUN_G.exec(compound)) {
      if (c.index > pos) pushLatin(compound.slice(pos, c.index));
      const run = c[0].length > MAX_TOKEN_LENGTH ? c[0].slice(0, MAX_TOKEN_LENGTH) : c[0];
      words.push({ parts: cjkBigrams(run), joined: run, cjk: true, spaceBefore: first && spaceBefore });
      first = false;
      pos = c.index + c[0].length;
    }
    if (pos < compound.length) pushLatin(compound.slice(pos));
  }
  return words;
}

/** True when a word after a plain space joins onto the previous one: a number, or a Greek letter name. */
function joinsPrevious(prev: Word | undefined, w: Word): boolean {
  if (!w.spaceBefore || !prev || prev.cjk || w.cjk) return false;
  const first = w.parts[0];
  const c = first.charCodeAt(0);
  return (c >= 48 && c <= 57) || (w.parts.length === 1 && GREEK_NAMES.has(first));
}

/** Tokens of one compound for the index: each part, and every run of 2–4 adjacent parts joined (and the whole). */
function compoundTokens(parts: string[], out: string[]): void {
  for (const p of parts) out.push(p);
  const n = parts.length;
  if (n < 2) return;
  for (let size = 2; size <= Math.min(4, n); size++) {
    for (let i = 0; i + size <= n; i++) out.push(cutToken(parts.slice(i, i + size).join('')));
  }
  if (n > 4) out.push(cutToken(parts.join('')));
}

/**
 * The tokens the index stores for a text: Latin parts and joined compounds, CJK bigrams.
 * A single normalised token (as produced here) maps to itself, so the same function serves flexsearch's
 * query-side encoding of one token.
 */
export function indexTokens(text: string): string[] {
  if (/^[a-z0-9]+$/.test(text)) return [text];
  const words = splitWords(normalise(text));
  const out: string[] = [];
  let prev: Word | undefined;
  for (const w of words) {
    if (w.cjk) {
      for (const b of w.parts) out.push(b);
    } else {
      compoundTokens(w.parts, out);
      if (joinsPrevious(prev, w)) out.push(cutToken(prev!.parts[prev!.parts.length - 1] + w.parts[0]));
    }
    prev = w;
  }
  return out;
}

/**
 * Everything except letters and digits removed: the key under which titles, aliases and abbreviations are
 * matched exactly ("PD-L1", "PD L1", "pdl1" → "pdl1"; "STK11 突变" → "stk11突变"; "TGF-β" → "tgfbeta").
 */
export function compactKey(text: string): string {
  return normalise(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** One unit of a query: matched when `joined` matches, or when every part does. */
export interface QueryWord {
  parts: string[];
  joined: string | null;
  cjk: boolean;
}

/** Words dropped from multi-word queries: they add nothing but AND-failures. */
const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'vs',
]);

/** Most words a query may have; the rest are ignored (bounds the work). */
export const MAX_QUERY_WORDS = 12;

/**
 * Splits a query into words. Hyphenated words keep their parts and joined form; a word followed after a
 * space by a number or Greek letter name is merged with it ("checkmate 227" → parts [checkmate, 227],
 * joined checkmate227) so that either spelling in the text matches. Stopwords are dropped unless they are
 * all there is. Duplicates are removed.
 */
export function queryWords(query: string): QueryWord[] {
  const words = splitWords(normalise(query), MAX_QUERY_WORDS * 2);
  const merged: QueryWord[] = [];
  let prev: Word | undefined;
  for (const w of words) {
    if (joinsPrevious(prev, w) && merged.length > 0) {
      const last = merged[merged.length - 1];
      const parts = [...last.parts, ...w.parts];
      merged[merged.length - 1] = { parts, joined: cutToken(parts.join('')), cjk: false };
    } else {
      merged.push({ parts: w.parts, joined: w.joined, cjk: w.cjk });
    }
    prev = w;
  }
  const content = merged.filter((w) => w.cjk || w.parts.length > 1 || !STOPWORDS.has(w.parts[0]));
  const kept = content.length > 0 ? content : merged;
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const w of kept) {
    const key = (w.cjk ? 'c:' : 'l:') + (w.joined ?? w.parts[0]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
    if (out.length >= MAX_QUERY_WORDS) break;
  }
  return out;
}
