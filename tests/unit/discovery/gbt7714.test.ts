/**
 * GB/T 7714-2015 output checked against a real CSL processor: citeproc-js (npm "citeproc") with the official CSL style
 * "china-national-standard-gb-t-7714-2015-numeric" and the CSL locales (tests/fixtures/csl/, see its README for the
 * source commits). The REAL bibliography (content/references.yaml) goes through both; every difference must be one of
 * the documented normalisations below, so any drift of lib/discovery/gbt7714.ts fails here.
 *
 * The CSL input is built here from the CSL-JSON export (cslItem), not by the writer under test, with these choices:
 *   - regulatory decisions and trial registrations are CSL "webpage" items (→ [EB/OL]); the agency is the author of a
 *     decision, the registry the publisher of a registration and its id the `number` (printed "题名: NCT…");
 *   - a journal article keeps its DOI but not its URL (the writer cites the article, not a web copy);
 *   - a conference abstract links its own page (`url`) and its DOI;
 *   - an incomplete author list of three or more names gets a fourth placeholder name: CSL-JSON cannot say "and
 *     others", and with more than three names the style prints the first three and et al., as the writer does. Lists
 *     of one or two names that are incomplete cannot be expressed at all; they are left out of the comparison (the
 *     test checks that they are exactly those) and their et al. is tested on its own.
 * English sources are rendered with the en-US locale (", et al."), the Chinese page with zh-CN.
 *
 * Normalisations (each a deliberate difference, explained in lib/discovery/gbt7714.ts):
 *   1. "[J/OL]" in the processor's output becomes "[J]": the style adds /OL to any item with a DOI.
 *   2. Group authors (an agency, a working group, the atlas) are compared upper-cased: citeproc-js upper-cases a
 *      literal name like a surname; the writer keeps it as printed.
 *   3. "，等" (full-width comma) in the writer's output is compared as ", 等" (punctuation width).
 *   4. Apostrophes are compared as straight quotes on both sides: citeproc-js turns "O'Brien" into "O’Brien"
 *      (a processor's typography, not the style's); the writer keeps the name as the bibliography prints it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadReferences, type Reference } from '@/lib/content/references';
import { agencyName, cslItem, formatReferences, type CslItem } from '@/lib/discovery/cite-formats';
import {
  GBT7714_ACCESSED_NOTE,
  gbt7714Authors,
  gbt7714Name,
  gbt7714PageCitation,
  gbt7714Reference,
  isChineseText,
  toGBT7714,
} from '@/lib/discovery/gbt7714';
import { SITE_NAME } from '@/lib/site/metadata';
import { reference } from './builders';

interface CiteprocEngine {
  setOutputFormat(format: 'text'): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}
interface CiteprocModule {
  Engine: new (
    sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): object },
    style: string,
    lang: string,
    forceLang: boolean,
  ) => CiteprocEngine;
}
const CSL = createRequire(import.meta.url)('citeproc') as CiteprocModule;

const FIXTURES = 'tests/fixtures/csl/';
const STYLE = readFileSync(`${FIXTURES}china-national-standard-gb-t-7714-2015-numeric.csl`, 'utf8');
const LOCALES: Record<string, string> = {
  'en-US': readFileSync(`${FIXTURES}locales-en-US.xml`, 'utf8'),
  'zh-CN': readFileSync(`${FIXTURES}locales-zh-CN.xml`, 'utf8'),
};

const { references: REFS, issues } = loadReferences(readFileSync('content/references.yaml', 'utf8'));
const byId = (id: string): Reference => {
  const r = REFS.find((x) => x.id === id);
  if (!r) throw new Error(`no reference ${id} in content/references.yaml`);
  return r;
};

type CslInput = Record<string, unknown> & { id: string };

/** citeproc-js's bibliography for the items, in their order, as text without the "[n]" numbers. */
function citeproc(items: readonly CslInput[], lang: 'en-US' | 'zh-CN'): string[] {
  const index = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine(
    { retrieveLocale: (l) => LOCALES[l] ?? LOCALES['en-US'], retrieveItem: (id) => index.get(id)! },
    STYLE,
    lang,
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((i) => i.id));
  const [meta, entries] = engine.makeBibliography();
  expect(meta.entry_ids.flat()).toEqual(items.map((i) => i.id));
  return entries.map((e) =>
    e
      .replace(/^\[\d+\]/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const isoParts = (iso: string) => [iso.split('-').map(Number)];

/** The CSL input for one reference (see the header for the choices). */
function cslInput(r: Reference, accessed?: string): CslInput {
  const acc = accessed ? { accessed: { 'date-parts': isoParts(accessed) } } : {};
  const base = cslItem(r);
  const drop = ({ URL: _u, PMID: _p, note: _n, ...rest }: CslItem) => rest;
  switch (r.type) {
    case 'journal': {
      const item: CslInput = { ...drop(base) };
      if (!r.authorsComplete && r.authors.length >= 3) item.author = [...base.author!, { literal: 'Placeholder for the unlisted authors' }];
      return item;
    }
    case 'conference': {
      const item: CslInput = { ...drop(base), ...acc };
      if (r.url) item.URL = r.url;
      if (!r.authorsComplete && r.authors.length >= 3) item.author = [...base.author!, { literal: 'Placeholder for the unlisted authors' }];
      return item;
    }
    case 'regulatory':
      return {
        id: r.id,
        type: 'webpage',
        title: r.title,
        author: [{ literal: agencyName(r) }],
        issued: { 'date-parts': isoParts(r.date) },
        URL: r.url,
        ...acc,
      };
    case 'registry':
      return {
        id: r.id,
        type: 'webpage',
        title: r.title,
        number: r.registryId,
        publisher: r.registry,
        ...(r.registryUrl ? { URL: r.registryUrl } : {}),
        ...acc,
      };
  }
}

/** Group names the writer keeps as printed and citeproc-js upper-cases (normalisation 2). */
function groupNames(r: Reference): string[] {
  if (r.type === 'regulatory') return [agencyName(r)];
  if (r.type === 'journal' || r.type === 'conference') return r.authors.slice(0, 3).flatMap((a) => ('literal' in a ? [a.literal] : []));
  return [];
}

/** The writer's output with normalisations 2, 3 and 4 applied. */
function normaliseOurs(text: string, groups: readonly string[]): string {
  let out = text.replace(/，等/g, ', 等').replace(/’/g, "'");
  for (const g of groups) out = out.replace(g, g.toLocaleUpperCase('en'));
  return out;
}

/** The processor's output with normalisations 1 (journal articles only) and 4 applied. */
function normaliseTheirs(text: string, r: Reference): string {
  const out = text.replace(/’/g, "'");
  return r.type === 'journal' ? out.replace('[J/OL]', '[J]') : out;
}

/** Incomplete lists of one or two names: CSL-JSON cannot express them (see the header). */
const inexpressible = (r: Reference) =>
  (r.type === 'journal' || r.type === 'conference') && !r.authorsComplete && r.authors.length > 0 && r.authors.length < 3;

function compare(refs: readonly Reference[], accessed?: string) {
  const theirs = citeproc(
    refs.map((r) => cslInput(r, accessed)),
    'en-US',
  );
  return refs.map((r, i) => ({
    id: r.id,
    ours: normaliseOurs(gbt7714Reference(r, { accessed }), groupNames(r)),
    theirs: normaliseTheirs(theirs[i], r),
  }));
}

describe('GB/T 7714-2015 against citeproc-js with the official CSL style', () => {
  it('reads the real bibliography', () => {
    expect(issues).toEqual([]);
    expect(REFS.length).toBeGreaterThan(100);
  });

  it.each([
    // Journal article, many authors (list incomplete): three names, then et al.; volume(issue): pages; DOI.
    [
      'reck-2016-keynote024',
      'RECK M, RODRÍGUEZ-ABREU D, ROBINSON A G, et al. Pembrolizumab versus Chemotherapy for PD-L1-Positive Non-Small-Cell Lung Cancer[J]. New England Journal of Medicine, 2016, 375(19): 1823-1833. DOI:10.1056/NEJMoa1606774.',
    ],
    // Journal article with four authors, complete: still three and et al. The bibliography has no volume for it.
    [
      'sharma-2017-primary-adaptive-acquired',
      'SHARMA P, HU-LIESKOVAN S, WARGO J A, et al. Primary, Adaptive, and Acquired Resistance to Cancer Immunotherapy[J]. Cell, 2017. DOI:10.1016/j.cell.2017.01.017.',
    ],
  ])('%s: the writer gives the expected text and citeproc-js the same', (id, expected) => {
    const r = byId(id);
    expect(gbt7714Reference(r)).toBe(expected);
    const [row] = compare([r]);
    expect(row.ours).toBe(row.theirs);
  });

  it('a journal article with three or fewer authors lists them all, without et al.', () => {
    const r = REFS.find((x) => x.type === 'journal' && x.authorsComplete && x.authors.length >= 2 && x.authors.length <= 3 && x.volume);
    expect(r, 'a complete list of two or three authors').toBeDefined();
    const [row] = compare([r!]);
    expect(row.ours).toBe(row.theirs);
    expect(row.ours).not.toMatch(/et al\.|等/);
    expect(row.ours).toMatch(/^[^.]+\. .+\[J\]\. /);
  });

  it('a regulatory decision: the agency, the title, [EB/OL], (decision date)[access date], URL', () => {
    const r = byId('fda-2016-pembrolizumab-first-line');
    expect(r.type).toBe('regulatory');
    const [row] = compare([r], '2026-05-01');
    expect(row.ours).toBe(row.theirs);
    expect(gbt7714Reference(r, { accessed: '2026-05-01' })).toBe(
      'U.S. Food and Drug Administration. FDA decision on pembrolizumab (Keytruda, Merck)[EB/OL]. (2016-10-24)[2026-05-01]. https://jnccn360.org/nsclc/news/fda-approves-pembrolizumab-as-first-line-treatment-for-pd-l1-positive-non-small-cell-lung-cancer/.',
    );
    // Without an access date (the bibliography download) the processor also leaves it out.
    const [bare] = compare([r]);
    expect(bare.ours).toBe(bare.theirs);
    expect(bare.ours).toContain('[EB/OL]. (2016-10-24). https://');
  });

  it('a trial registration: title, its id as other title information, [EB/OL], the registry, URL', () => {
    const r = byId('skyscraper-01-registry');
    expect(gbt7714Reference(r)).toBe(
      'A Phase III, Randomized, Double-Blinded, Placebo-Controlled Study of Tiragolumab, an Anti-Tigit Antibody, in Combination With Atezolizumab Compared With Placebo in Combination With Atezolizumab in Patients With Previously Untreated Locally Advanced Unresectable or Metastatic PD-L1-Selected Non-Small Cell Lung Cancer (SKYSCRAPER-01): NCT04294810[EB/OL]. ClinicalTrials.gov. https://clinicaltrials.gov/study/NCT04294810.',
    );
    for (const accessed of [undefined, '2026-05-01']) {
      const [row] = compare([r], accessed);
      expect(row.ours).toBe(row.theirs);
    }
  });

  it('a conference abstract: [C/OL]//the printed supplement, year, URL', () => {
    const r = REFS.find((x) => x.type === 'conference')!;
    for (const accessed of [undefined, '2026-05-01']) {
      const [row] = compare([r], accessed);
      expect(row.ours).toBe(row.theirs);
      expect(row.ours).toContain('[C/OL]//');
    }
  });

  it('the whole bibliography matches, with and without an access date', () => {
    const excluded = REFS.filter(inexpressible);
    const rest = REFS.filter((r) => !inexpressible(r));
    expect(rest.length + excluded.length).toBe(REFS.length);
    expect(rest.length).toBeGreaterThan(excluded.length);
    for (const accessed of [undefined, '2026-05-01']) {
      const rows = compare(rest, accessed);
      const differ = rows.filter((row) => row.ours !== row.theirs);
      expect(differ).toEqual([]);
    }
  });

  it('an incomplete list of one or two names still ends in et al. (not expressible in CSL-JSON)', () => {
    const r = REFS.find(inexpressible);
    expect(r, 'an incomplete list of one or two names').toBeDefined();
    const authors = (r as Extract<Reference, { authors: unknown }>).authors;
    expect(gbt7714Reference(r!)).toMatch(
      new RegExp(
        `^${authors
          .map(gbt7714Name)
          .join(', ')
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, et al\\. `,
      ),
    );
  });
});

describe('citing an atlas page', () => {
  const page = { url: 'https://atlas.example.org/mechanisms/stk11-lkb1-loss', lastReviewed: '2026-11-24', accessed: '2026-12-01' };

  function viaCiteproc(title: string, lang: 'en-US' | 'zh-CN'): string {
    const item = {
      id: 'page',
      type: 'webpage',
      title,
      author: [{ literal: SITE_NAME }],
      issued: { 'date-parts': isoParts(page.lastReviewed) },
      accessed: { 'date-parts': isoParts(page.accessed) },
      URL: page.url,
    };
    return citeproc([item], lang)[0];
  }

  it('the English page: the atlas, the title, [EB/OL], (last reviewed)[accessed], URL', () => {
    const c = gbt7714PageCitation({ title: 'STK11/LKB1 loss and the cold microenvironment', locale: 'en', ...page });
    expect(c).toEqual({
      text: 'NSCLC Immunotherapy Resistance Atlas. STK11/LKB1 loss and the cold microenvironment[EB/OL]. (2026-11-24)[2026-12-01]. https://atlas.example.org/mechanisms/stk11-lkb1-loss.',
      url: page.url,
    });
    expect(normaliseOurs(c.text, [SITE_NAME])).toBe(viaCiteproc('STK11/LKB1 loss and the cold microenvironment', 'en-US'));
  });

  it('the Chinese page: its Chinese title, marked 中文版 as other title information, checked with the zh-CN locale', () => {
    const c = gbt7714PageCitation({ title: 'STK11/LKB1 缺失与冷肿瘤微环境', locale: 'zh', ...page });
    expect(c.text).toBe(
      'NSCLC Immunotherapy Resistance Atlas. STK11/LKB1 缺失与冷肿瘤微环境: 中文版[EB/OL]. (2026-11-24)[2026-12-01]. https://atlas.example.org/mechanisms/stk11-lkb1-loss.',
    );
    expect(normaliseOurs(c.text, [SITE_NAME])).toBe(viaCiteproc('STK11/LKB1 缺失与冷肿瘤微环境: 中文版', 'zh-CN'));
  });

  it('leaves out the access date when it is not known, and rejects a malformed date', () => {
    const c = gbt7714PageCitation({ title: 'Why resistance?', locale: 'en', url: '/concepts/q', lastReviewed: '2026-01-01' });
    expect(c.text).toBe('NSCLC Immunotherapy Resistance Atlas. Why resistance?[EB/OL]. (2026-01-01). /concepts/q.');
    expect(() => gbt7714PageCitation({ title: 'T', locale: 'en', url: '/x', lastReviewed: '1 Jan 2026' })).toThrow(RangeError);
    expect(() => gbt7714Reference(byId('reck-2016-keynote024'), { accessed: '2026-1-1' })).toThrow(RangeError);
  });
});

describe('names and et al.', () => {
  it('writes surnames in capitals and initials without dots; Chinese names whole; groups as printed', () => {
    expect(gbt7714Name({ family: 'Wargo', given: 'JA' })).toBe('WARGO J A');
    expect(gbt7714Name({ family: 'Provencio Pulla', given: 'M' })).toBe('PROVENCIO PULLA M');
    expect(gbt7714Name({ family: 'Vijayan' })).toBe('VIJAYAN');
    expect(gbt7714Name({ family: '张', given: '三' })).toBe('张三');
    expect(gbt7714Name({ literal: 'KEYNOTE-024 Investigators' })).toBe('KEYNOTE-024 Investigators');
  });

  it('ends a Chinese source’s long list in "，等" and an English one in ", et al."; the zh-CN style agrees up to width', () => {
    const four = [
      { family: '张', given: '三' },
      { family: '李', given: '四' },
      { family: '王', given: '五' },
      { family: '赵', given: '六' },
    ];
    expect(gbt7714Authors(four, true, true)).toBe('张三, 李四, 王五，等');
    expect(gbt7714Authors(four, true, false)).toBe('张三, 李四, 王五, et al.');
    expect(gbt7714Authors(four.slice(0, 2), true, true)).toBe('张三, 李四');
    expect(gbt7714Authors([], false, false)).toBe('');
    // A made-up Chinese article (the bibliography has none): only the name list is compared.
    const zh = reference({
      id: 'zh-test',
      title: '免疫治疗耐药',
      authors: four,
      authorsComplete: true,
      journal: '测试',
      year: 2020,
      volume: undefined,
      doi: '10.1000/test',
    });
    expect(isChineseText(zh.title)).toBe(true);
    const ours = normaliseOurs(gbt7714Reference(zh), []);
    const theirs = normaliseTheirs(citeproc([cslInput(zh)], 'zh-CN')[0], zh);
    expect(ours).toBe(theirs);
    expect(ours.startsWith('张三, 李四, 王五, 等. 免疫治疗耐药[J]. ')).toBe(true);
  });

  it('does not treat an English title with Chinese in brackets as a Chinese source', () => {
    expect(isChineseText(byId('source-review').title)).toBe(false);
    expect(gbt7714Reference(byId('source-review'))).toBe(
      'Factors influencing immunotherapy resistance in non-small cell lung cancer (非小细胞肺癌免疫治疗耐药性影响因素)[Z].',
    );
  });
});

describe('the GB/T 7714 download', () => {
  it('numbers the references in the order given under the atlas name, with the access date note', () => {
    const refs = [byId('reck-2016-keynote024'), byId('skyscraper-01-registry')];
    const text = toGBT7714(refs);
    expect(formatReferences(refs, 'gbt7714.txt')).toBe(text);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([`${SITE_NAME}: GB/T 7714-2015 (顺序编码制)`, GBT7714_ACCESSED_NOTE, '']);
    expect(lines[3]).toBe(`[1] ${gbt7714Reference(refs[0])}`);
    expect(lines[4]).toBe(`[2] ${gbt7714Reference(refs[1])}`);
    expect(lines.slice(5)).toEqual(['']);
  });

  it('with an access date, prints it in the header and after each online source', () => {
    const text = toGBT7714([byId('fda-2016-pembrolizumab-first-line')], { accessed: '2026-05-01' });
    expect(text.split('\n')[1]).toBe('引用日期 2026-05-01');
    expect(text).toContain('(2016-10-24)[2026-05-01]. https://');
  });
});
