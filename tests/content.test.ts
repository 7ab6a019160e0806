/**
 * The real corpus is a test too: `npm test` fails on any content problem, on a planned entry that is missing,
 * on an entry without citations or without the relations its kind requires, and on an orphan entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '@/lib/content/build-corpus';
import { formatReport } from '@/lib/content/issues';
import type { Kind } from '@/lib/content/kinds';
import { loadCorpus } from '@/lib/content/load';
import { buildGraph, orphans } from '@/lib/graph/build-graph';

/** Every entry the atlas must have (issue: "The whole atlas"), by kind. */
const REQUIRED: Record<Kind, string[]> = {
  trial: [],
  drug: [],
  topic: [
    'nsclc-immunotherapy-resistance',
    'classification-of-resistance',
    'intrinsic-genomic-proteomic',
    'intrinsic-antigen-presentation',
    'extrinsic-tumour-microenvironment',
    'extrinsic-checkpoint-co-inhibition',
    'new-drugs-and-strategies',
    'outlook-biomarkers-combinations',
  ],
  concept: [
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
  ],
  mechanism: [
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
  ],
  biomarker: [
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
  ],
  'cell-or-molecule': [
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
  ],
  strategy: [
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
  ],
};

// Issue 11 coverage (branch content2): clinical settings, host factors, PD-1/VEGF, CD73/NKG2A, IDO1.
const ADDED_BY_CONTENT2: Partial<Record<Kind, string[]>> = {
  topic: ['clinical-settings'],
  concept: ['immunotherapy-after-egfr-tki', 'baseline-corticosteroids', 'perioperative-immunotherapy', 'stage-iii-consolidation'],
  mechanism: ['oncogenic-drivers-beyond-egfr', 'gut-microbiome-and-antibiotics'],
  strategy: [
    'pd-1-vegf-bispecific-antibodies',
    'anti-angiogenic-rechallenge-after-ici',
    'microbiome-modulation',
    'cd73-adenosine-blockade',
    'nkg2a-blockade',
    'ido1-inhibitors',
  ],
};
for (const [kind, ids] of Object.entries(ADDED_BY_CONTENT2)) REQUIRED[kind as Kind].push(...ids);
// content1 (issue 11): KEAP1/SMARCA4, TIGIT, TGF-β trap, IL-10 agonist, hyperprogression, TLS, ctDNA.
REQUIRED.mechanism.push('keap1-nrf2-loss');
REQUIRED.biomarker.push('keap1', 'smarca4', 'tigit', 'tertiary-lymphoid-structures', 'ctdna-dynamics');
REQUIRED.concept.push('hyperprogression');
REQUIRED.strategy.push('tigit-inhibitors', 'tgf-beta-trap', 'il-10-agonists');
// trials branch (issue 11): every trial the atlas cites, with arms, design and sourced outcome records.
REQUIRED.trial.push(
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
);
// drugs (issue 11): every checkpoint inhibitor approved for NSCLC in the US, EU or China that a source supports, and the
// other drugs the atlas discusses.
REQUIRED.drug.push(
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
);

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

  for (const [kind, ids] of Object.entries(REQUIRED)) {
    it(`has every required ${kind} entry, each cited and related`, () => {
      for (const id of ids) {
        const e = corpus.entries.find((x) => x.id === id);
        expect(e, `missing ${kind} "${id}"`).toBeDefined();
        expect(e!.kind, id).toBe(kind);
        expect(e!.citations.length, `${id} has no inline <Cite>`).toBeGreaterThan(0);
        if (e!.kind === 'mechanism') expect(e!.strategies.length, `${id}.strategies`).toBeGreaterThan(0);
        if (e!.kind === 'strategy') expect(e!.targets.length, `${id}.targets`).toBeGreaterThan(0);
        if (e!.kind === 'topic') expect(e!.entries.length, `${id}.entries`).toBeGreaterThan(0);
        expect(e!.links.length, `${id} links to no other entry in its text`).toBeGreaterThan(0);
      }
    });
  }

  it('has no orphan: every entry is linked or related from another', () => {
    expect(orphans(buildGraph(corpus.entries), corpus.entries)).toEqual([]);
  });
});
