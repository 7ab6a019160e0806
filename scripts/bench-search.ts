/**
 * `npm run bench`: search in Node. Prints markdown tables for synthetic corpora shaped like ours (100, 1,000
 * and 10,000 entries: English and Chinese titles, aliases, gene symbols, drugs, trials, ~300-word bodies;
 * deterministic; lib/bench/synthetic-search-docs.ts) and, when content/ builds, for the real corpus:
 * build time, index files (count, raw and gzip), cold first query from the files (open + fetch the shards it
 * needs + search, files in memory) with the gzip bytes it read, query latency p50/p95/p99 over a fixed set
 * (English, abbreviation, Chinese, typo) on loaded shards, and heap held by a fully loaded engine.
 * For the real corpus it also lists the first result of a set of realistic queries against the page we hope for,
 * and measures the Chinese edition's index the same way (Chinese documents, the same English queries plus Chinese
 * and mixed ones), with the size of each index's shards, so the two can be compared.
 * BENCH_SEARCH_SYNTHETIC=0 skips the synthetic corpora (the real ones take seconds, 10,000 entries a minute).
 * Target: p95 < 2 ms per query at 10,000 entries in Node. Timings vary 1.5–3× with machine load.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { querySet, syntheticDocs } from '../lib/bench/synthetic-search-docs';
import { buildSearchIndex, searchIndexFiles } from '../lib/search/build-index';
import { toChineseSearchDocs, toSearchDocs, type SearchDoc } from '../lib/search/documents';
import type { IndexLang } from '../lib/search/index-payload';
import { memorySource, openSearchIndex, openSearchIndexSync, type SearchEngine } from '../lib/search/query';

setFlagsFromString('--expose-gc');
const gc: () => void = runInNewContext('gc');

/**
 * Realistic queries for the real corpus, with the first results we accept. Since drugs and trials have pages of
 * their own, the page a query names (the KEYNOTE-024 trial, the pembrolizumab drug) comes first, then its strategy.
 */
const REAL_QUERIES: { q: string; cls: string; want: string[] }[] = [
  { q: 'TMB', cls: 'abbreviation', want: ['tmb', 'tumour-mutational-burden'] },
  { q: 'LKB1', cls: 'abbreviation', want: ['stk11', 'stk11-lkb1-loss'] },
  { q: 'CD274', cls: 'abbreviation', want: ['pd-l1'] },
  { q: 'HAVCR2', cls: 'abbreviation', want: ['tim-3', 'tim-3-inhibitors'] },
  { q: 'MDSC', cls: 'abbreviation', want: ['mdscs', 'mdsc'] },
  { q: 'irAE', cls: 'abbreviation', want: ['irae-management', 'immune-related-adverse-events'] },
  { q: 'PD-L1', cls: 'hyphen variant', want: ['pd-l1'] },
  { q: 'PDL1', cls: 'hyphen variant', want: ['pd-l1'] },
  { q: 'KEYNOTE-024', cls: 'hyphen variant', want: ['keynote-024', 'pd-1-pd-l1-inhibitors'] },
  { q: 'keynote 024', cls: 'hyphen variant', want: ['keynote-024', 'pd-1-pd-l1-inhibitors'] },
  { q: 'CheckMate 227', cls: 'hyphen variant', want: ['checkmate-227', 'pd-1-ctla-4-combination'] },
  { q: 'checkmate227', cls: 'hyphen variant', want: ['checkmate-227', 'pd-1-ctla-4-combination'] },
  { q: 'NKTR-214', cls: 'hyphen variant', want: ['bempegaldesleukin', 'engineered-cytokines'] },
  { q: 'N-803', cls: 'hyphen variant', want: ['nogapendekin-alfa-inbakicept', 'n-803-nivolumab-phase-1b', 'engineered-cytokines'] },
  { q: 'TGF-β', cls: 'Greek', want: ['tgf-beta'] },
  { q: 'TGF beta', cls: 'Greek', want: ['tgf-beta'] },
  { q: 'IFN-γ', cls: 'Greek', want: ['interferon-gamma'] },
  { q: 'interferon gamma', cls: 'Greek', want: ['interferon-gamma'] },
  { q: 'pseudoprogression', cls: 'English', want: ['pseudoprogression'] },
  { q: 'T-cell exhaustion', cls: 'English', want: ['t-cell-exhaustion'] },
  { q: 'tumor microenvironment', cls: 'English', want: ['tumour-microenvironment'] },
  { q: 'V940', cls: 'abbreviation', want: ['mrna-4157', 'keynote-942', 'mrna-cancer-vaccines'] },
  { q: '肿瘤微环境', cls: 'Chinese', want: ['tumour-microenvironment'] },
  { q: '微环境', cls: 'Chinese', want: ['tumour-microenvironment'] },
  { q: '假进展', cls: 'Chinese', want: ['pseudoprogression'] },
  { q: '调节性T细胞', cls: 'Chinese', want: ['regulatory-t-cells'] },
  { q: '抗体偶联药物', cls: 'Chinese', want: ['antibody-drug-conjugates'] },
  { q: 'STK11 突变', cls: 'mixed', want: ['stk11-lkb1-loss', 'stk11'] },
  { q: 'pembrolizumb', cls: 'typo', want: ['pembrolizumab', 'pd-1-pd-l1-inhibitors'] },
  { q: 'pseudoprogresion', cls: 'typo', want: ['pseudoprogression'] },
  { q: 'ipilimumb', cls: 'typo', want: ['ipilimumab', 'pd-1-ctla-4-combination', 'ctla-4'] },
  { q: 'pembrolizumab', cls: 'English', want: ['pembrolizumab', 'pd-1-pd-l1-inhibitors'] },
];

/**
 * Chinese and mixed queries for the Chinese index, with the pages we accept first (chinese-index.test.ts justifies
 * the broad ones, where the page we name may be second or third).
 */
const REAL_QUERIES_ZH: { q: string; cls: string; want: string[] }[] = [
  { q: '耐药机制', cls: 'Chinese (broad)', want: ['extrinsic-tumour-microenvironment', 'intrinsic-genomic-proteomic'] },
  { q: '肿瘤突变负荷', cls: 'Chinese', want: ['tumour-mutational-burden', 'tmb'] },
  { q: '帕博利珠单抗', cls: 'Chinese', want: ['pembrolizumab'] },
  { q: '调节性T细胞', cls: 'Chinese', want: ['regulatory-t-cells'] },
  { q: '免疫检查点抑制剂 获得性耐药', cls: 'Chinese (broad)', want: ['acquired-resistance', 'tim-3-inhibitors'] },
  { q: '获得性耐药', cls: 'Chinese', want: ['acquired-resistance'] },
  { q: '肿瘤微环境', cls: 'Chinese', want: ['tumour-microenvironment', 'extrinsic-tumour-microenvironment'] },
  { q: '假进展', cls: 'Chinese', want: ['pseudoprogression'] },
  { q: 'PD-L1 表达', cls: 'mixed', want: ['pd-l1-expression', 'pd-l1'] },
  { q: 'STK11 突变', cls: 'mixed', want: ['stk11', 'stk11-lkb1-loss'] },
  { q: 'KEYNOTE-024', cls: 'English', want: ['keynote-024'] },
  { q: 'PD-L1', cls: 'English', want: ['pd-l1'] },
  { q: 'STK11', cls: 'English', want: ['stk11'] },
];

// ---------------------------------------------------------------------------------------------------------
// Measurements.

function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Row {
  corpus: string;
  build: number;
  files: number;
  raw: number;
  gz: number;
  /** Cold: open the index and answer the first query, fetching only the files it needs (from memory). */
  cold: number;
  coldGz: number;
  coldFiles: number;
  p50: number;
  p95: number;
  p99: number;
  heap: number;
  /** Terms shards (one per query word): count, median and largest gzip size. */
  shards: number;
  shardGzMedian: number;
  shardGzMax: number;
  /** The manifest (display records inline), gzip. */
  manifestGz: number;
}

async function measure(
  label: string,
  docs: SearchDoc[],
  queries: readonly { q: string }[],
  rounds: number,
  lang: IndexLang = 'en',
): Promise<{ row: Row; engine: SearchEngine }> {
  gc();
  let t = performance.now();
  const files = searchIndexFiles(buildSearchIndex(docs, { lang }));
  const build = performance.now() - t;
  const gzOf = new Map([...files].map(([p, text]) => [p, gzipSync(text, { level: 9 }).length]));
  const raw = [...files.values()].reduce((s, x) => s + Buffer.byteLength(x), 0);
  const gz = [...gzOf.values()].reduce((s, x) => s + x, 0);

  // Cold: as in the browser, each file parsed when first read; the source answers asynchronously.
  const read = memorySource(files);
  t = performance.now();
  const lazy = await openSearchIndex((path) => Promise.resolve().then(() => read(path)));
  await lazy.find(queries[0].q, { limit: 12 });
  const cold = performance.now() - t;
  const coldGz = lazy.fetched.reduce((s, p) => s + (gzOf.get(p) ?? 0), 0);

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = openSearchIndexSync(read);
  const samples: number[] = [];
  for (const { q } of queries) engine.search(q); // warm-up round: loads every shard the queries touch
  gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  for (let r = 0; r < rounds; r++) {
    for (const { q } of queries) {
      const s = performance.now();
      engine.search(q);
      samples.push(performance.now() - s);
    }
  }
  samples.sort((a, b) => a - b);
  const shardGz = [...gzOf].filter(([p]) => /\/terms-\d+\.json$/.test(p)).map(([, n]) => n);
  shardGz.sort((a, b) => a - b);
  const row = {
    corpus: label,
    build,
    files: files.size,
    raw,
    gz,
    cold,
    coldGz,
    coldFiles: lazy.fetched.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    heap,
    shards: shardGz.length,
    shardGzMedian: percentile(shardGz, 50),
    shardGzMax: shardGz[shardGz.length - 1] ?? 0,
    manifestGz: gzOf.get('manifest.json') ?? 0,
  };
  return { row, engine };
}

function row(r: Row): string {
  return `| ${r.corpus} | ${ms(r.build)} | ${r.files} | ${kb(r.raw)} | ${kb(r.gz)} | ${ms(r.cold)} | ${kb(r.coldGz)} (${r.coldFiles} files) | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${kb(r.heap)} |`;
}

function shardRow(r: Row): string {
  return `| ${r.corpus} | ${kb(r.manifestGz)} | ${r.shards} | ${kb(r.shardGzMedian)} | ${kb(r.shardGzMax)} | ${kb(r.coldGz)} (${r.coldFiles} files) |`;
}

/** The first results of `queries` on `engine`, against the pages we accept, as table rows. */
function firstResults(engine: SearchEngine, docs: readonly SearchDoc[], queries: typeof REAL_QUERIES): string[] {
  return queries.map(({ q, cls, want }) => {
    const got = engine.search(q, { limit: 3 }).map((h) => h.id);
    const ok = want.includes(got[0] ?? '') ? 'ok' : want.every((w) => !docs.some((d) => d.id === w)) ? 'n/a (no such entry)' : '**miss**';
    return `| ${cls} | ${q} | ${got.join(', ') || '—'} | ${want.join(' / ')} | ${ok} |`;
  });
}

async function realDocs(): Promise<{ docs: SearchDoc[]; zh: SearchDoc[]; translated: number; note: string } | { error: string }> {
  const root = process.cwd();
  if (!existsSync(join(root, 'content'))) return { error: 'no content/ folder' };
  try {
    const { loadCorpus } = await import('../lib/content/load');
    const corpus = await loadCorpus(root);
    const note = corpus.issues.length ? `, ${corpus.issues.length} content issues: only valid entries` : '';
    const translations = new Map(corpus.translations.map((t) => [t.id, t]));
    const zh = toChineseSearchDocs(corpus.entries, (id) => translations.get(id as (typeof corpus.translations)[number]['id']));
    return { docs: toSearchDocs(corpus.entries), zh, translated: translations.size, note };
  } catch (e) {
    return { error: `content/ does not build (${(e as Error).message.split('\n')[0]})` };
  }
}

// ---------------------------------------------------------------------------------------------------------

const started = performance.now();
const rows: string[] = [];

const real = await realDocs();
const shardRows: string[] = [];
const medians: string[] = [];
if ('docs' in real && real.docs.length > 0) {
  const queries = REAL_QUERIES.map(({ q }) => ({ q }));
  const { row: r, engine } = await measure(`real (${real.docs.length} entries${real.note})`, real.docs, queries, 20);
  rows.push(row(r));
  shardRows.push(shardRow(r));
  console.log('\n### Real corpus: first result per query\n');
  console.log('| class | query | first result | expected | |');
  console.log('|---|---|---|---|---|');
  for (const line of firstResults(engine, real.docs, REAL_QUERIES)) console.log(line);

  // The Chinese edition's index: the English query set (as in the English row) and then Chinese and mixed ones.
  const zhLabel = `real, Chinese index (${real.zh.length} entries, ${real.translated} translated)`;
  const zhRun = await measure(zhLabel, real.zh, queries, 20, 'zh');
  rows.push(row(zhRun.row));
  shardRows.push(shardRow(zhRun.row));
  const zhQueries = REAL_QUERIES_ZH.map(({ q }) => ({ q }));
  const zhOwn = await measure(`${zhLabel}, Chinese queries`, real.zh, zhQueries, 20, 'zh');
  rows.push(row(zhOwn.row));
  medians.push(
    `| English index, English query set | ${ms(r.p50)} |`,
    `| Chinese index, English query set | ${ms(zhRun.row.p50)} |`,
    `| Chinese index, Chinese and mixed query set | ${ms(zhOwn.row.p50)} |`,
  );
  console.log('\n### Chinese index: first result per query\n');
  console.log('| class | query | first results | accepted first | |');
  console.log('|---|---|---|---|---|');
  for (const line of firstResults(zhOwn.engine, real.zh, REAL_QUERIES_ZH)) console.log(line);
  for (const h of zhOwn.engine.search('帕博利珠单抗', { limit: 20 }))
    if (!h.url.startsWith('/zh/')) throw new Error(`Chinese index links to ${h.url}`);
} else {
  console.log(`\n(real corpus skipped: ${'error' in real ? real.error : 'no entries'})`);
}

const found: string[] = [];
for (const n of process.env.BENCH_SEARCH_SYNTHETIC === '0' ? [] : [100, 1_000, 10_000]) {
  const docs = syntheticDocs(n);
  const queries = querySet(docs);
  const { row: r, engine } = await measure(`synthetic ${n.toLocaleString('en')}`, docs, queries, n >= 10_000 ? 3 : 5);
  rows.push(row(r));
  shardRows.push(shardRow(r));
  // How often the page a query was drawn from comes first / in the first ten (many pages share words, so
  // "english" and "chinese" queries legitimately find others first).
  for (const cls of ['english', 'abbreviation', 'chinese', 'typo'] as const) {
    const qs = queries.filter((x) => x.cls === cls);
    const ranks = qs.map((x) => engine.search(x.q, { limit: 10 }).findIndex((h) => h.id === x.from));
    const pct = (k: number) => `${Math.round((100 * ranks.filter((i) => i >= 0 && i < k).length) / qs.length)}%`;
    // A typo is corrected when the first hit highlights the intended word (the word is usually on many pages).
    const corrected = qs.filter((x) => {
      const top = engine.search(x.q, { limit: 1 })[0];
      return top !== undefined && [...top.titleSegments, ...top.snippet].some((g) => g.hit && g.text.toLowerCase() === x.intended);
    }).length;
    const fixed = cls === 'typo' ? `${Math.round((100 * corrected) / qs.length)}%` : '';
    found.push(`| synthetic ${n.toLocaleString('en')} | ${cls} | ${pct(1)} | ${pct(10)} | ${fixed} |`);
  }
}

console.log('\n### Search index files (cold = open + first query, reading only the shards it needs, files in memory)\n');
console.log(
  '| corpus | build ms | files | raw | gzip (all files) | cold first query ms | gzip read by it | p50 ms | p95 ms | p99 ms | heap (loaded shards) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('\n### Index shards (gzip): manifest, terms shards (one fetched per query word), bytes read by the first query\n');
console.log('| corpus | manifest | terms shards | median shard | largest shard | first query read |');
console.log('|---|---|---|---|---|---|');
for (const r of shardRows) console.log(r);
if (medians.length > 0) {
  console.log('\n### Query median, English vs Chinese index (loaded shards)\n');
  console.log('| index, queries | p50 ms |');
  console.log('|---|---|');
  for (const r of medians) console.log(r);
}
if (found.length > 0) console.log('\n### Synthetic queries: the page a query was drawn from, found first / in the first ten\n');
if (found.length > 0) {
  console.log('(Synthetic words recur on many pages, so English and typo queries often, legitimately, find others first.)\n');
  console.log('| corpus | class | first | top 10 | typo corrected |');
  console.log('|---|---|---|---|---|');
  for (const r of found) console.log(r);
}
console.log(
  `\nQueries: 50 each of English, abbreviation, Chinese and typo (synthetic), ${REAL_QUERIES.length} fixed (real). Node ${process.version}; total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
