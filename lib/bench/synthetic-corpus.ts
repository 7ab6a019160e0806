/**
 * A deterministic synthetic corpus shaped like ours (mixed English/Chinese, cross-linked, cited), for the build
 * scaling benchmark. Every generated file passes validation, so the benchmark measures a real build
 * (tests/unit/bench/synthetic-corpus.test.ts). Strategies say `stage: preclinical`, the one stage that needs no
 * trial or drug entry behind it (any other is derived from those).
 */
import type { RawFile } from '../content/read-files';
import { AREAS, KIND_INFO, type Kind } from '../content/kinds';
import { mulberry32 as rng } from './prng';

const WORDS =
  'resistance tumour immune checkpoint inhibitor blockade antigen presentation mutation loss expression signalling pathway microenvironment infiltration exhaustion response primary acquired intrinsic extrinsic cytokine chemokine receptor lymphocyte macrophage dendritic regulatory suppressor myeloid effector neoantigen interferon kinase transcription hypoxia metabolism angiogenesis stromal adenocarcinoma squamous progression survival biomarker assay combination vaccine conjugate'.split(
    ' ',
  );
const CJK = Array.from(
  '肿瘤微环境免疫检查点抑制剂耐药机制原发性继发性获得性突变缺失表达信号通路细胞因子趋化受体配体淋巴巨噬树突调节效应新抗原干扰素',
);

/** `n` entries over all kinds, linking to each other, citing keys from `refKeys`; plus the references file. */
export function syntheticCorpus(n: number, referencesYaml: string, refKeys: readonly string[], seed = 1): RawFile[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const kinds: Kind[] = ['mechanism', 'biomarker', 'cell-or-molecule', 'strategy', 'concept'];
  const ids = Array.from({ length: n }, (_, i) => ({ id: `syn-${kinds[i % kinds.length]}-${i}`, kind: kinds[i % kinds.length] }));
  const ofKind = (k: Kind) => ids.filter((x) => x.kind === k);
  const strategies = ofKind('strategy');
  const mechanisms = ofKind('mechanism');
  const zh = (len: number) => Array.from({ length: len }, () => pick(CJK)).join('');
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(r() * 10) }, () => pick(WORDS));
    return `${words.join(' ')} ${zh(4)}.`;
  };
  const files: RawFile[] = [{ path: 'content/references.yaml', text: referencesYaml }];
  ids.forEach(({ id, kind }, i) => {
    const next = ids[(i + 1) % n];
    const other = pick(ids);
    const extra: string[] = [];
    if (kind === 'mechanism')
      extra.push(
        `origin: ${r() < 0.5 ? 'intrinsic' : 'extrinsic'}`,
        'timing: both',
        `area: ${pick(AREAS.slice(0, 4))}`,
        `strategies: [${pick(strategies).id}]`,
      );
    if (kind === 'biomarker') extra.push('biomarkerType: gene', `genes: [G${i}]`);
    if (kind === 'cell-or-molecule') extra.push('entityType: cell', 'role: effector');
    if (kind === 'strategy')
      extra.push(`targets: [${pick(mechanisms).id}]`, 'stage: preclinical', 'tumourContext: NSCLC (synthetic)', `drugs: [drug-${i}mab]`);
    const paragraphs = Array.from(
      { length: 4 },
      () =>
        `${sentence()} ${sentence()} See [${next.id}](${next.id}) and [${other.id}](${other.id}) <Cite id="${pick(refKeys)}" />. ${sentence()}`,
    );
    const text = [
      '---',
      `title: Synthetic ${kind} ${i} ${pick(WORDS)} ${pick(WORDS)}`,
      `titleZh: ${zh(6)}`,
      `aliases: [S${i}, ${zh(3)}]`,
      `summary: ${sentence()} ${sentence()}`,
      `references: [${pick(refKeys)}]`,
      'evidenceContext: mixed',
      'lastReviewed: 2026-11-24',
      ...extra,
      '---',
      '',
      '## Mechanism',
      '',
      paragraphs.slice(0, 2).join('\n\n'),
      '',
      '## Evidence',
      '',
      paragraphs.slice(2).join('\n\n'),
      '',
    ].join('\n');
    files.push({ path: `content/${KIND_INFO[kind].dir}/${id}.mdx`, text });
  });
  return files;
}
