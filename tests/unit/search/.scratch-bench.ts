/**
 * `npm run bench`: search benchmark. Prints markdown tables for synthetic corpora shaped like ours (100, 1,000
 * and 10,000 entries: English and Chinese titles, aliases, gene symbols, drugs, trials, ~300-word bodies;
 * deterministic) and, when content/ builds, for the real corpus:
 * build time, payload size (raw and gzipped), load time from the payload, cold first query, query latency
 * p50/p95/p99 over a fixed set (English, abbreviation, Chinese, typo) and heap held by the engine.
 * A second table measures the alternative payload (flexsearch's own export) that build-index.ts decided against.
 * Target: p95 < 2 ms per query at 10,000 entries in Node.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { AREAS, KINDS, ORIGINS, TIMINGS, type Kind } from '../../../lib/content/kinds';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { toSearchDocs, type SearchDoc } from '../../../lib/search/documents';
import { addToFieldIndexes, createFieldIndexes, FIELDS } from '../../../lib/search/field-index';
import { loadSearchIndex, type SearchEngine } from '../../../lib/search/query';
import { entryHref } from '../../../lib/site/routes';

setFlagsFromString('--expose-gc');
const gc: () => void = runInNewContext('gc');

// ---------------------------------------------------------------------------------------------------------
// Deterministic synthetic corpus.

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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

function querySet(docs: SearchDoc[], seed = 7): { q: string; cls: QueryClass }[] {
  const rnd = mulberry32(seed);
  const out: { q: string; cls: QueryClass }[] = [];
  const words = (s: string) => s.split(/[^A-Za-z]+/).filter((w) => w.length >= 7);
  for (let i = 0; i < 50; i++) {
    const d = pick(rnd, docs);
    const title = d.title.replace(/\([^)]*\)/g, '').trim().split(/\s+/);
    out.push({ q: rnd() < 0.5 ? title.slice(-2).join(' ') : `${pick(rnd, title)} ${pick(rnd, MEDICAL)}`, cls: 'english' });
    out.push({ q: pick(rnd, d.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a))) ?? d.id, cls: 'abbreviation' });
    const zh = Array.from(d.titleZh.replace(/[^\u4e00-\u9fff]/g, ''));
    const start = Math.floor(rnd() * Math.max(1, zh.length - 2));
    out.push({ q: zh.slice(start, start + 2 + Math.floor(rnd() * 2)).join('') || d.titleZh, cls: 'chinese' });
    const candidates = [...words(d.title), ...d.aliases.flatMap(words), ...words(d.summary)];
    out.push({ q: typo(rnd, candidates.length ? pick(rnd, candidates) : 'pembrolizumab'), cls: 'typo' });
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
  { q: 'ipilimumb', cls: 'typo', want: ['pd-1-ctla-4-combination'] },
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

function measure(label: string, docs: SearchDoc[], queries: { q: string }[], rounds: number): { row: Row; engine: SearchEngine } {
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

/** The alternative payload: flexsearch's export of the field indexes, plus the display fields without body text. */
function measureExport(label: string, docs: SearchDoc[]): string {
  const indexes = createFieldIndexes();
  docs.forEach((d, n) => addToFieldIndexes(indexes, n, d));
  const exported: Record<string, Record<string, string>> = {};
  for (const f of FIELDS) {
    exported[f] = {};
    indexes[f].export((key, data) => {
      exported[f][key] = data;
    });
  }
  const display = docs.map(({ text: _text, ...rest }) => rest);
  const json = JSON.stringify({ version: 1, docs: display, flex: exported });
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  const t = performance.now();
  const parsed = JSON.parse(json) as { flex: Record<string, Record<string, string>> };
  const fresh = createFieldIndexes();
  for (const f of FIELDS) for (const [key, data] of Object.entries(parsed.flex[f])) fresh[f].import(key, data);
  const load = performance.now() - t;
  return `| ${label} | ${kb(raw)} | ${kb(gz)} | ${ms(load)} |`;
}

function row(r: Row): string {
  return `| ${r.corpus} | ${ms(r.build)} | ${kb(r.raw)} | ${kb(r.gz)} | ${ms(r.load)} | ${ms(r.first)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${kb(r.heap)} |`;
}

async function realDocs(): Promise<{ docs: SearchDoc[]; note: string } | { error: string }> {
  const root = process.cwd();
  if (!existsSync(join(root, 'content'))) return { error: 'no content/ folder' };
  try {
    const { loadCorpus } = await import('../../../lib/content/load');
    const corpus = await loadCorpus(root);
    const note = corpus.issues.length ? `, ${corpus.issues.length} content issues: only valid entries` : '';
    return { docs: toSearchDocs(corpus.entries), note };
  } catch (e) {
    return { error: `content/ does not build (${(e as Error).message.split('\n')[0]})` };
  }
}


const docs = syntheticDocs(Number(process.argv[2] ?? 10000));
const queries = querySet(docs);
let t = performance.now();
const engine = loadSearchIndex(buildSearchIndex(docs));
console.log('load', performance.now() - t);
for (const {q} of queries) engine.search(q);
const res: [number, string, string, number][] = [];
for (const {q, cls} of queries) { const ts: number[] = []; let h: any[] = []; for (let k = 0; k < 7; k++) { const s = performance.now(); h = engine.search(q); ts.push(performance.now() - s); } ts.sort((a,b)=>a-b); res.push([ts[3], cls, q, h.length]); }
res.sort((a, b) => b[0] - a[0]);
for (const r of res.slice(0, 25)) console.log(r[0].toFixed(2), r[1], JSON.stringify(r[2]), r[3]);
const byCls: Record<string, number[]> = {};
for (const r of res) (byCls[r[1]] ??= []).push(r[0]);
for (const [c, v] of Object.entries(byCls)) { v.sort((a,b)=>a-b); console.log(c, 'p50', v[Math.floor(v.length/2)].toFixed(2), 'p95', v[Math.floor(v.length*0.95)].toFixed(2)); }
