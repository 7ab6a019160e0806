import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndexFiles } from '../../../lib/search/build-index';
import { memorySource, openSearchIndexSync } from '../../../lib/search/query';
import type { SearchHit } from '../../../lib/search/results';
import { makeSearchDocs } from '../../helpers/make-search-docs';

// Through JSON files, as the browser gets them.
const engine = openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex(makeSearchDocs()))));
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
const first = (query: string) => engine.search(query)[0]?.id;

describe('first result per query class', () => {
  it.each([
    // Exact abbreviation, gene symbol or alias.
    ['TMB', 'tmb'],
    ['tmb', 'tmb'],
    ['MDSC', 'mdscs'],
    ['MDSCs', 'mdscs'],
    ['CD274', 'pd-l1'],
    ['HAVCR2', 'tim-3'],
    ['TNF', 'tnf-alpha'],
    ['irAE', 'irae-management'],
    ['V940', 'mrna-cancer-vaccines'],
    ['Treg', 'regulatory-t-cells'],
    ['tregs', 'regulatory-t-cells'],
    ['TME', 'tumour-microenvironment'],
    // Greek letters spelt either way.
    ['TGF-β', 'tgf-beta'],
    ['TGF-beta', 'tgf-beta'],
    ['TGF beta', 'tgf-beta'],
    ['TGFβ', 'tgf-beta'],
    ['tgfb', 'tgf-beta'],
    ['IFN-γ', 'interferon-gamma'],
    ['interferon gamma', 'interferon-gamma'],
    ['IFN gamma', 'interferon-gamma'],
    // Hyphen and space variants of names, trials and drug codes.
    ['KEYNOTE-024', 'pd-1-pd-l1-inhibitors'],
    ['keynote 024', 'pd-1-pd-l1-inhibitors'],
    ['keynote024', 'pd-1-pd-l1-inhibitors'],
    ['CheckMate 227', 'pd-1-ctla-4-combination'],
    ['checkmate-227', 'pd-1-ctla-4-combination'],
    ['checkmate227', 'pd-1-ctla-4-combination'],
    ['NKTR-214', 'engineered-cytokines'],
    ['nktr214', 'engineered-cytokines'],
    ['N-803', 'engineered-cytokines'],
    ['n803', 'engineered-cytokines'],
    ['bempegaldesleukin', 'engineered-cytokines'],
    ['PD-L1', 'pd-l1'],
    ['PDL1', 'pd-l1'],
    ['pd l1', 'pd-l1'],
    ['pembrolizumab', 'pd-1-pd-l1-inhibitors'],
    ['ipilimumab', 'pd-1-ctla-4-combination'],
    ['TIM-3', 'tim-3'],
    ['tim3', 'tim-3'],
    // Titles, words and prefixes.
    ['pseudoprogression', 'pseudoprogression'],
    ['pseudoprog', 'pseudoprogression'],
    ['pembro', 'pd-1-pd-l1-inhibitors'],
    ['T-cell exhaustion', 't-cell-exhaustion'],
    ['t cell exhaustion', 't-cell-exhaustion'],
    ['exhausted', 't-cell-exhaustion'],
    ['tumour microenvironment', 'tumour-microenvironment'],
    ['tumor microenvironment', 'tumour-microenvironment'],
    ['antibody drug conjugates', 'antibody-drug-conjugates'],
    ['regulatory T cells', 'regulatory-t-cells'],
    ['managing adverse events', 'irae-management'],
    // Chinese, and mixed Chinese and English.
    ['肿瘤微环境', 'tumour-microenvironment'],
    ['微环境', 'tumour-microenvironment'],
    ['假进展', 'pseudoprogression'],
    ['调节性T细胞', 'regulatory-t-cells'],
    ['抗体偶联药物', 'antibody-drug-conjugates'],
    ['偶联', 'antibody-drug-conjugates'],
    ['STK11 突变', 'stk11-lkb1-loss'],
    ['T细胞耗竭', 't-cell-exhaustion'],
    // Typos of one or two letters in long words.
    ['pembrolizumb', 'pd-1-pd-l1-inhibitors'],
    ['pembrolizmuab', 'pd-1-pd-l1-inhibitors'],
    ['pseudoprogresion', 'pseudoprogression'],
    ['pseudoprogressoin', 'pseudoprogression'],
    ['ipilimumb', 'pd-1-ctla-4-combination'],
    ['bempegaldesleukn', 'engineered-cytokines'],
    ['exhuastion', 't-cell-exhaustion'],
    ['microenviroment', 'tumour-microenvironment'],
  ])('%s → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it.each([
    ['LKB1', ['stk11', 'stk11-lkb1-loss']],
    ['STK11', ['stk11', 'stk11-lkb1-loss']],
  ])('%s → one of %j', (query, expected) => {
    expect(expected).toContain(first(query));
  });
});

describe('ranking', () => {
  it('puts the exact alias above pages that only mention the term', () => {
    expect(ids(engine.search('HAVCR2'))).toEqual(['tim-3', 'tim-3-inhibitors']);
  });

  it('ranks a title match above a summary match above a body match', () => {
    const hits = ids(engine.search('pembrolizumab'));
    expect(hits[0]).toBe('pd-1-pd-l1-inhibitors'); // alias
    expect(hits.indexOf('pd-l1')).toBeLessThan(hits.indexOf('engineered-cytokines')); // summary vs body
  });

  it('needs every word (AND) when some page has them all', () => {
    expect(ids(engine.search('STK11 nivolumab'))).toEqual(['stk11-lkb1-loss']);
  });

  it('falls back to pages with most of the words when none has all', () => {
    expect(ids(engine.search('pseudoprogression zebrafish'))).toEqual(['pseudoprogression']);
  });

  it('does not "correct" short abbreviations into other ones', () => {
    expect(ids(engine.search('TMX'))).toEqual([]);
    expect(ids(engine.search('TNB'))).toEqual([]);
    expect(ids(engine.search('EGFR'))).toEqual([]);
    expect(first('TMB')).toBe('tmb');
    expect(first('TNF')).toBe('tnf-alpha');
  });

  it('returns each page once', () => {
    const hits = ids(engine.search('PD-L1 PD-L1 pdl1 PD L1', { limit: 100 }));
    expect(new Set(hits).size).toBe(hits.length);
  });

  it('honours the limit', () => {
    expect(ids(engine.search('T cells', { limit: 2 }))).toEqual(ids(engine.search('T cells')).slice(0, 2));
  });
});

describe('filters', () => {
  it.each([
    [{ kind: ['strategy' as const] }, 'nivolumab', ['pd-1-pd-l1-inhibitors', 'pd-1-ctla-4-combination']],
    [{ kind: ['biomarker' as const, 'mechanism' as const] }, 'LKB1', ['stk11-lkb1-loss', 'stk11']],
    [{ origin: ['extrinsic' as const] }, 'MDSC', ['suppressive-cell-infiltration']],
    [{ timing: ['acquired' as const] }, 'interferon', ['jak1-jak2-loss']],
    [{ area: ['tumour-microenvironment' as const] }, '肿瘤微环境', ['tumour-microenvironment']],
    [{ origin: ['intrinsic' as const], timing: ['primary' as const] }, 'STK11', ['stk11-lkb1-loss']],
    [{ kind: ['concept' as const] }, 'KEYNOTE-024', []],
  ])('%j %s', (filters, query, expected) => {
    expect(ids(engine.search(query, { filters })).sort()).toEqual([...expected].sort());
  });

  it('treats empty filter lists as no filter', () => {
    expect(ids(engine.search('TMB', { filters: { kind: [], origin: [] } }))).toEqual(ids(engine.search('TMB')));
  });
});

describe('hits', () => {
  it('carry display fields, classification and highlighted title', () => {
    const hit = engine.search('LKB1', { filters: { kind: ['mechanism'] } })[0];
    expect(hit).toMatchObject({
      id: 'stk11-lkb1-loss',
      kind: 'mechanism',
      url: '/mechanisms/stk11-lkb1-loss',
      titleZh: 'STK11/LKB1 缺失与"冷"肿瘤微环境',
      origin: 'intrinsic',
      timing: 'primary',
      area: 'genomic-proteomic',
    });
    expect(hit.titleSegments).toEqual([
      { text: 'STK11/', hit: false },
      { text: 'LKB1', hit: true },
      { text: ' loss and the cold microenvironment', hit: false },
    ]);
  });

  it('take the snippet from the summary when it matches', () => {
    const hit = engine.search('megabase')[0];
    expect(hit.id).toBe('tmb');
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['megabase']);
    expect(hit.snippet.map((s) => s.text).join('')).toBe(makeSearchDocs().find((d) => d.id === 'tmb')!.summary);
  });

  it('find body-only words, with the opening of the summary as snippet (body text is not shipped)', () => {
    const hit = engine.search('galectin')[0];
    expect(hit.id).toBe('tim-3');
    expect(hit.snippet).toEqual([
      {
        text: 'TIM-3 is an inhibitory receptor co-expressed with PD-1 on exhausted T cells; its up-regulation has been seen in patients who acquired resistance to PD-1 blockade.',
        hit: false,
      },
    ]);
  });

  it('cut a long summary around its first match', () => {
    const hit = engine.search('infiltrating')[0];
    expect(hit.id).toBe('stk11-lkb1-loss');
    expect(hit.snippet).toEqual([
      { text: '…especially alongside KRAS mutation in lung adenocarcinoma, mark tumours with few ', hit: false },
      { text: 'infiltrating', hit: true },
      { text: ' immune cells, usually negative PD-L1 and a very low response rate to PD-1 blockade.', hit: false },
    ]);
  });

  it('highlight the corrected word of a typo', () => {
    const hit = engine.search('pseudoprogresion')[0];
    expect(hit.titleSegments).toEqual([{ text: 'Pseudoprogression', hit: true }]);
  });

  it('highlight Chinese matches in the title', () => {
    const hit = engine.search('LKB1 微环境', { filters: { kind: ['mechanism'] } })[0];
    expect(hit.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['LKB1']);
  });
});
