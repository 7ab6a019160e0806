import { describe, expect, it } from 'vitest';
import { highlight, type Segment } from '../../../lib/search/highlight';

const hits = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('highlight', () => {
  it.each([
    ['STK11/LKB1 loss and the cold microenvironment', 'lkb1', ['LKB1']],
    ['Programmed death-ligand 1 (PD-L1) on tumour cells', 'pdl1', ['PD-L1']],
    ['Programmed death-ligand 1 (PD-L1) on tumour cells', 'PD-L1', ['PD-L1']],
    ['PDL1 and PD-L1', 'pd l1', ['PD-L1']],
    ['TGF-β signalling and TGFβ1', 'TGF beta', ['TGF-β', 'TGFβ1']],
    ['TGF-β signalling', 'tgfb', ['TGF-β']],
    ['IFN-γ from T cells', 'ifn gamma', ['IFN-γ']],
    ['In CheckMate 227, TMB mattered', 'checkmate227', ['CheckMate', '227']],
    ['Pembrolizumab in KEYNOTE-024', 'keynote 024', ['KEYNOTE-024']],
    ['Pembrolizumab improved survival', 'pembro', ['Pembrolizumab']],
    ['pseudoprogression is rare', 'ps', []],
    ['T cells and the tumour', 't', ['T']],
    ['肿瘤微环境中的免疫抑制细胞', '微环境', ['微环境']],
    ['肿瘤的微小环境', '微环境', ['环境']],
    ['携带 STK11 突变的肿瘤', 'STK11 突变', ['STK11', '突变']],
    ['STK11突变', 'stk11', ['STK11']],
    ['naïve T cells', 'naive', ['naïve']],
  ])('%s | %s', (text, query, expected) => {
    const segments = highlight(text, query);
    expect(hits(segments)).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('returns markup in the query or the text as literal text', () => {
    expect(highlight('<script>alert(1)</script> & PD-L1', '<script>')).toEqual([
      { text: '<', hit: false },
      { text: 'script', hit: true },
      { text: '>alert(1)</', hit: false },
      { text: 'script', hit: true },
      { text: '> & PD-L1', hit: false },
    ]);
    expect(highlight('a <b onmouseover="x">bold</b> claim', 'bold')).toEqual([
      { text: 'a <b onmouseover="x">', hit: false },
      { text: 'bold', hit: true },
      { text: '</b> claim', hit: false },
    ]);
  });

  it('returns the whole text unmarked when nothing matches', () => {
    expect(highlight('Tumour mutational burden', '')).toEqual([{ text: 'Tumour mutational burden', hit: false }]);
    expect(highlight('Tumour mutational burden', '.*')).toEqual([{ text: 'Tumour mutational burden', hit: false }]);
  });

  it('keeps surrogate pairs whole', () => {
    expect(highlight('😀 TMB 😀', 'tmb')).toEqual([
      { text: '😀 ', hit: false },
      { text: 'TMB', hit: true },
      { text: ' 😀', hit: false },
    ]);
  });
});
