/**
 * The Chinese edition's search index (issue "中文版 part 1", item 4), on the real corpus, built as the site builds it:
 * entries and translations → Chinese search documents → index files (through JSON) → engine. Chinese queries that
 * the English index answers with English text, mixed queries, and English names must all land on /zh/ pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/content/build-corpus';
import { loadCorpus } from '@/lib/content/load';
import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toChineseSearchDocs, toSearchDocs, type SearchDoc } from '@/lib/search/documents';
import { MANIFEST_FILE, readManifest } from '@/lib/search/index-payload';
import { memorySource, openSearchIndexSync, type SearchEngine } from '@/lib/search/query';
import type { SearchHit } from '@/lib/search/results';
import { checkedSite, type Site } from '@/lib/site/get-site';
import { entryHref } from '@/lib/site/routes';
import { searchHref, searchIndexUrl } from '@/lib/site/search-routes';

let site: Site;
let docs: SearchDoc[];
let files: Map<string, string>;
let engine: SearchEngine;
const internalErrors: unknown[] = [];
beforeAll(async () => {
  site = checkedSite(await loadCorpus(process.cwd()));
  docs = toChineseSearchDocs(site.entries, site.getTranslation);
  files = searchIndexFiles(buildSearchIndex(docs, { lang: 'zh' }));
  engine = openSearchIndexSync(memorySource(files), { onError: (e) => internalErrors.push(e) });
}, 120_000);

const entry = (id: string): Entry => site.getEntry(id)!;
const zhUrl = (id: string) => `/zh${entryHref(entry(id).kind, id)}`;
const rankOf = (hits: SearchHit[], id: string) => hits.findIndex((h) => h.id === id);

describe('Chinese, mixed and English queries on the Chinese index', () => {
  // [query, expected entry, best rank allowed (1 = first), why a lower rank is right where it is not 1]
  it.each<[string, string, number, string]>([
    ['帕博利珠单抗', 'pembrolizumab', 1, 'the drug’s Chinese name'],
    ['调节性T细胞', 'regulatory-t-cells', 1, 'the Chinese title, Latin letter inside a CJK run'],
    ['获得性耐药', 'acquired-resistance', 1, 'the Chinese title'],
    [
      'PD-L1 表达',
      'pd-l1',
      3,
      'broad: "PD-L1 expression" is also the title of the mechanism pd-l1-expression (肿瘤 PD-L1 表达与适应性上调), which rightly leads',
    ],
    ['STK11 突变', 'stk11', 1, 'gene symbol plus the Chinese for mutation: the biomarker page'],
    ['KEYNOTE-024', 'keynote-024', 1, 'the trial’s own page, by its English name'],
    ['PD-L1', 'pd-l1', 1, 'the English title of the biomarker'],
    ['STK11', 'stk11', 1, 'the gene symbol'],
    [
      '肿瘤突变负荷',
      'tmb',
      2,
      'two entries are named 肿瘤突变负荷: the concept tumour-mutational-burden has exactly this Chinese title and leads; the biomarker tmb (肿瘤突变负荷（TMB）) follows',
    ],
    [
      '免疫检查点抑制剂 获得性耐药',
      'acquired-resistance',
      3,
      'broad (what the whole atlas is about): tim-3-inhibitors lists both 新型免疫检查点抑制剂 and 获得性耐药 among its aliases, so it may lead; the concept page must be near the top',
    ],
    [
      '耐药机制',
      'intrinsic-genomic-proteomic',
      3,
      'broad ("resistance mechanisms" names every mechanism): the topic hubs listing them, whose aliases are 内源性耐药机制 and 外源性耐药机制, come first',
    ],
  ])('%s → %s within the top %i (%s)', (query, expected, within) => {
    const hits = engine.search(query);
    const at = rankOf(hits, expected);
    expect(
      at,
      `${query}: ${hits
        .slice(0, 5)
        .map((h) => h.id)
        .join(', ')}`,
    ).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(within);
    expect(hits[at].url).toBe(zhUrl(expected));
    for (const h of hits) expect(h.url).toMatch(/^\/zh\//);
  });

  it('puts both pages named 肿瘤突变负荷 first, and the biomarker first for its full Chinese title', () => {
    expect(
      engine
        .search('肿瘤突变负荷')
        .slice(0, 2)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['tmb', 'tumour-mutational-burden']);
    expect(engine.search('肿瘤突变负荷（TMB）')[0].id).toBe('tmb');
  });

  it('finds the other page of a broad topic in the top 3 too', () => {
    const top = engine
      .search('耐药机制')
      .slice(0, 3)
      .map((h) => h.id);
    expect(top).toContain('extrinsic-tumour-microenvironment');
  });
});

/**
 * Entries whose Chinese title leads elsewhere, each for a reason that is not the index's fault. Every other entry
 * must come first for its own Chinese title.
 */
const TITLE_EXCEPTIONS: Record<string, { first: string; reason: string }> = {
  pegilodecakin: {
    first: 'il-10-agonists',
    reason:
      'il-10-agonists is titled IL-10 激动剂（聚乙二醇化 IL-10，pegilodecakin）: its parenthesis is exactly the drug’s Chinese title, so both are exact title matches and the strategy page, which matches more of the query elsewhere too, leads; the drug page is second',
  },
};

describe('every entry by its Chinese title', () => {
  it('returns the entry’s Chinese page first (exceptions listed with their reason)', () => {
    const wrong: string[] = [];
    for (const e of site.entries) {
      const hits = engine.search(e.titleZh, { limit: 5 });
      const exception = TITLE_EXCEPTIONS[e.id];
      const want = exception ? exception.first : e.id;
      if (hits[0]?.id !== want) wrong.push(`${e.id} (${e.titleZh}) → ${hits.map((h) => h.id).join(', ')}`);
      else if (!exception) expect(hits[0].url).toBe(zhUrl(e.id));
      if (exception) expect(rankOf(hits, e.id), e.id).toBe(1);
    }
    expect(wrong).toEqual([]);
  });

  it('lists exceptions of existing entries only (one no longer needed fails the test above)', () => {
    for (const id of Object.keys(TITLE_EXCEPTIONS)) expect(site.getEntry(id), id).toBeDefined();
  });
});

describe('hits on the Chinese index', () => {
  it('lead with the Chinese title, marked, and keep the English title beside it', () => {
    const hit = engine.search('帕博利珠单抗')[0];
    expect(hit.titleSegments).toEqual([{ text: '帕博利珠单抗', hit: true }]);
    expect(hit.titleZh).toBe(entry('pembrolizumab').titleZh);
    expect(hit.title).toBe(entry('pembrolizumab').title);
  });

  it('mark the bigrams of a Chinese query in a Chinese title, and Latin and Chinese words of a mixed query', () => {
    const treg = engine.search('调节性T细胞')[0];
    expect(treg.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['调节性', 'T', '细胞']);
    const stk11 = engine.search('STK11 突变')[0];
    expect(stk11.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['STK11', '突变']);
  });

  it('take the snippet from the Chinese summary of a translated entry, marked', () => {
    const hit = engine.search('免疫检查点抑制剂 获得性耐药').find((h) => h.id === 'acquired-resistance')!;
    const marked = hit.snippet.filter((s) => s.hit).map((s) => s.text);
    expect(marked).toContain('免疫检查点抑制剂');
    expect(marked).toContain('获得性耐药');
    expect(hit.snippet.map((s) => s.text).join('')).toMatch(/^获得性/);
  });

  it('find an English title by its English words and mark the Chinese title it leads with only where it matches', () => {
    const hit = engine.search('KEYNOTE-024')[0];
    expect(hit.id).toBe('keynote-024');
    expect(hit.titleSegments.map((s) => s.text).join('')).toBe(entry('keynote-024').titleZh);
    expect(hit.titleSegments[0]).toEqual({ text: 'KEYNOTE-024', hit: true });
  });
});

describe('the Chinese documents', () => {
  const doc = (id: string) => docs.find((d) => d.id === id)!;

  it('use the translation where there is one: Chinese summary, headings and body', () => {
    const t = site.getTranslation('pd-l1')!;
    const d = doc('pd-l1');
    expect(d.url).toBe(zhUrl('pd-l1'));
    expect(d.title).toBe(entry('pd-l1').title);
    expect(d.titleZh).toBe(t.title ?? entry('pd-l1').titleZh);
    expect(d.summary).toBe(t.summary!.replace(/\s+/g, ' ').trim());
    expect(d.headings).toEqual(t.headings.map((h) => h.text));
    expect(d.text.startsWith(t.bodyText.replace(/\s+/g, ' ').trim().slice(0, 40))).toBe(true);
    // The translated claims shown on the page are searchable too.
    expect(d.text).toContain('22C3');
  });

  it('use the English text and the Chinese names where there is none', () => {
    // Every entry is translated today: an entry read as if it had no translation stands for a new, untranslated one.
    const id = 'stk11';
    const english = toSearchDocs([entry(id)])[0];
    const [untranslated] = toChineseSearchDocs([entry(id)], () => undefined);
    expect(untranslated).toEqual({ ...english, url: `/zh${english.url}` });
    expect(doc(id)).not.toEqual(untranslated);
  });

  it('keep every English and Chinese alias, abbreviation, drug and trial name', () => {
    const d = doc('tmb');
    for (const a of ['TMB', 'tumor mutational burden', 'CheckMate 227', '肿瘤突变负荷', '高TMB']) expect(d.aliases).toContain(a);
  });

  it('cover every entry once, at its Chinese URL', () => {
    expect(docs.map((d) => d.id).sort()).toEqual(site.entries.map((e) => e.id).sort());
    for (const d of docs) expect(d.url).toBe(zhUrl(d.id));
  });
});

describe('the Chinese index files', () => {
  it('carry lang "zh" in their manifest; the English manifest carries none', () => {
    expect(readManifest(JSON.parse(files.get(MANIFEST_FILE)!)).lang).toBe('zh');
    expect(engine.lang).toBe('zh');
    const english = searchIndexFiles(buildSearchIndex(toSearchDocs(site.entries)));
    expect(JSON.parse(english.get(MANIFEST_FILE)!)).not.toHaveProperty('lang');
  });

  it('reject a manifest of an unknown language', () => {
    const m = JSON.parse(files.get(MANIFEST_FILE)!) as Record<string, unknown>;
    expect(() => readManifest({ ...m, lang: 'fr' })).toThrow(/lang should be "zh"/);
  });

  it('keep the English budgets: no terms shard is much above the shard target', () => {
    for (const [path, text] of files) if (/terms-/.test(path)) expect(text.length, path).toBeLessThan(96_000);
  });

  it('live at /search-index/zh/, and the Chinese search page is /zh/search', () => {
    expect(searchIndexUrl('zh')).toBe('/search-index/zh/');
    expect(searchIndexUrl('en')).toBe('/search-index/');
    expect(searchHref('PD-L1 表达', 'zh')).toBe(`/zh/search?q=${encodeURIComponent('PD-L1 表达')}`);
    expect(searchHref('TMB')).toBe('/search?q=TMB');
  });
});

describe('bad input on the Chinese index', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n\u3000 '],
    ['1,000 characters', '耐'.repeat(500) + 'x'.repeat(500)],
    ['1,000 Latin letters', 'pd'.repeat(500)],
    ['lone surrogates', '\ud800\udc00\ud800 \udfff'],
    ['a script tag', '<script>'],
    ['markup', '<script>alert(1)</script>'],
  ])('%s gives a safe empty result', async (_name, query) => {
    expect(engine.search(query)).toEqual([]);
    expect(await engine.find(query)).toEqual({ hits: [], error: null });
    expect(internalErrors).toEqual([]);
  });
});

describe('the index route (next dev, bare next start)', () => {
  const get = async (path: string) => {
    const { GET } = await import('@/app/search-index/[...path]/route');
    return GET(new Request(`http://localhost/search-index/${path}`), { params: Promise.resolve({ path: path.split('/') }) });
  };

  it('serves the Chinese manifest and its shards under zh/, and the English ones at the top', async () => {
    const zh = await get('zh/manifest.json');
    expect(zh.status).toBe(200);
    expect(zh.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const manifest = readManifest(await zh.json());
    expect(manifest.lang).toBe('zh');
    const shard = await get(`zh/${manifest.base}/terms-0.json`);
    expect(shard.status).toBe(200);
    expect(shard.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(readManifest(await (await get('manifest.json')).json()).lang).toBeUndefined();
    expect((await get(`${manifest.base}/terms-0.json`)).status).toBe(404);
    expect((await get('zh/zh/manifest.json')).status).toBe(404);
  }, 120_000);
});
