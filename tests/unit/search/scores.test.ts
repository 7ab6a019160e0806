import { describe, expect, it } from 'vitest';
import { clampLimit, sanitiseQuery } from '../../../lib/search/query-input';
import { countHits, intersectMean, NONE, topHits, unionMax } from '../../../lib/search/scores';

const scores = (...v: number[]) => countHits(Float32Array.from(v));

describe('merging per-word scores', () => {
  it.each([
    ['AND: mean where all match, 0 elsewhere', () => intersectMean([scores(2, 4, 0), scores(4, 0, 6)], 3), [3, 0, 0], 1],
    ['AND with a word that matches nothing', () => intersectMean([scores(2, 4), NONE], 2), [], 0],
    ['OR: the larger, the second list discounted', () => unionMax(scores(1, 0, 5), scores(4, 2, 0), 3, 0.5), [2, 1, 5], 3],
    ['OR with nothing on the right keeps the left', () => unionMax(scores(1, 0), NONE, 2), [1, 0], 1],
  ])('%s', (_name, run, expected, hits) => {
    const out = run();
    expect([...out.s]).toEqual(expected);
    expect(out.hits).toBe(hits);
  });
});

describe('topHits', () => {
  const docs = [
    { id: 'b', title: 'Beta long title' },
    { id: 'a', title: 'Alpha' },
    { id: 'c', title: 'Gamma' },
    { id: 'd', title: 'Delta' },
  ];
  it.each([
    ['by score, best first', [1, 3, 2, 0], null, 10, () => true, ['a', 'c', 'b']],
    ['ties: the shorter title, then the smaller id', [2, 2, 2, 2], null, 10, () => true, ['a', 'c', 'd', 'b']],
    ['more words matched beats a higher score', [9, 1, 1, 0], Int32Array.from([1, 2, 1, 0]), 10, () => true, ['a', 'b', 'c']],
    ['at most `limit`', [1, 3, 2, 4], null, 2, () => true, ['d', 'a']],
    ['only what the filter keeps', [1, 3, 2, 4], null, 10, (d: { id: string }) => d.id !== 'a', ['d', 'c', 'b']],
  ])('%s', (_name, s, counts, limit, keep, expected) => {
    expect(topHits(Float32Array.from(s), counts, docs, limit, keep).map((r) => docs[r.n].id)).toEqual(expected);
  });
});

describe('query input', () => {
  it.each([
    ['  PD-L1  ', 'PD-L1'],
    ['a\u0000b\u009fc', 'a b c'],
    ['x\ud800y', 'xy'],
    ['😀', '😀'],
    [42, ''],
    ['q'.repeat(500), 'q'.repeat(200)],
  ])('sanitiseQuery(%j) = %j', (input, expected) => {
    expect(sanitiseQuery(input)).toBe(expected);
  });

  it.each([
    [undefined, 20],
    [Number.NaN, 20],
    [0, 1],
    [7.9, 7],
    [1e9, 100],
  ])('clampLimit(%s) = %i', (input, expected) => {
    expect(clampLimit(input)).toBe(expected);
  });
});
