/**
 * The real corpus is a test too: `npm test` fails on any content problem (`check:content` reports each one first,
 * located: citations, links, required relations, orphans among them) and on a planned entry that is missing. The
 * orphan rule is re-asserted here from the link graph the pages use.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '@/lib/content/build-corpus';
import { formatReport } from '@/lib/content/issues';
import { loadCorpus } from '@/lib/content/load';
import { buildGraph, orphans } from '@/lib/graph/build-graph';

/**
 * Every entry the atlas must have (issues "The whole atlas" and 11: topics, concepts, mechanisms, biomarkers, cells
 * and molecules, strategies, then the clinical-settings, content1, trials and drugs additions), by id: the file may
 * be in any kind's folder, so adding a kind never touches this list.
 */
const REQUIRED: readonly string[] = [
  'nsclc-immunotherapy-resistance',
  'classification-of-resistance',
  'intrinsic-genomic-proteomic',
  'intrinsic-antigen-presentation',
  'extrinsic-tumour-microenvironment',
  'extrinsic-checkpoint-co-inhibition',
  'new-drugs-and-strategies',
  'outlook-biomarkers-combinations',
  'primary-resistance',
  'acquired-resistance',
  'adaptive-resistance',
  'intrinsic-vs-extrinsic-resistance',
  'pseudoprogression',
  'hot-and-cold-tumours',
  't-cell-exhaustion',
  'immune-related-adverse-events',
  'neoantigens',
  'tumour-mutational-burden',
  'tumour-microenvironment',
  'tumour-stem-cells',
  'ddr-alterations-and-tmb',
  'pten-loss-pi3k-akt',
  'stk11-lkb1-loss',
  'jak1-jak2-loss',
  'oncogenic-signalling',
  'pd-l1-expression',
  'egfr-kras-driver-context',
  'tumour-antigen-loss',
  'antigen-processing-defects',
  'hla-i-b2m-loss',
  'hla-i-genotype',
  'suppressive-cell-infiltration',
  'suppressive-cytokines',
  'hypoxia-acidic-metabolism',
  'stromal-barrier',
  'chemokine-misdirection',
  'vegf-abnormal-angiogenesis',
  'checkpoint-co-expression',
  'pd-l1',
  'pd-1',
  'ctla-4',
  'tim-3',
  'lag-3',
  'tmb',
  'egfr',
  'kras',
  'stk11',
  'pten',
  'jak1-jak2',
  'tp53',
  'pole-pold1',
  'b2m',
  'hla-class-i',
  'cd8-t-cells',
  'regulatory-t-cells',
  'mdscs',
  'tumour-associated-macrophages',
  'dendritic-cells',
  'nk-cells',
  'interferon-gamma',
  'il-10',
  'tgf-beta',
  'vegf',
  'il-2-il-15',
  'chemokines',
  'pd-1-pd-l1-inhibitors',
  'pd-1-ctla-4-combination',
  'pd-l1-vegf-blockade',
  'lag-3-inhibitors',
  'tim-3-inhibitors',
  'engineered-cytokines',
  'antibody-drug-conjugates',
  'mrna-cancer-vaccines',
  'biomarker-guided-selection',
  'irae-management',
  'clinical-settings',
  'immunotherapy-after-egfr-tki',
  'baseline-corticosteroids',
  'perioperative-immunotherapy',
  'stage-iii-consolidation',
  'oncogenic-drivers-beyond-egfr',
  'gut-microbiome-and-antibiotics',
  'pd-1-vegf-bispecific-antibodies',
  'anti-angiogenic-rechallenge-after-ici',
  'microbiome-modulation',
  'cd73-adenosine-blockade',
  'nkg2a-blockade',
  'ido1-inhibitors',
  'keap1-nrf2-loss',
  'keap1',
  'smarca4',
  'tigit',
  'tertiary-lymphoid-structures',
  'ctdna-dynamics',
  'hyperprogression',
  'tigit-inhibitors',
  'tgf-beta-trap',
  'il-10-agonists',
  'aegean',
  'checkmate-017',
  'checkmate-057',
  'checkmate-227',
  'checkmate-722',
  'checkmate-77t',
  'checkmate-816',
  'cityscape',
  'coast',
  'contact-01',
  'costar-lung',
  'cypress-1',
  'cypress-2',
  'destiny-lung01',
  'echo-301',
  'harmoni-2',
  'harmoni-6',
  'harmoni-a',
  'impower010',
  'impower150',
  'intrapid-lung-037',
  'keynote-001',
  'keynote-024',
  'keynote-189',
  'keynote-671',
  'keynote-715',
  'keynote-789',
  'keynote-942',
  'keyvibe-003',
  'lung-map-s1800a',
  'lung-map-s1800d',
  'ly3321367-phase-1',
  'n-803-nivolumab-phase-1b',
  'neotorch',
  'pacific-9',
  'pacific',
  'pearls-keynote-091',
  'pivot-02',
  'pivot-io-001',
  'poseidon',
  'pragmatica-lung',
  'relativity-047',
  'sapphire',
  'skyscraper-01',
  'tropion-lung01',
  'wjog8515l',
  'pembrolizumab',
  'nivolumab',
  'atezolizumab',
  'durvalumab',
  'cemiplimab',
  'ipilimumab',
  'tremelimumab',
  'sintilimab',
  'tislelizumab',
  'camrelizumab',
  'toripalimab',
  'sugemalimab',
  'ivonescimab',
  'relatlimab',
  'tiragolumab',
  'vibostolimab',
  'cobolimab',
  'bintrafusp-alfa',
  'pegilodecakin',
  'bempegaldesleukin',
  'nogapendekin-alfa-inbakicept',
  'trastuzumab-deruxtecan',
  'datopotamab-deruxtecan',
  'epacadostat',
  'oleclumab',
  'monalizumab',
  'mrna-4157',
  'bevacizumab',
  'ramucirumab',
  'osimertinib',
  'sotorasib',
];

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(process.cwd());
}, 120_000);

describe('the real corpus', () => {
  it('has no content problems', () => {
    expect(corpus.issues.length, formatReport(corpus.issues, corpus.fileCount)).toBe(0);
  });

  it('turns every content file into exactly one page, or one translation of a page', () => {
    expect(corpus.entries.length + corpus.translations.length).toBe(corpus.fileCount);
    expect(corpus.translations.length).toBeGreaterThanOrEqual(20);
    for (const t of corpus.translations)
      expect(
        corpus.entries.some((e) => e.id === t.id && e.kind === t.kind),
        t.file,
      ).toBe(true);
  });

  it('has every required entry', () => {
    const ids = new Set<string>(corpus.entries.map((e) => e.id));
    expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has no orphan: every entry is linked or related from another', () => {
    expect(orphans(buildGraph(corpus.entries), corpus.entries)).toEqual([]);
  });
});
