import { describe, expect, it } from 'vitest';
import {
  countOf,
  filingCharacter,
  foldDiacritics,
  greekLetter,
  greekName,
  GREEK_LETTER_NAMES,
  GREEK_NAME_LETTERS,
  hasCjk,
  hasHan,
  KEBAB_CASE,
  slug,
  spellGreek,
  type SlugAlphabet,
} from '@/lib/core/text';

describe('foldDiacritics', () => {
  it.each([
    ['Naïve', 'Naive'],
    ['Ångström', 'Angstrom'],
    ['Crème brûlée', 'Creme brulee'],
    // Letters without a decomposition: the variants that only stripped combining marks left these alone.
    ['Straße', 'Strasse'],
    ['Søren', 'Soren'],
    ['Œdema', 'OEdema'],
    ['Łódź', 'Lodz'],
    // Compatibility forms.
    ['ＰＤ－Ｌ１', 'PD-L1'],
    ['x²', 'x2'],
    ['ﬁbrosis', 'fibrosis'],
    ['µg', 'μg'],
    // Other scripts are recomposed, not left as base letter + mark (the NFKD-only variants turned が into か + ゙).
    ['が', 'が'],
    ['한국', '한국'],
    ['肿瘤微环境', '肿瘤微环境'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('keeps case and never throws on lone surrogates', () => {
    expect(foldDiacritics('A\ud800b')).toBe('A\ud800b');
  });
});

describe('Greek letters', () => {
  it.each([
    ['α', 'alpha'],
    ['Β', 'beta'],
    ['γ', 'gamma'],
    ['δ', 'delta'],
    ['κ', 'kappa'],
    ['ο', 'omicron'],
    ['ς', 'sigma'],
    ['ϕ', 'phi'],
    ['ω', 'omega'],
    ['Ω', 'omega'],
    ['b', undefined],
    ['肿', undefined],
  ])('greekName(%s) = %s', (letter, name) => {
    expect(greekName(letter)).toBe(name);
  });

  it.each([
    ['alpha', 'α'],
    ['sigma', 'σ'],
    ['phi', 'φ'],
    ['omicron', 'ο'],
    ['alphabet', undefined],
    ['constructor', undefined],
  ])('greekLetter(%s) = %s', (name, letter) => {
    expect(greekLetter(name)).toBe(letter);
  });

  it('goes both ways for every letter', () => {
    for (const name of Object.values(GREEK_LETTER_NAMES)) expect(greekName(greekLetter(name)!)).toBe(name);
    for (const [name, letter] of Object.entries(GREEK_NAME_LETTERS)) expect(greekName(letter)).toBe(name);
    expect(Object.keys(GREEK_NAME_LETTERS)).toHaveLength(24);
  });

  it.each([
    ['TGFβ', 'TGFbeta'],
    ['IFN-γ', 'IFN-gamma'],
    ['NF-κB', 'NF-kappaB'],
    ['γδ T cells', 'gammadelta T cells'],
    ['no greek', 'no greek'],
  ])('spellGreek(%s) = %s', (input, expected) => {
    expect(spellGreek(input)).toBe(expected);
  });
});

describe('Han and CJK tests', () => {
  it.each([
    ['肿瘤', true, true],
    ['PD-L1 抑制剂', true, true],
    ['豈', true, true], // compatibility ideograph U+F900
    ['䷀', false, false], // Yijing hexagram U+4DC0: inside the old \u3400-\u9fff range, but no Han character
    ['がん', false, true], // kana: written without spaces, but not Chinese
    ['암', false, true], // Hangul
    ['PD-L1', false, false],
    ['', false, false],
  ])('%s: Han %s, CJK %s', (text, han, cjk) => {
    expect(hasHan(text)).toBe(han);
    expect(hasCjk(text)).toBe(cjk);
  });
});

describe('slug', () => {
  const cases: [string, SlugAlphabet, string][] = [
    ['IFN-γ → PD-L1', 'ascii+han', 'ifn-gamma-pd-l1'],
    ['肿瘤微环境', 'ascii+han', '肿瘤微环境'],
    ['TGF-β 信号', 'ascii+han', 'tgf-beta-信号'],
    ['B2M（β2微球蛋白）缺失', 'ascii+han', 'b2m-beta2微球蛋白-缺失'],
    ['β2-microglobulin', 'letters', 'beta2-microglobulin'],
    ['PD-L1 抑制剂', 'letters', 'pd-l1-抑制剂'],
    ['Crème', 'letters', 'creme'],
    ['STK11/LKB1 loss', 'ascii', 'stk11-lkb1-loss'],
    ['  --Weird__Name--  ', 'ascii', 'weird-name'],
    ['TGF-β', 'ascii', 'tgf-beta'], // the id suggester dropped Greek letters ("tgf")
    // Where the variants disagreed: the heading slug spelt only α, β, γ (IFN-δ gave "ifn") and dropped ß and ø.
    ['DNA polymerase δ', 'ascii+han', 'dna-polymerase-delta'],
    ['NF-κB', 'ascii+han', 'nf-kappab'],
    ['Straße', 'ascii+han', 'strasse'],
    ['Søren', 'letters', 'soren'],
  ];
  it.each(cases)('slug(%s, %s) = %s', (text, alphabet, expected) => {
    expect(slug(text, alphabet)).toBe(expected);
  });

  it('returns the fallback when nothing is left', () => {
    expect(slug('???', 'ascii+han', 'section')).toBe('section');
    expect(slug('???', 'letters', 'term')).toBe('term');
    expect(slug('肿瘤', 'ascii')).toBe('');
  });

  it('always gives kebab-case with the ascii alphabet', () => {
    for (const s of ['Ü ber', 'a--b', '_x_', 'TNF-α/β', 'ＰＤ－Ｌ１', 'x\u200by', '\ud800']) {
      const out = slug(s, 'ascii');
      expect(out === '' || KEBAB_CASE.test(out), `${s} → ${out}`).toBe(true);
    }
  });
});

describe('countOf', () => {
  it('puts the noun in the number its count needs', () => {
    expect([
      countOf(0, 'source'),
      countOf(1, 'source'),
      countOf(2, 'source'),
      countOf(1, 'strategy', 'strategies'),
      countOf(3, 'strategy', 'strategies'),
    ]).toEqual(['0 sources', '1 source', '2 sources', '1 strategy', '3 strategies']);
  });
});

describe('filingCharacter', () => {
  it.each([
    ['Skoulidis', 's'],
    ['Ólafsson', 'o'],
    ['β-catenin', 'b'],
    ['「冷」肿瘤', '冷'],
    ['ＴＭＢ', 't'],
    ['(2024) review', '2'],
    ['— …', ''],
  ])('%s is filed under %s', (text, c) => {
    expect(filingCharacter(text)).toBe(c);
  });
});
