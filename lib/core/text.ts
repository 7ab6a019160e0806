/**
 * Small text utilities shared by every layer: diacritic folding, Greek letters spelt out and back, the Han/CJK
 * character tests and slugs. Pure, dependency-free and safe on any input (lone surrogates included).
 *
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  Heading anchors, glossary anchors and the search index are all derived through these functions: a change
 *  here can change published URLs (#fragments) and what the search finds. tests/unit/core/text.test.ts locks
 *  the outputs; if a search rule changes, bump SEARCH_INDEX_VERSION in lib/search/index-payload.ts.
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 */

/** Lower-case Greek letters and their English names (final sigma and the symbol phi included). */
export const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  ο: 'omicron',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  ϕ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
};

/** Greek letter names and the letter each stands for (alpha → α; sigma → σ, phi → φ). */
export const GREEK_NAME_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(GREEK_LETTER_NAMES)
    .filter(([letter]) => letter !== 'ς' && letter !== 'ϕ')
    .map(([letter, name]) => [name, letter]),
);

/** The set of Greek letter names (alpha, beta, …). */
export const GREEK_NAMES: ReadonlySet<string> = new Set(Object.values(GREEK_LETTER_NAMES));

/** Every lower-case Greek letter of GREEK_LETTER_NAMES (global: use with replace). */
export const GREEK_LETTER_RE = /[α-ωϕ]/g;
const GREEK_ANY_CASE_RE = /[α-ωϕΑ-Ω]/g;

/** The name of a Greek letter of either case (β, Β → "beta"), or undefined for anything else. */
export function greekName(letter: string): string | undefined {
  const lower = letter.toLowerCase();
  return Object.hasOwn(GREEK_LETTER_NAMES, lower) ? GREEK_LETTER_NAMES[lower] : undefined;
}

/** The Greek letter a name stands for ("beta" → "β"), or undefined when `name` is no letter name. */
export function greekLetter(name: string): string | undefined {
  return Object.hasOwn(GREEK_NAME_LETTERS, name) ? GREEK_NAME_LETTERS[name] : undefined;
}

/** Replaces every Greek letter by its name, in place and without separators (TGFβ → TGFbeta, Ω → omega). */
export function spellGreek(text: string): string {
  return text.replace(GREEK_ANY_CASE_RE, (ch) => greekName(ch) ?? ch);
}

// Latin letters that carry no combining mark, so Unicode decomposition leaves them alone.
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};
const LATIN_LETTERS_RE = /[ßẞæÆœŒøØłŁđĐðÐþÞı]/g;
const COMBINING_MARKS_RE = /[\u0300-\u036f]/g;

/**
 * Folds text to plain letters: compatibility forms become their plain equivalents (full-width ＰＤ → PD,
 * ² → 2, ﬁ → fi, µ → μ), Latin diacritics are dropped (é → e, Å → A) and letters without a decomposition are
 * spelt in ASCII (ß → ss, æ → ae, ø → o, ł → l). Other scripts are kept, recomposed (が stays が).
 * Case is kept. Never throws.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS_RE, '')
    .normalize('NFC')
    .replace(LATIN_LETTERS_RE, (ch) => LATIN_LETTERS[ch]);
}

/** Character-class ranges of Han ideographs: CJK Unified (with extension A) and compatibility ideographs. */
export const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Character-class ranges of the scripts written without spaces: Han, kana and Hangul. */
export const CJK_RANGES = `\\u3040-\\u30ff${HAN_RANGES}\\uac00-\\ud7af`;

/** One Han (Chinese) character. */
export const HAN_CHAR = new RegExp(`[${HAN_RANGES}]`);
/** One character of a script written without spaces (Han, kana, Hangul). */
export const CJK_CHAR = new RegExp(`[${CJK_RANGES}]`);

/** True when `text` has at least one Han (Chinese) character: the test for "written in Chinese". */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/** True when `text` has at least one character of a script written without spaces (Han, kana or Hangul). */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** ASCII kebab-case: lowercase letters and digits in groups joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Which characters a slug keeps; every run of other characters becomes one hyphen. */
export type SlugAlphabet =
  /** a–z and 0–9 only: always kebab-case (ids, file names). */
  | 'ascii'
  /** a–z, 0–9 and Han characters (heading anchors: Chinese headings keep their text). */
  | 'ascii+han'
  /** letters of any script and digits (glossary anchors). */
  | 'letters';

const NOT_KEPT: Record<SlugAlphabet, RegExp> = {
  ascii: /[^a-z0-9]+/g,
  'ascii+han': new RegExp(`[^a-z0-9${HAN_RANGES}]+`, 'g'),
  letters: /[^\p{L}\p{N}]+/gu,
};

/**
 * A URL-fragment- and file-safe slug: diacritics folded, lower case, Greek letters spelt out in place
 * (IFN-γ → ifn-gamma, TGFβ → tgfbeta), every run of characters outside `alphabet` turned into one hyphen,
 * no hyphen at either end. Returns `fallback` (default "") when nothing is left.
 */
export function slug(text: string, alphabet: SlugAlphabet = 'ascii', fallback = ''): string {
  const s = spellGreek(foldDiacritics(text).toLowerCase())
    .replace(NOT_KEPT[alphabet], '-')
    .replace(/^-+|-+$/g, '');
  return s || fallback;
}

/** "1 source", "2 sources": a number with its noun in the right number (`many` defaults to `one` + "s"). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** a–z, the letters an A–Z index files under. */
export const ALPHABET: readonly string[] = 'abcdefghijklmnopqrstuvwxyz'.split('');

/**
 * The character a text is filed under in an A–Z index: its first letter or digit, leading punctuation skipped,
 * Greek spelt out (β-catenin under b), diacritics and width dropped, lower case; '' when it has none. A Chinese
 * text gives its first Han character.
 */
export function filingCharacter(text: string): string {
  return spellGreek(foldDiacritics(text).toLowerCase()).match(/[\p{L}\p{N}]/u)?.[0] ?? '';
}
