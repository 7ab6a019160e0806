import { describe, expect, it } from 'vitest';
import { classificationMatrix } from '@/lib/discovery/classification';
import { concept, mechanism } from './builders';

const entries = [
  mechanism('m-genomic-a', { origin: 'intrinsic', timing: 'primary', area: 'genomic-proteomic' }),
  mechanism('m-antigen', { origin: 'intrinsic', timing: 'primary', area: 'antigen-presentation' }),
  mechanism('m-tme-both', { origin: 'extrinsic', timing: 'both', area: 'tumour-microenvironment' }),
  mechanism('m-genomic-b', { origin: 'intrinsic', timing: 'primary', area: 'genomic-proteomic' }),
  mechanism('m-checkpoint', { origin: 'extrinsic', timing: 'acquired', area: 'checkpoint-co-inhibition' }),
  concept('c-not-a-mechanism'),
];

/** The matrix as plain ids: timing → origin → area → ids. */
function shape(m: ReturnType<typeof classificationMatrix>) {
  return m.rows.map((r) => [r.timing, r.cells.map((c) => [c.origin, c.groups.map((g) => [g.area, g.entries.map((e) => e.id)])])]);
}

describe('classificationMatrix', () => {
  it('places every mechanism by timing and origin, grouped by area in the order of the source review', () => {
    expect(shape(classificationMatrix(entries))).toEqual([
      [
        'primary',
        [
          [
            'intrinsic',
            [
              ['genomic-proteomic', ['m-genomic-a', 'm-genomic-b']],
              ['antigen-presentation', ['m-antigen']],
            ],
          ],
          ['extrinsic', []],
        ],
      ],
      [
        'acquired',
        [
          ['intrinsic', []],
          ['extrinsic', [['checkpoint-co-inhibition', ['m-checkpoint']]]],
        ],
      ],
      [
        'both',
        [
          ['intrinsic', []],
          ['extrinsic', [['tumour-microenvironment', ['m-tme-both']]]],
        ],
      ],
    ]);
  });

  it('counts per cell, per row and per origin, ignoring other kinds', () => {
    const m = classificationMatrix(entries);
    expect(m.rows.map((r) => [r.timing, r.count, r.cells.map((c) => c.count)])).toEqual([
      ['primary', 3, [3, 0]],
      ['acquired', 1, [0, 1]],
      ['both', 1, [0, 1]],
    ]);
    expect(m.originCounts).toEqual({ intrinsic: 3, extrinsic: 2 });
    expect(m.total).toBe(5);
  });

  it('keeps empty rows and columns, so an empty cell is shown rather than dropped', () => {
    const m = classificationMatrix([concept('c-only')]);
    expect(m.rows.map((r) => [r.timing, r.cells.map((c) => [c.origin, c.count])])).toEqual([
      [
        'primary',
        [
          ['intrinsic', 0],
          ['extrinsic', 0],
        ],
      ],
      [
        'acquired',
        [
          ['intrinsic', 0],
          ['extrinsic', 0],
        ],
      ],
      [
        'both',
        [
          ['intrinsic', 0],
          ['extrinsic', 0],
        ],
      ],
    ]);
  });
});
