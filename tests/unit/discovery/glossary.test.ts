import { describe, expect, it } from 'vitest';
import { buildGlossary, compareTerms, glossaryTermRows, sectionKey, shortDefinition, termSlug } from '@/lib/discovery/glossary';
import { concept, mechanism, strategy } from './builders';

const entries = [
  mechanism('stk11-lkb1-loss', {
    title: 'STK11/LKB1 loss',
    titleZh: 'STK11/LKB1 缺失',
    aliases: ['LKB1', 'KEAP1', '耐药', 'lkb1', 'β-catenin'],
    summary: 'STK11 loss makes tumours cold, e.g. by lowering T-cell entry. A second sentence follows.',
  }),
  concept('tmb', { title: 'Tumour mutational burden', titleZh: '肿瘤突变负荷', aliases: ['TMB', 'mut/Mb', '22C3', '耐药'] }),
  strategy('combo', { title: 'Alpha combination', titleZh: '联合治疗', aliases: ['KEAP1', 'ＴＭＢ'] }),
  concept('other', { title: 'Tumour microenvironment', titleZh: '肿瘤微环境', aliases: ['TMB-high', 'TMB high'] }),
];

const terms = (g: ReturnType<typeof buildGlossary>, key: string) => g.sections.find((s) => s.key === key)?.terms.map((t) => t.term);

describe('buildGlossary', () => {
  it('puts titles, aliases and Chinese names into A–Z, 0–9 and 中文 sections, in that order', () => {
    const g = buildGlossary(entries);
    expect(g.sections.map((s) => [s.label, s.anchor])).toEqual([
      ['A', 'letter-a'],
      ['B', 'letter-b'],
      ['K', 'letter-k'],
      ['L', 'letter-l'],
      ['M', 'letter-m'],
      ['S', 'letter-s'],
      ['T', 'letter-t'],
      ['0–9', 'letter-0-9'],
      ['中文', 'letter-zh'],
    ]);
  });

  it('sorts Latin terms case-insensitively, and Chinese terms by code point', () => {
    const g = buildGlossary(entries);
    expect(terms(g, 't')).toEqual(['TMB', 'TMB high', 'TMB-high', 'Tumour microenvironment', 'Tumour mutational burden']);
    expect(terms(g, 'zh')).toEqual(['耐药', '联合治疗', '肿瘤微环境', '肿瘤突变负荷']);
    expect(terms(g, '0-9')).toEqual(['22C3']);
  });

  it('files Greek-initial terms under their spelt-out letter', () => {
    expect(terms(buildGlossary(entries), 'b')).toEqual(['β-catenin']);
  });

  it('files a Chinese term that begins with a Latin word under that letter, sorted among the Latin terms', () => {
    const g = buildGlossary(entries);
    expect(terms(g, 's')).toEqual(['STK11/LKB1 loss', 'STK11/LKB1 缺失']);
    expect(g.sections.find((s) => s.key === 's')?.terms.map((t) => t.zh)).toEqual([false, true]);
  });

  it('points every section and term at its own page on the index', () => {
    const g = buildGlossary(entries);
    const t = g.sections.find((s) => s.key === 't')!;
    expect([t.href, t.terms[0].href]).toEqual(['/glossary/t', '/glossary/t#term-tmb']);
    const zh = g.sections.find((s) => s.key === 'zh')!;
    expect([zh.href, zh.terms[0].href]).toEqual(['/glossary/zh', '/glossary/zh#term-耐药']);
  });

  it('merges an alias shared by several entries into one term linking each entry once', () => {
    const g = buildGlossary(entries);
    const all = g.sections.flatMap((s) => s.terms);
    expect(all.find((t) => t.term === 'KEAP1')?.links.map((l) => l.id)).toEqual(['stk11-lkb1-loss', 'combo']);
    expect(all.find((t) => t.term === '耐药')?.links.map((l) => l.id)).toEqual(['stk11-lkb1-loss', 'tmb']);
    // "lkb1" folds to "LKB1" within the same entry: one term, one link.
    expect(all.filter((t) => t.term.toLowerCase() === 'lkb1').map((t) => [t.term, t.links.map((l) => l.id)])).toEqual([
      ['LKB1', ['stk11-lkb1-loss']],
    ]);
    // Full-width "ＴＭＢ" folds to "TMB": the first spelling met stays.
    expect(all.find((t) => t.term === 'TMB')?.links.map((l) => [l.id, l.source])).toEqual([
      ['tmb', 'alias'],
      ['combo', 'alias'],
    ]);
  });

  it('lists entries whose title is the term before entries that only use it as an alias', () => {
    const g = buildGlossary([
      concept('alias-user', { title: 'Another concept', aliases: ['Tumour mutational burden'] }),
      concept('tmb', { title: 'Tumour mutational burden' }),
    ]);
    const t = g.sections.flatMap((s) => s.terms).find((x) => x.term === 'Tumour mutational burden');
    expect(t?.links.map((l) => [l.id, l.source])).toEqual([
      ['tmb', 'title'],
      ['alias-user', 'alias'],
    ]);
  });

  it('links each term to its entry page with a short definition and the Chinese name', () => {
    const lkb1 = buildGlossary(entries)
      .sections.flatMap((s) => s.terms)
      .find((t) => t.term === 'LKB1');
    expect(lkb1).toEqual({
      term: 'LKB1',
      anchor: 'term-lkb1',
      href: '/glossary/l#term-lkb1',
      zh: false,
      links: [
        {
          id: 'stk11-lkb1-loss',
          kind: 'mechanism',
          title: 'STK11/LKB1 loss',
          titleZh: 'STK11/LKB1 缺失',
          href: '/mechanisms/stk11-lkb1-loss',
          definition: 'STK11 loss makes tumours cold, e.g. by lowering T-cell entry.',
          source: 'alias',
        },
      ],
    });
  });

  it('gives every term a unique anchor, suffixing clashes in page order', () => {
    const g = buildGlossary(entries);
    const anchors = g.sections.flatMap((s) => s.terms.map((t) => [t.term, t.anchor]));
    expect(anchors.filter(([t]) => t.startsWith('TMB'))).toEqual([
      ['TMB', 'term-tmb'],
      ['TMB high', 'term-tmb-high'],
      ['TMB-high', 'term-tmb-high-2'],
    ]);
    expect(anchors.find(([t]) => t === '肿瘤突变负荷')).toEqual(['肿瘤突变负荷', 'term-肿瘤突变负荷']);
    expect(new Set(anchors.map(([, a]) => a)).size).toBe(anchors.length);
  });

  it('indexes all 26 letters, marking the empty ones, then 0–9 and 中文', () => {
    const { index } = buildGlossary(entries);
    expect(index.map((i) => i.label).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ0–9中文');
    expect(index.filter((i) => i.present).map((i) => i.label)).toEqual(['A', 'B', 'K', 'L', 'M', 'S', 'T', '0–9', '中文']);
  });

  it('lists every term for the index page as [term, section, anchor], in page order', () => {
    const rows = glossaryTermRows(buildGlossary(entries));
    expect(rows.slice(0, 3)).toEqual([
      ['Alpha combination', 'a', 'term-alpha-combination'],
      ['β-catenin', 'b', 'term-beta-catenin'],
      ['KEAP1', 'k', 'term-keap1'],
    ]);
    expect(rows.at(-1)).toEqual(['肿瘤突变负荷', 'zh', 'term-肿瘤突变负荷']);
  });

  it('counts the terms of each indexed section', () => {
    const { index, termCount } = buildGlossary(entries);
    expect(index.filter((i) => i.count).map((i) => `${i.key}:${i.count}`)).toEqual([
      'a:1',
      'b:1',
      'k:1',
      'l:1',
      'm:1',
      's:2',
      't:5',
      '0-9:1',
      'zh:4',
    ]);
    expect(index.reduce((n, i) => n + i.count, 0)).toBe(termCount);
  });
});

describe('glossary helpers', () => {
  it.each([
    ['TMB', 't'],
    ['tapasin', 't'],
    ['β2-microglobulin', 'b'],
    ['Élan', 'e'],
    ['22C3', '0-9'],
    ['(+)-thing', 't'],
    ['PD-L1 表达', 'p'],
    ['（PD-1）抑制剂', 'p'],
    ['冷肿瘤', 'zh'],
    ['「冷」肿瘤', 'zh'],
    ['高TMB', 'zh'],
    ['+', 'other'],
  ])('sectionKey(%s) = %s', (term, key) => {
    expect(sectionKey(term)).toBe(key);
  });

  it('orders terms like a printed index', () => {
    const list = ['TMB', 'T-cell exhaustion', 'tapasin', 'T cell exhaustion', 'TGF-β', 'TGF-beta', 'IL-15', 'IL-2', 'IL-10'];
    expect([...list].sort(compareTerms)).toEqual([
      'IL-2',
      'IL-10',
      'IL-15',
      'T cell exhaustion',
      'T-cell exhaustion',
      'tapasin',
      'TGF-beta',
      'TGF-β',
      'TMB',
    ]);
  });

  it.each([
    ['TMB', 'tmb'],
    ['PD-L1 (CD274)', 'pd-l1-cd274'],
    ['IFN-γ', 'ifn-gamma'],
    ['CD8+ T cells', 'cd8-t-cells'],
    ['STK11（LKB1）突变', 'stk11-lkb1-突变'],
    ['+', 'term'],
  ])('termSlug(%s) = %s', (term, slug) => {
    expect(termSlug(term)).toBe(slug);
  });
});

describe('shortDefinition', () => {
  it('keeps the first sentence', () => {
    expect(shortDefinition('PD-1 is a receptor. It is also a target.')).toBe('PD-1 is a receptor.');
  });

  it('does not stop at e.g., vs., et al. or an initial', () => {
    expect(shortDefinition('Drugs, e.g. Nivolumab vs. Pembrolizumab in the study by Smith J. Et al. Reported gains. Next one.')).toBe(
      'Drugs, e.g. Nivolumab vs. Pembrolizumab in the study by Smith J. Et al. Reported gains.',
    );
  });

  it('does not stop inside a number', () => {
    expect(shortDefinition('About 1.5 per cent respond. More follows.')).toBe('About 1.5 per cent respond.');
  });

  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    expect(shortDefinition('Alpha beta gamma delta epsilon zeta eta theta. Short.', 30)).toBe('Alpha beta gamma delta…');
  });

  it('returns a short single sentence whole, whitespace collapsed', () => {
    expect(shortDefinition('  A definition\n without a full stop  ')).toBe('A definition without a full stop');
  });
});
