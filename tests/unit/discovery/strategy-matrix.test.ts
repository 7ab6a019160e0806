import { describe, expect, it } from 'vitest';
import { matrixLayout, MAX_GRID_COLUMNS, strategyMatrix } from '@/lib/discovery/strategy-matrix';
import { concept, mechanism, strategy } from './builders';

const entries = [
  strategy('s-both', { targets: ['m-genomic'], stage: 'approved', tumourContext: 'NSCLC (phase 3)' }),
  strategy('s-one-sided', { targets: ['m-tme', 'no-such-mechanism'], stage: 'early-trial', tumourContext: 'Melanoma (phase 2)' }),
  strategy('s-unlinked', { targets: [], stage: 'preclinical', tumourContext: 'Mouse models' }),
  mechanism('m-tme', { area: 'tumour-microenvironment', origin: 'extrinsic', strategies: ['s-both'] }),
  mechanism('m-genomic', { area: 'genomic-proteomic', strategies: ['s-both', 'no-such-strategy'] }),
  mechanism('m-orphan', { area: 'antigen-presentation', strategies: [] }),
  concept('c-ignored'),
];

describe('strategyMatrix', () => {
  it('has a column for each linked mechanism, grouped by area in the order of the source review', () => {
    const m = strategyMatrix(entries);
    expect(m.groups.map((g) => [g.area, g.mechanisms.map((x) => x.id)])).toEqual([
      ['genomic-proteomic', ['m-genomic']],
      ['tumour-microenvironment', ['m-tme']],
    ]);
    expect(m.columns.map((c) => c.id)).toEqual(['m-genomic', 'm-tme']);
  });

  it('merges strategy.targets and mechanism.strategies and says which side declares each link', () => {
    const m = strategyMatrix(entries);
    expect(m.rows.map((r) => [r.strategy.id, r.cells, r.count])).toEqual([
      ['s-both', ['both', 'mechanism'], 2],
      ['s-one-sided', [null, 'strategy'], 1],
      ['s-unlinked', [null, null], 0],
    ]);
  });

  it('carries each strategy’s stage of evidence and tumour context', () => {
    expect(strategyMatrix(entries).rows.map((r) => [r.strategy.id, r.stage, r.tumourContext])).toEqual([
      ['s-both', 'approved', 'NSCLC (phase 3)'],
      ['s-one-sided', 'early-trial', 'Melanoma (phase 2)'],
      ['s-unlinked', 'preclinical', 'Mouse models'],
    ]);
  });
});

describe('matrixLayout', () => {
  const withColumns = (n: number) =>
    ({ groups: [], rows: [], columns: Array.from({ length: n }) }) as unknown as Parameters<typeof matrixLayout>[0];
  it('keeps the grid up to MAX_GRID_COLUMNS mechanisms and lists beyond, so the page grows with links, not S × M', () => {
    expect(matrixLayout(withColumns(MAX_GRID_COLUMNS))).toBe('grid');
    expect(matrixLayout(withColumns(MAX_GRID_COLUMNS + 1))).toBe('list');
  });
});
