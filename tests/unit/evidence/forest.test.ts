import { describe, expect, it } from 'vitest';
import { forestDomain, forestLayout, formatRatio, logScale, shorten } from '@/lib/evidence/forest';

const row = (value: number, ciLow: number, ciHigh: number, label = 'row') => ({ label, value, ciLow, ciHigh });

describe('forestDomain', () => {
  it.each([
    ['an interval below 1', [row(0.6, 0.45, 0.85)], [0.2, 2]],
    ['an interval above 1', [row(1.3, 1.1, 1.6)], [0.5, 2]],
    ['intervals on both sides', [row(0.6, 0.45, 0.85), row(1.3, 1.1, 2.4)], [0.2, 5]],
    ['an interval that touches round values exactly', [row(1, 0.5, 2)], [0.5, 2]],
    ['nothing but 1', [row(1, 1, 1)], [0.5, 2]],
    ['no rows', [], [0.5, 2]],
    ['an extreme interval, kept inside the limits', [row(0.3, 0.001, 400)], [0.05, 20]],
  ] as const)('%s', (_, rows, expected) => {
    expect(forestDomain(rows)).toEqual(expected);
  });

  it('respects custom limits', () => {
    expect(forestDomain([row(0.3, 0.01, 3)], [0.1, 10])).toEqual([0.1, 5]);
  });
});

describe('logScale', () => {
  const x = logScale([0.1, 10], 0, 200);
  it.each([
    [0.1, 0],
    [1, 100],
    [10, 200],
    [Math.sqrt(10), 150],
    [0.001, 0], // clamped to the axis
    [1000, 200],
  ])('maps %s to %s', (v, expected) => {
    expect(x(v)).toBe(expected);
  });
});

describe('forestLayout', () => {
  it('places rows, the line of no effect and round ticks', () => {
    const layout = forestLayout([row(0.5, 0.25, 1, 'KEYNOTE-024 OS'), row(2, 1, 4, 'X PFS')], {
      width: 600,
      labelWidth: 100,
      valueWidth: 100,
      rowHeight: 20,
    });
    expect(layout.domain).toEqual([0.2, 5]);
    expect(layout.ticks.map((t) => [t.label, t.x])).toEqual([
      ['0.2', 100],
      ['0.5', 213.9],
      ['1', 300],
      ['2', 386.1],
      ['5', 500],
    ]);
    expect(layout.nullX).toBe(300);
    expect(layout.rows.map((r) => [r.label, r.y, r.x, r.lowX, r.highX, r.clippedLow, r.clippedHigh, r.text])).toEqual([
      // ln 0.2 = −ln 5: the axis is symmetric about 1, so 0.5 and 2 sit equally far from the centre.
      ['KEYNOTE-024 OS', 18, 213.9, 127.7, 300, false, false, '0.5 (0.25–1)'],
      ['X PFS', 38, 386.1, 300, 472.3, false, false, '2 (1–4)'],
    ]);
    expect([layout.axisY, layout.height]).toEqual([52, 96]);
  });

  it('clamps an interval beyond the limits to the edge and flags it', () => {
    const layout = forestLayout([row(0.8, 0.01, 50)], { width: 600, labelWidth: 100, valueWidth: 100 });
    expect(layout.domain).toEqual([0.05, 20]);
    const [r] = layout.rows;
    expect([r.lowX, r.highX, r.clippedLow, r.clippedHigh]).toEqual([100, 500, true, true]);
    expect(r.text).toBe('0.8 (0.01–50)');
  });

  it('leaves out rows a log axis cannot draw, and gives a default axis when none is left', () => {
    const layout = forestLayout([row(0, 0, 1), row(Number.NaN, 0.5, 1), row(0.8, 0.9, 0.7)]);
    expect(layout.rows).toEqual([]);
    expect(layout.domain).toEqual([0.5, 2]);
    expect(layout.ticks.map((t) => t.label)).toEqual(['0.5', '1', '2']);
  });

  it('shortens long labels', () => {
    expect(forestLayout([row(0.7, 0.6, 0.8, 'A very long trial name and endpoint label')], { maxLabel: 12 }).rows[0].label).toBe(
      'A very long…',
    );
  });
});

describe('formatting', () => {
  it.each([
    [0.05, '0.05'],
    [0.612, '0.61'],
    [0.6, '0.6'],
    [1, '1'],
    [0.015, '0.015'],
    [20, '20'],
  ])('formatRatio(%s) = %s', (v, s) => expect(formatRatio(v)).toBe(s));

  it('shorten keeps short text and cuts long text with an ellipsis', () => {
    expect(shorten('abc', 5)).toBe('abc');
    expect(shorten('abcdefgh', 5)).toBe('abcd…');
  });
});
