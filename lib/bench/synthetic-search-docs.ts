/**
 * Deterministic synthetic search documents shaped like the atlas's entries (English and Chinese titles, aliases,
 * gene symbols, drugs, trials, ~300-word bodies) and a seeded query set drawn from them, for the search
 * benchmarks (scripts/bench-search.ts in Node, scripts/bench-search-browser.ts in Chromium).
 */
import { AREAS, KINDS, ORIGINS, TIMINGS, type Kind } from '../content/kinds';
import { foldDiacritics } from '../core/text';
import type { SearchDoc } from '../search/documents';
import { entryHref } from '../site/routes';
import { mulberry32 } from './prng';

export const MEDICAL = (
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
const HEADINGS = [
  'Mechanism',
  'Evidence in NSCLC',
  'Clinical relevance',
  'Open questions',
  'Definition',
  'Trials',
  'Biomarkers',
  'Strategies',
];
const CJK_POOL = Array.from(
  '肿瘤微环境免疫检查点抑制剂耐药机制原发性继发性获得性突变缺失表达信号通路细胞因子趋化受体配体淋巴巨噬中性粒树突调节抑制效应记忆前体终末克隆新抗原干扰素激酶磷酸酶转录表观遗传甲基化缺氧代谢腺苷糖酵解血管生成内皮成纤维基质胶原腺癌鳞癌转移进展生存标志物检测测序联合疫苗偶联双特异性治疗工程溶瘤病毒放疗化疗毒性不良事件假超异质演化选择',
);

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
    const aliases = [
      symbol.toLowerCase(),
      `${pseudoWord(rnd, 2).toUpperCase()}-${Math.floor(rnd() * 900)}`,
      cjk(rnd, 2, 6),
      `${symbol} ${cjk(rnd, 2, 3)}`,
    ];
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

export type QueryClass = 'english' | 'abbreviation' | 'chinese' | 'typo';

function typo(rnd: () => number, w: string): string {
  const i = 1 + Math.floor(rnd() * (w.length - 2));
  return rnd() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
}

/** A benchmark query, with the document it was drawn from. */
export interface BenchQuery {
  q: string;
  cls: QueryClass;
  from: string;
  /** For typos: the word that was misspelt. */
  intended?: string;
}

export function querySet(docs: SearchDoc[], seed = 7): BenchQuery[] {
  const rnd = mulberry32(seed);
  const out: BenchQuery[] = [];
  const words = (s: string) => s.split(/[^A-Za-z]+/).filter((w) => w.length >= 7);
  for (let i = 0; i < 50; i++) {
    const d = pick(rnd, docs);
    const title = d.title
      .replace(/\([^)]*\)/g, '')
      .trim()
      .split(/\s+/);
    const from = d.id;
    out.push({ q: rnd() < 0.5 ? title.slice(-2).join(' ') : `${pick(rnd, title)} ${pick(rnd, MEDICAL)}`, cls: 'english', from });
    out.push({
      q:
        pick(
          rnd,
          d.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a)),
        ) ?? d.id,
      cls: 'abbreviation',
      from,
    });
    const zh = Array.from(d.titleZh.replace(/[^\u4e00-\u9fff]/g, ''));
    const start = Math.floor(rnd() * Math.max(1, zh.length - 2));
    out.push({ q: zh.slice(start, start + 2 + Math.floor(rnd() * 2)).join('') || d.titleZh, cls: 'chinese', from });
    const candidates = [...words(d.title), ...d.aliases.flatMap(words), ...words(d.summary)];
    const intended = candidates.length ? pick(rnd, candidates) : 'pembrolizumab';
    out.push({ q: typo(rnd, intended), cls: 'typo', from, intended: intended.toLowerCase() });
  }
  return out;
}
