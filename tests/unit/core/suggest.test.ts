import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, typoBudget } from '@/lib/core/suggest';

describe('editDistance', () => {
  it.each([
    ['pembrolizumab', 'pembrolizumab', 2, 0],
    ['pembrolizumb', 'pembrolizumab', 2, 1],
    ['pembrolizmuab', 'pembrolizumab', 2, 1], // one swap
    ['exhuastion', 'exhaustion', 2, 1],
    ['tumor', 'tumour', 1, 1],
    ['kitten', 'sitting', 3, 3],
    ['abc', 'xyzxyz', 2, 3], // capped at max + 1
    ['', 'abc', Infinity, 3],
    ['abc', '', Infinity, 3],
  ])('%s / %s (max %s) = %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit (plain Levenshtein, the old content-check distance, counted two)', () => {
    expect(editDistance('Ctie', 'Cite')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // optimal string alignment: no edit of an already swapped pair
  });

  it('handles strings longer than its preallocated rows (the old search distance gave up at 63 characters)', () => {
    const a = 'x'.repeat(100) + 'a';
    const b = 'x'.repeat(100) + 'b';
    expect(editDistance(a, b)).toBe(1);
    expect(editDistance(a, b, 2)).toBe(1);
    expect(editDistance('y'.repeat(120), 'z'.repeat(120), 3)).toBe(4);
  });
});

describe('typoBudget', () => {
  it.each([
    [1, 2],
    [8, 2],
    [9, 3],
    [37, 12],
  ])('%i characters → %i edits', (length, edits) => {
    expect(typoBudget(length)).toBe(edits);
  });
});

describe('didYouMean', () => {
  const KEYS = [
    'sharma-2017-primary-adaptive-acquired',
    'skoulidis-2018-stk11',
    'borghaei-2015-checkmate057',
    'borghaei-2015-checkmate017',
    'reck-2016-keynote024',
  ];
  it.each([
    // One letter changed, dropped, added or swapped in a long citation key.
    ['sharma-2017-primary-adaptive-acquirex', 'sharma-2017-primary-adaptive-acquired'],
    ['sharma-2017-primary-adaptive-acquire', 'sharma-2017-primary-adaptive-acquired'],
    ['sharma-2017-primary-adaptive-acquiredd', 'sharma-2017-primary-adaptive-acquired'],
    ['sharma-2017-primary-adaptive-acquierd', 'sharma-2017-primary-adaptive-acquired'],
    // A slip that also breaks kebab-case: capital, underscore, space, accent.
    ['Sharma-2017-primary-adaptive-acquired', 'sharma-2017-primary-adaptive-acquired'],
    ['sharma_2017-primary-adaptive-acquired', 'sharma-2017-primary-adaptive-acquired'],
    ['sharma 2017-primary-adaptive-acquired', 'sharma-2017-primary-adaptive-acquired'],
    ['sharma-2017-primary-adaptive-acquiréd', 'sharma-2017-primary-adaptive-acquired'],
    // The nearest of two close keys.
    ['borghaei-2015-checkmate05', 'borghaei-2015-checkmate057'],
    ['borghaei-2015-checkmate071', 'borghaei-2015-checkmate017'],
    ['skoulidis-2018-stk1', 'skoulidis-2018-stk11'],
    ['smith-2020-unrelated-study', undefined],
    ['', undefined],
  ])('%s → %s', (word, expected) => {
    expect(didYouMean(word, KEYS)).toBe(expected);
  });

  it('suggests a component name across a swap that Levenshtein counted as two edits', () => {
    // "Calotu" is 2 swaps/edits from "Callout" in OSA but 3 in Levenshtein; the limit for 6 letters is 2.
    expect(editDistance('calotu', 'callout')).toBe(2);
    expect(didYouMean('Calotu', ['Cite', 'Term', 'Callout', 'Figure'])).toBe('Callout');
  });

  it('keeps the first of equally close candidates and the candidate’s own spelling', () => {
    expect(didYouMean('ab', ['ac', 'ad'])).toBe('ac');
    expect(didYouMean('callout', ['Callout'])).toBe('Callout');
  });

  it('reads any iterable once', () => {
    const keys = new Set(KEYS);
    expect(didYouMean('reck-2016-keynote042', keys.values())).toBe('reck-2016-keynote024');
  });
});
