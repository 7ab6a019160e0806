/**
 * `npm run bench`: search benchmark. Prints markdown tables for synthetic corpora shaped like ours (100, 1,000
 * and 10,000 entries: English and Chinese titles, aliases, gene symbols, drugs, trials, ~300-word bodies;
 * deterministic) and, when content/ builds, for the real corpus:
 * build time, payload size (raw and gzipped), load time from the payload, cold first query, query latency
 * p50/p95/p99 over a fixed set (English, abbreviation, Chinese, typo) and heap held by the engine.
 * A second table compares our payload with the two alternatives build-index.ts decided against (everything as
 * text, rebuilt in the browser; everything as flexsearch's export). For the real corpus it also lists the first
 * result of a set of realistic queries against the page we hope for.
 * Target: p95 < 2 ms per query at 10,000 entries in Node. Timings vary 1.5–3× with machine load.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { foldDiacritics } from '../lib/core/text';
import { gzipSync } from 'node:zlib';
import { AREAS, KINDS, ORIGINS, TIMINGS, type Kind } from '../lib/content/kinds';
import { buildSearchIndex } from '../lib/search/build-index';
import { toSearchDocs, type SearchDoc } from '../lib/search/documents';
import { addStoredFields, createFieldIndexes, exportBodyIndex, importBodyIndex, importFieldIndex, STORED_FIELDS, type FieldIndexes, type IndexChunk, type StoredField } from '../lib/search/field-index';
import { loadSearchIndex, type SearchEngine } from '../lib/search/query';
import { entryHref } from '../lib/site/routes';
import { mulberry32 } from '../lib/bench/prng';

setFlagsFromString('--expose-gc');
const gc: () => void = runInNewContext('gc');

// ---------------------------------------------------------------------------------------------------------
// Deterministic synthetic corpus.

const MEDICAL = (
  'resistance tumour tumours immune immunotherapy checkpoint inhibitor inhibitors blockade antibody antigen ' +
  'presentation mutation mutations loss expression signalling pathway microenvironment infiltration exhaustion ' +
  'response responses primary acquired intrinsic extrinsic cytokine chemokine receptor ligand lymphocyte ' +
  'macrophage neutrophil dendritic regulatory suppressor myeloid effector memory progenitor terminal clonal ' +
  'neoantigen neoantigens interferon gamma beta alpha kinase phosphatase transcription epigenetic methylation ' +
  'hypoxia metabolism adenosine glycolysis angiogenesis vascular endothelial fibroblast stromal collagen ' +
  'adenocarcinoma squamous carcinoma metastasis progression survival biomarker assay sequencing expression ' +
  'combination vaccine conjugate bispecific cellular therapy transfer engineered oncolytic virus radiotherapy ' +
  'chemotherapy toxicity adverse events hyperprogression pseudoprogression heterogeneity evolution selection ' +
  'deletion amplification fusion truncating frameshift nonsense missense splice variant allele haplotype'
).split(' ');
const FILLER = 'the of and in a to with is that by for as from on are was this which or be at an it not were has been'.split(' ');
const SYLLABLES = 'ka ro ti mu lé sa ne vo zi pa tor ril dex lin mab nib cept leu kin zu ma ta fe gor bex qui ly'.split(' ');
const HEADINGS = ['Mechanism', 'Evidence in NSCLC', 'Clinical relevance', 'Open questions', 'Definition', 'Trials', 'Biomarkers', 'Strategies'];
const CJK_POOL = Array.from('肿瘤微环境免疫检查点抑制剂耐药机制原发性继发性获得性突变缺失表达信号通路细胞因子趋化受体配体淋巴巨噬中性粒树突调节抑制效应记忆前体终末克隆新抗原干扰素激酶磷酸酶转录表观遗传甲基化缺氧代谢腺苷糖酵解血管生成内皮成纤维基质胶原腺癌鳞癌转移进展生存标志物检测测序联合疫苗偶联双特异性治疗工程溶瘤病毒放疗化疗毒性不良事件假超异质演化选择');

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** Zipf-like pick: low indices far more often. */
function zipf<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(list.length * Math.pow(rnd(), 2.2))];
}

function pseudoWord(rnd: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rnd, SYLLABLES);
  return foldDiacritics(w);
}

function gene(rnd: () => number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let g = '';
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) g += pick(rnd, Array.from(letters));
  return rnd() < 0.7 ? g + (1 + Math.floor(rnd() * 30)) : g;
}

function cjk(rnd: () => number, min: number, max: number): string {
  let s = '';
  const n = min + Math.floor(rnd() * (max - min + 1));
  for (let i = 0; i < n; i++) s += pick(rnd, CJK_POOL);
  return s;
}

function sentence(rnd: () => number, vocab: readonly string[], terms: readonly string[]): string {
  const n = 10 + Math.floor(rnd() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    words.push(r < 0.35 ? pick(rnd, FILLER) : r < 0.75 ? zipf(rnd, MEDICAL) : r < 0.95 ? zipf(rnd, vocab) : pick(rnd, terms));
  }
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

/** `n` documents shaped like the atlas's entries. */
export function syntheticDocs(n: number, seed = 42): SearchDoc[] {
  const rnd = mulberry32(seed);
  const vocab = Array.from({ length: 6000 }, () => pseudoWord(rnd, 2 + Math.floor(rnd() * 3)));
  const docs: SearchDoc[] = [];
  for (let i = 0; i < n; i++) {
    const kind: Kind = pick(rnd, KINDS);
    const symbol = gene(rnd);
    const titleWords = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => zipf(rnd, MEDICAL));
    const title = rnd() < 0.5 ? `${symbol} ${titleWords.join(' ')}` : `${titleWords.join(' ')} (${symbol})`;
    const drug = pseudoWord(rnd, 3) + pick(rnd, ['mab', 'nib', 'leukin', 'cept']);
    const trial = `${pick(rnd, ['KEYNOTE', 'CheckMate', 'IMpower', 'POSEIDON', 'EMPOWER'])}${rnd() < 0.5 ? '-' : ' '}${100 + Math.floor(rnd() * 900)}`;
    const aliases = [symbol.toLowerCase(), `${pseudoWord(rnd, 2).toUpperCase()}-${Math.floor(rnd() * 900)}`, cjk(rnd, 2, 6), `${symbol} ${cjk(rnd, 2, 3)}`];
    if (kind === 'strategy') aliases.push(drug, trial);
    const terms = [symbol, drug, trial, ...titleWords];
    const body: string[] = [];
    let words = 0;
    while (words < 300) {
      const s = rnd() < 0.1 ? cjk(rnd, 12, 40) + '。' : sentence(rnd, vocab, terms);
      words += s.split(' ').length;
      body.push(s);
    }
    const summary = Array.from({ length: 3 }, () => sentence(rnd, vocab, terms)).join(' ');
    const id = `${symbol.toLowerCase()}-${i}`;
    const doc: SearchDoc = {
      id,
      kind,
      url: entryHref(kind, id),
      title,
      titleZh: `${symbol} ${cjk(rnd, 3, 8)}`,
      aliases,
      summary,
      headings: Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => pick(rnd, HEADINGS)),
      text: body.join(' '),
    };
    if (kind === 'mechanism') {
      doc.origin = pick(rnd, ORIGINS);
      doc.timing = pick(rnd, TIMINGS);
      doc.area = pick(rnd, AREAS);
    }
    docs.push(doc);
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------------------
// Query set: fixed (seeded) and drawn from the corpus, 50 per class.

type QueryClass = 'english' | 'abbreviation' | 'chinese' | 'typo';

function typo(rnd: () => number, w: string): string {
  const i = 1 + Math.floor(rnd() * (w.length - 2));
  return rnd() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
}

/** A benchmark query, with the document it was drawn from. */
interface BenchQuery {
  q: string;
  cls: QueryClass;
  from: string;
  /** For typos: the word that was misspelt. */
  intended?: string;
}

function querySet(docs: SearchDoc[], seed = 7): BenchQuery[] {
  const rnd = mulberry32(seed);
  const out: BenchQuery[] = [];
  const words = (s: string) => s.split(/[^A-Za-z]+/).filter((w) => w.length >= 7);
  for (let i = 0; i < 50; i++) {
    const d = pick(rnd, docs);
    const title = d.title.replace(/\([^)]*\)/g, '').trim().split(/\s+/);
    const from = d.id;
    out.push({ q: rnd() < 0.5 ? title.slice(-2).join(' ') : `${pick(rnd, title)} ${pick(rnd, MEDICAL)}`, cls: 'english', from });
    out.push({ q: pick(rnd, d.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a))) ?? d.id, cls: 'abbreviation', from });
    const zh = Array.from(d.titleZh.replace(/[^\u4e00-\u9fff]/g, ''));
    const start = Math.floor(rnd() * Math.max(1, zh.length - 2));
    out.push({ q: zh.slice(start, start + 2 + Math.floor(rnd() * 2)).join('') || d.titleZh, cls: 'chinese', from });
    const candidates = [...words(d.title), ...d.aliases.flatMap(words), ...words(d.summary)];
    const intended = candidates.length ? pick(rnd, candidates) : 'pembrolizumab';
    out.push({ q: typo(rnd, intended), cls: 'typo', from, intended: intended.toLowerCase() });
  }
  return out;
}

/** Realistic queries for the real corpus, with the first result we hope for. */
const REAL_QUERIES: { q: string; cls: string; want: string[] }[] = [
  { q: 'TMB', cls: 'abbreviation', want: ['tmb', 'tumour-mutational-burden'] },
  { q: 'LKB1', cls: 'abbreviation', want: ['stk11', 'stk11-lkb1-loss'] },
  { q: 'CD274', cls: 'abbreviation', want: ['pd-l1'] },
  { q: 'HAVCR2', cls: 'abbreviation', want: ['tim-3', 'tim-3-inhibitors'] },
  { q: 'MDSC', cls: 'abbreviation', want: ['mdscs', 'mdsc'] },
  { q: 'irAE', cls: 'abbreviation', want: ['irae-management', 'immune-related-adverse-events'] },
  { q: 'PD-L1', cls: 'hyphen variant', want: ['pd-l1'] },
  { q: 'PDL1', cls: 'hyphen variant', want: ['pd-l1'] },
  { q: 'KEYNOTE-024', cls: 'hyphen variant', want: ['pd-1-pd-l1-inhibitors'] },
  { q: 'keynote 024', cls: 'hyphen variant', want: ['pd-1-pd-l1-inhibitors'] },
  { q: 'CheckMate 227', cls: 'hyphen variant', want: ['pd-1-ctla-4-combination'] },
  { q: 'checkmate227', cls: 'hyphen variant', want: ['pd-1-ctla-4-combination'] },
  { q: 'NKTR-214', cls: 'hyphen variant', want: ['engineered-cytokines'] },
  { q: 'N-803', cls: 'hyphen variant', want: ['engineered-cytokines'] },
  { q: 'TGF-β', cls: 'Greek', want: ['tgf-beta'] },
  { q: 'TGF beta', cls: 'Greek', want: ['tgf-beta'] },
  { q: 'IFN-γ', cls: 'Greek', want: ['interferon-gamma'] },
  { q: 'interferon gamma', cls: 'Greek', want: ['interferon-gamma'] },
  { q: 'pseudoprogression', cls: 'English', want: ['pseudoprogression'] },
  { q: 'T-cell exhaustion', cls: 'English', want: ['t-cell-exhaustion'] },
  { q: 'tumor microenvironment', cls: 'English', want: ['tumour-microenvironment'] },
  { q: 'V940', cls: 'abbreviation', want: ['mrna-cancer-vaccines'] },
  { q: '肿瘤微环境', cls: 'Chinese', want: ['tumour-microenvironment'] },
  { q: '微环境', cls: 'Chinese', want: ['tumour-microenvironment'] },
  { q: '假进展', cls: 'Chinese', want: ['pseudoprogression'] },
  { q: '调节性T细胞', cls: 'Chinese', want: ['regulatory-t-cells'] },
  { q: '抗体偶联药物', cls: 'Chinese', want: ['antibody-drug-conjugates'] },
  { q: 'STK11 突变', cls: 'mixed', want: ['stk11-lkb1-loss', 'stk11'] },
  { q: 'pembrolizumb', cls: 'typo', want: ['pd-1-pd-l1-inhibitors'] },
  { q: 'pseudoprogresion', cls: 'typo', want: ['pseudoprogression'] },
  { q: 'ipilimumb', cls: 'typo', want: ['pd-1-ctla-4-combination', 'ctla-4'] },
  { q: 'pembrolizumab', cls: 'English', want: ['pd-1-pd-l1-inhibitors'] },
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
  raw: number;
  gz: number;
  load: number;
  first: number;
  p50: number;
  p95: number;
  p99: number;
  heap: number;
}

function measure(label: string, docs: SearchDoc[], queries: readonly { q: string }[], rounds: number): { row: Row; engine: SearchEngine } {
  gc();
  let t = performance.now();
  const json = JSON.stringify(buildSearchIndex(docs));
  const build = performance.now() - t;
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  t = performance.now();
  const engine = loadSearchIndex(JSON.parse(json));
  const load = performance.now() - t;
  t = performance.now();
  engine.search(queries[0].q);
  const first = performance.now() - t;
  gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;

  const samples: number[] = [];
  for (const { q } of queries) engine.search(q); // warm-up round
  for (let r = 0; r < rounds; r++) {
    for (const { q } of queries) {
      const s = performance.now();
      engine.search(q);
      samples.push(performance.now() - s);
    }
  }
  samples.sort((a, b) => a - b);
  const row = { corpus: label, build, raw, gz, load, first, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), heap };
  return { row, engine };
}

type Payload = { label: string; json: string; load: (parsed: unknown) => void };

/** The three payloads compared: ours (every index exported), v1 (short fields re-indexed), all re-indexed. */
function payloads(docs: SearchDoc[]): Payload[] {
  const ours = JSON.stringify(buildSearchIndex(docs));
  const rebuildAll = JSON.stringify({ docs });
  const v1 = JSON.stringify({ docs: docs.map(({ text: _text, ...rest }) => rest), body: exportBodyIndex(docs.map((d) => d.text)) });
  return [
    {
      label: 'ours (v2): every field index exported, short fields as text for display',
      json: ours,
      load: (parsed) => {
        const { fields, body } = parsed as { fields: Record<StoredField, IndexChunk[]>; body: IndexChunk[] };
        for (const f of STORED_FIELDS) importFieldIndex(f, fields[f]);
        importBodyIndex(body);
      },
    },
    {
      label: 'v1: short fields as text (indexed on load), body as export',
      json: v1,
      load: (parsed) => {
        const { docs: stored, body } = parsed as { docs: SearchDoc[]; body: IndexChunk[] };
        const ix = createFieldIndexes();
        stored.forEach((d, n) => addStoredFields(ix, n, d));
        importBodyIndex(body);
      },
    },
    {
      label: 'all fields as text (rebuild in browser)',
      json: rebuildAll,
      load: (parsed) => {
        const ix: FieldIndexes = createFieldIndexes();
        (parsed as { docs: SearchDoc[] }).docs.forEach((d, n) => {
          addStoredFields(ix, n, d);
          if (d.text !== '') ix.text.add(n, d.text);
        });
      },
    },
  ];
}

/** Size and load time (JSON.parse + flexsearch indexes; the engine's own tables are the same for all three). */
function measurePayloads(label: string, docs: SearchDoc[]): string[] {
  return payloads(docs).map((p) => {
    const raw = Buffer.byteLength(p.json);
    const gz = gzipSync(p.json, { level: 9 }).length;
    gc();
    const t = performance.now();
    p.load(JSON.parse(p.json));
    const load = performance.now() - t;
    // Bytes at 10 Mbit/s plus load: a rough cold first result on a middling connection.
    const cold = (gz * 8) / 10_000 + load;
    return `| ${label} | ${p.label} | ${kb(raw)} | ${kb(gz)} | ${ms(load)} | ${ms(cold)} |`;
  });
}

function row(r: Row): string {
  return `| ${r.corpus} | ${ms(r.build)} | ${kb(r.raw)} | ${kb(r.gz)} | ${ms(r.load)} | ${ms(r.first)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${kb(r.heap)} |`;
}

async function realDocs(): Promise<{ docs: SearchDoc[]; note: string } | { error: string }> {
  const root = process.cwd();
  if (!existsSync(join(root, 'content'))) return { error: 'no content/ folder' };
  try {
    const { loadCorpus } = await import('../lib/content/load');
    const corpus = await loadCorpus(root);
    const note = corpus.issues.length ? `, ${corpus.issues.length} content issues: only valid entries` : '';
    return { docs: toSearchDocs(corpus.entries), note };
  } catch (e) {
    return { error: `content/ does not build (${(e as Error).message.split('\n')[0]})` };
  }
}

// ---------------------------------------------------------------------------------------------------------

const started = performance.now();
const rows: string[] = [];
const alt: string[] = [];

const real = await realDocs();
if ('docs' in real && real.docs.length > 0) {
  const queries = REAL_QUERIES.map(({ q }) => ({ q }));
  const { row: r, engine } = measure(`real (${real.docs.length} entries${real.note})`, real.docs, queries, 20);
  rows.push(row(r));
  alt.push(...measurePayloads(`real (${real.docs.length})`, real.docs));
  console.log('\n### Real corpus: first result per query\n');
  console.log('| class | query | first result | expected | |');
  console.log('|---|---|---|---|---|');
  for (const { q, cls, want } of REAL_QUERIES) {
    const got = engine.search(q, { limit: 3 }).map((h) => h.id);
    const ok = want.includes(got[0] ?? '') ? 'ok' : want.every((w) => !real.docs.some((d) => d.id === w)) ? 'n/a (no such entry)' : '**miss**';
    console.log(`| ${cls} | ${q} | ${got.join(', ') || '—'} | ${want.join(' / ')} | ${ok} |`);
  }
} else {
  console.log(`\n(real corpus skipped: ${'error' in real ? real.error : 'no entries'})`);
}

const found: string[] = [];
for (const n of [100, 1_000, 10_000]) {
  const docs = syntheticDocs(n);
  const queries = querySet(docs);
  const { row: r, engine } = measure(`synthetic ${n.toLocaleString('en')}`, docs, queries, n >= 10_000 ? 3 : 5);
  rows.push(row(r));
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
  alt.push(...measurePayloads(`synthetic ${n.toLocaleString('en')}`, docs));
}

console.log('\n### Search index (engine: loadSearchIndex on the parsed payload)\n');
console.log('| corpus | build ms | payload raw | payload gzip | load ms (parse + index) | first query ms | p50 ms | p95 ms | p99 ms | heap |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('\n### Payload formats compared (load = JSON.parse + flexsearch indexes; cold ≈ gzip bytes at 10 Mbit/s + load)\n');
console.log('| corpus | payload | raw | gzip | load ms | cold ms |');
console.log('|---|---|---|---|---|---|');
for (const r of alt) console.log(r);
console.log('\n### Synthetic queries: the page a query was drawn from, found first / in the first ten\n');
console.log('(Synthetic words recur on many pages, so English and typo queries often, legitimately, find others first.)\n');
console.log('| corpus | class | first | top 10 | typo corrected |');
console.log('|---|---|---|---|---|');
for (const r of found) console.log(r);
console.log(`\nQueries: 50 each of English, abbreviation, Chinese and typo (synthetic), ${REAL_QUERIES.length} fixed (real). Node ${process.version}; total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
