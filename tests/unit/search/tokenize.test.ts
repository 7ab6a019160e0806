import { describe, expect, it } from 'vitest';
import { cjkBigrams, compactKey, indexTokens, normalise, queryWords } from '../../../lib/search/tokenize';

describe('normalise', () => {
  it.each([
    ['TGF-β', 'tgf-beta'],
    ['TGFβ1', 'tgf-beta-1'],
    ['IFN-γ', 'ifn-gamma'],
    ['NF-κB', 'nf-kappa-b'],
    ['TNF-α', 'tnf-alpha'],
    ['γδ T cells', 'gamma-delta t cells'],
    ['Naïve CD8⁺ cells', 'naive cd8+ cells'],
    ['ＰＤ－Ｌ１', 'pd-l1'],
    ['Straße', 'strasse'],
    ['Crohn’s', 'crohns'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['a\u202eb', 'a b'],
    ['肿瘤微环境', '肿瘤微环境'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('does not throw on lone surrogates', () => {
    expect(normalise('a\ud800b\udc00')).toBe('a\ud800b\udc00');
  });
});

describe('compactKey', () => {
  it.each([
    ['PD-L1', 'pdl1'],
    ['PD L1', 'pdl1'],
    ['pdl1', 'pdl1'],
    ['TGF-β', 'tgfbeta'],
    ['TGF beta', 'tgfbeta'],
    ['KEYNOTE-024', 'keynote024'],
    ['CheckMate 227', 'checkmate227'],
    ['STK11 突变', 'stk11突变'],
    ['<script>', 'script'],
  ])('%s → %s', (input, expected) => {
    expect(compactKey(input)).toBe(expected);
  });
});

describe('cjkBigrams', () => {
  it.each([
    ['肿瘤微环境', ['肿瘤', '瘤微', '微环', '环境']],
    ['微环境', ['微环', '环境']],
    ['瘤', ['瘤']],
  ])('%s', (run, expected) => {
    expect(cjkBigrams(run)).toEqual(expected);
  });
});

describe('indexTokens', () => {
  it.each([
    ['TGF-β', ['tgf', 'beta', 'tgfbeta']],
    ['KEYNOTE-024', ['keynote', '024', 'keynote024']],
    ['CheckMate 227', ['checkmate', '227', 'checkmate227']],
    ['interferon gamma', ['interferon', 'gamma', 'interferongamma']],
    ['NKTR-214', ['nktr', '214', 'nktr214']],
    ['N-803', ['n', '803', 'n803']],
    ['PD-1/PD-L1', ['pd', '1', 'pd1', 'pd', 'l1', 'pdl1']],
    ['肿瘤微环境', ['肿瘤', '瘤微', '微环', '环境']],
    ['STK11突变', ['stk11', '突变']],
    ['调节性T细胞', ['调节', '节性', 't', '细胞']],
    ['a | 2', ['a', '2']],
  ])('%s', (text, expected) => {
    expect(indexTokens(text)).toEqual(expected);
  });

  it('maps a single token to itself (flexsearch re-encodes query tokens)', () => {
    for (const t of ['pdl1', 'tgfbeta', 'keynote024', '024', '微环', '瘤', 'l1']) expect(indexTokens(t)).toEqual([t]);
  });
});

describe('queryWords', () => {
  it.each([
    ['PD-L1', [{ parts: ['pd', 'l1'], joined: 'pdl1', cjk: false }]],
    ['PDL1', [{ parts: ['pdl1'], joined: null, cjk: false }]],
    ['TGF beta', [{ parts: ['tgf', 'beta'], joined: 'tgfbeta', cjk: false }]],
    ['keynote 024', [{ parts: ['keynote', '024'], joined: 'keynote024', cjk: false }]],
    ['微环境', [{ parts: ['微环', '环境'], joined: '微环境', cjk: true }]],
    [
      'STK11 突变',
      [
        { parts: ['stk11'], joined: null, cjk: false },
        { parts: ['突变'], joined: '突变', cjk: true },
      ],
    ],
    [
      'the role of TMB',
      [
        { parts: ['role'], joined: null, cjk: false },
        { parts: ['tmb'], joined: null, cjk: false },
      ],
    ],
    ['the', [{ parts: ['the'], joined: null, cjk: false }]],
    ['tmb TMB', [{ parts: ['tmb'], joined: null, cjk: false }]],
    ['<script>', [{ parts: ['script'], joined: null, cjk: false }]],
    ['😀 \u202e', []],
  ])('%s', (query, expected) => {
    expect(queryWords(query)).toEqual(expected);
  });

  it('caps the number of words', () => {
    const words = queryWords(Array.from({ length: 50 }, (_, i) => `word${i}x`).join(' '));
    expect(words.map((w) => w.parts[0]).at(-1)).toBe('word11x');
  });

  it('cuts very long words', () => {
    expect(queryWords('a'.repeat(500))).toEqual([{ parts: ['a'.repeat(40)], joined: null, cjk: false }]);
  });
});
