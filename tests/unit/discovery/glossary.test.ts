import { describe, expect, it } from 'vitest';
import {
  buildGlossary,
  compareTerms,
  glossaryTermRows,
  PINYIN_INITIALS,
  pinyinInitial,
  SECTION_KEYS,
  sectionKey,
  shortDefinition,
  termSlug,
} from '@/lib/discovery/glossary';
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
  it('puts titles, aliases and Chinese names into A–Z, 0–9 and 中文 sections by pinyin initial, in that order', () => {
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
      ['中文 L', 'letter-zh-l'],
      ['中文 N', 'letter-zh-n'],
      ['中文 Z', 'letter-zh-z'],
    ]);
    expect(g.sections.map((s) => s.group).join(' ')).toBe('latin latin latin latin latin latin latin latin zh zh zh');
  });

  it('sorts Latin terms case-insensitively, and Chinese terms by pinyin', () => {
    const g = buildGlossary(entries);
    expect(terms(g, 't')).toEqual(['TMB', 'TMB high', 'TMB-high', 'Tumour microenvironment', 'Tumour mutational burden']);
    expect(terms(g, 'zh-l')).toEqual(['联合治疗']);
    expect(terms(g, 'zh-n')).toEqual(['耐药']);
    // 突 tū before 微 wēi (by code point 微 U+5FAE came first).
    expect(terms(g, 'zh-z')).toEqual(['肿瘤突变负荷', '肿瘤微环境']);
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
    const zh = g.sections.find((s) => s.key === 'zh-n')!;
    expect([zh.href, zh.terms[0].href]).toEqual(['/glossary/zh-n', '/glossary/zh-n#term-耐药']);
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

  it('indexes all 26 letters, marking the empty ones, then 0–9, then the 中文 initials that have terms', () => {
    const { index } = buildGlossary(entries);
    expect(index.map((i) => i.short).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ0–9LNZ');
    expect(index.filter((i) => i.present).map((i) => i.label)).toEqual([
      'A',
      'B',
      'K',
      'L',
      'M',
      'S',
      'T',
      '0–9',
      '中文 L',
      '中文 N',
      '中文 Z',
    ]);
    // The Chinese items show the initial; their full name (for assistive technology) contains it.
    expect(index.filter((i) => i.group === 'zh')).toEqual([
      { key: 'zh-l', label: '中文 L', short: 'L', anchor: 'letter-zh-l', href: '/glossary/zh-l', group: 'zh', count: 1, present: true },
      { key: 'zh-n', label: '中文 N', short: 'N', anchor: 'letter-zh-n', href: '/glossary/zh-n', group: 'zh', count: 1, present: true },
      { key: 'zh-z', label: '中文 Z', short: 'Z', anchor: 'letter-zh-z', href: '/glossary/zh-z', group: 'zh', count: 2, present: true },
    ]);
    for (const i of index) expect(i.label.endsWith(i.short), i.key).toBe(true);
  });

  it('lists Other in the index only when a term uses it, and never an empty 中文 initial', () => {
    const { index } = buildGlossary([concept('plus', { title: '+', titleZh: '肿瘤' })]);
    expect(index.slice(26).map((i) => [i.key, i.count])).toEqual([
      ['0-9', 0],
      ['other', 1],
      ['zh-z', 1],
    ]);
  });

  it('lists every term for the index page as [term, section, anchor], in page order', () => {
    const rows = glossaryTermRows(buildGlossary(entries));
    expect(rows.slice(0, 3)).toEqual([
      ['Alpha combination', 'a', 'term-alpha-combination'],
      ['β-catenin', 'b', 'term-beta-catenin'],
      ['KEAP1', 'k', 'term-keap1'],
    ]);
    expect(rows.slice(-2)).toEqual([
      ['肿瘤突变负荷', 'zh-z', 'term-肿瘤突变负荷'],
      ['肿瘤微环境', 'zh-z', 'term-肿瘤微环境'],
    ]);
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
      'zh-l:1',
      'zh-n:1',
      'zh-z:2',
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
    ['冷肿瘤', 'zh-l'],
    ['「冷」肿瘤', 'zh-l'],
    ['高TMB', 'zh-g'],
    ['（耐药）', 'zh-n'],
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

describe('pinyin sections', () => {
  it('has the pinyin collation (full ICU): its index boundaries are in order, and a Han character sorts between them', () => {
    const c = new Intl.Collator('zh-Hans-u-co-pinyin');
    const marks = PINYIN_INITIALS.map((l) => `\uFDD0${l.toUpperCase()}`);
    expect([...marks].sort(c.compare)).toEqual(marks);
    expect(c.compare(marks[0], '阿')).toBeLessThan(0);
    expect(c.compare('阿', marks[1])).toBeLessThan(0);
    expect(['肿', '阿', '免', '耐'].sort(c.compare)).toEqual(['阿', '免', '耐', '肿']);
  });

  // A real word of the atlas for each of the 23 initials, and the words the glossary brief names.
  it.each([
    ['阿替利珠单抗', 'a'],
    ['白介素-2', 'b'],
    ['肠道菌群', 'c'],
    ['代谢异常', 'd'],
    ['二线治疗', 'e'],
    ['肺癌', 'f'],
    ['骨髓来源抑制细胞', 'g'],
    ['黑色素瘤', 'h'],
    ['巨噬细胞', 'j'],
    ['卡瑞利珠单抗', 'k'],
    ['冷肿瘤', 'l'],
    ['免疫', 'm'],
    ['耐药', 'n'],
    ['欧狄沃', 'o'],
    ['帕博利珠单抗', 'p'],
    ['趋化因子', 'q'],
    ['热肿瘤', 'r'],
    ['生物标志物', 's'],
    ['替雷利珠单抗', 't'],
    ['微生物组', 'w'],
    ['信迪利单抗', 'x'],
    ['细胞', 'x'],
    ['乙酰化', 'y'],
    ['肿瘤', 'z'],
  ])('pinyinInitial(%s) = %s', (word, initial) => {
    expect(pinyinInitial(word[0])).toBe(initial);
    expect(sectionKey(word)).toBe(`zh-${initial}`);
  });

  it('reads the first character of every syllable boundary right, where hand-picked boundary characters drift', () => {
    // 吖 ā sorts before 阿; 他 tā before 它; 〇 líng after 痳; 扨 among the R readings, before 撒 sā.
    expect(['吖', '阿', '八', '他', '它', '〇', '撒', '帀', '座'].map(pinyinInitial).join('')).toBe('aabttlszz');
  });

  it('places a character without a pinyin reading, or outside the collation, in a section rather than dropping it', () => {
    // U+3400 (extension A), U+9FFF (unassigned) and U+20000 (extension B) have no reading: they sort after every
    // reading, under Z; a digit or nothing sorts before the first, under A.
    expect(['\u3400', '\u9fff', '\u{20000}', '1', ''].map(pinyinInitial)).toEqual(['z', 'z', 'z', 'a', 'a']);
    const g = buildGlossary([concept('rare', { title: 'Rare', titleZh: '\u3400字', aliases: ['\u9fff'] })]);
    expect(g.sections.map((s) => [s.key, s.terms.map((t) => t.term)])).toEqual([
      ['r', ['Rare']],
      ['zh-z', ['\u3400字', '\u9fff']],
    ]);
    expect(g.termCount).toBe(3);
  });

  it('sorts a 中文 section by pinyin, syllable by syllable, leading punctuation skipped', () => {
    // By code point: 冷 U+51B7, 联 U+8054, 雷 U+96F7.
    expect(['联合治疗', '冷肿瘤', '雷莫西尤单抗', '「冷」肿瘤'].sort(compareTerms)).toEqual([
      '雷莫西尤单抗',
      '「冷」肿瘤',
      '冷肿瘤',
      '联合治疗',
    ]);
    expect(['免疫治疗', '免疫检查点', '免疫编辑'].sort(compareTerms)).toEqual(['免疫编辑', '免疫检查点', '免疫治疗']);
  });

  it('gives Chinese terms one page per initial, A–Z without I, U and V, after the Latin sections', () => {
    expect(SECTION_KEYS.slice(28).join(' ')).toBe(
      'zh-a zh-b zh-c zh-d zh-e zh-f zh-g zh-h zh-j zh-k zh-l zh-m zh-n zh-o zh-p zh-q zh-r zh-s zh-t zh-w zh-x zh-y zh-z',
    );
    const words = ['阿替利珠单抗', '耐药', '免疫', '巨噬细胞', '肿瘤', '细胞', '信迪利单抗', '肺癌', '乙酰化', '微生物组'];
    const g = buildGlossary(words.map((w, i) => concept(`c${i}`, { title: `Concept ${i}`, titleZh: w })));
    expect(g.sections.filter((s) => s.group === 'zh').map((s) => [s.label, s.href, s.terms.map((t) => t.term)])).toEqual([
      ['中文 A', '/glossary/zh-a', ['阿替利珠单抗']],
      ['中文 F', '/glossary/zh-f', ['肺癌']],
      ['中文 J', '/glossary/zh-j', ['巨噬细胞']],
      ['中文 M', '/glossary/zh-m', ['免疫']],
      ['中文 N', '/glossary/zh-n', ['耐药']],
      ['中文 W', '/glossary/zh-w', ['微生物组']],
      ['中文 X', '/glossary/zh-x', ['细胞', '信迪利单抗']],
      ['中文 Y', '/glossary/zh-y', ['乙酰化']],
      ['中文 Z', '/glossary/zh-z', ['肿瘤']],
    ]);
    const anchors = g.sections.flatMap((s) => s.terms.map((t) => t.anchor));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(g.sections.find((s) => s.key === 'zh-x')?.terms.map((t) => t.href)).toEqual([
      '/glossary/zh-x#term-细胞',
      '/glossary/zh-x#term-信迪利单抗',
    ]);
  });

  it('keeps anchors unique across 中文 sections, suffixing a clash in page order', () => {
    // "肿瘤（TMB）" and "肿瘤 TMB" fold apart but slug alike.
    const g = buildGlossary([concept('a', { title: 'A', titleZh: '肿瘤（TMB）', aliases: ['肿瘤 TMB', '耐药'] })]);
    expect(g.sections.flatMap((s) => s.terms.map((t) => [t.term, t.anchor]))).toEqual([
      ['A', 'term-a'],
      ['耐药', 'term-耐药'],
      ['肿瘤 TMB', 'term-肿瘤-tmb'],
      ['肿瘤（TMB）', 'term-肿瘤-tmb-2'],
    ]);
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
