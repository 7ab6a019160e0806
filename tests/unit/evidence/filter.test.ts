import { describe, expect, it } from 'vitest';
import { evidenceHref, matchesFilters, paginate, parseEvidenceParams, type EvidenceFilters } from '@/lib/evidence/filter';

const none = { level: [], type: [], direction: [], context: [], entry: null, page: 1 };

describe('parseEvidenceParams', () => {
  it.each([
    ['nothing', {}, none],
    [
      'repeated and comma-separated values',
      { level: ['A', 'B,C'], type: 'predictive' },
      { ...none, level: ['A', 'B', 'C'], type: ['predictive'] },
    ],
    ['values kept in vocabulary order', { level: ['C', 'A'] }, { ...none, level: ['A', 'C'] }],
    [
      'unknown values dropped',
      { level: ['high', 'A'], direction: 'maybe', context: 'nsclc' },
      { ...none, level: ['A'], context: ['nsclc'] },
    ],
    ['an entry id', { entry: 'stk11-lkb1-loss' }, { ...none, entry: 'stk11-lkb1-loss' }],
    ['a malformed entry id', { entry: '<script>' }, none],
    ['a page number', { page: '3' }, { ...none, page: 3 }],
    ['a bad page number', { page: ['-2'] }, none],
    ['a fractional page number', { page: '1.5' }, none],
  ])('%s', (_, params, expected) => {
    expect(parseEvidenceParams(params)).toEqual(expected);
  });
});

describe('matchesFilters', () => {
  const s = { level: 'B', type: 'predictive', direction: 'supports', context: 'nsclc', concerned: ['m-one', 'b-one'] } as const;
  it.each([
    ['no filter', none, true],
    ['a matching level among several', { ...none, level: ['A', 'B'] }, true],
    ['another level', { ...none, level: ['A'] }, false],
    ['another direction', { ...none, direction: ['does-not-support'] }, false],
    ['a concerned entry', { ...none, entry: 'b-one' }, true],
    ['an entry not concerned', { ...none, entry: 'x-one' }, false],
    ['every facet matching', { level: ['B'], type: ['predictive'], direction: ['supports'], context: ['nsclc'], entry: 'm-one' }, true],
  ] as const)('%s', (_, f, expected) => {
    expect(matchesFilters(s, f as never)).toBe(expected);
  });
});

describe('paginate', () => {
  const list = Array.from({ length: 5 }, (_, i) => i);
  it.each([
    [1, [0, 1], 1],
    [3, [4], 3],
    [9, [4], 3], // past the end: the last page
    [0, [0, 1], 1],
  ])('page %s', (page, items, shown) => {
    expect(paginate(list, page, 2)).toEqual({ items, page: shown, pages: 3, total: 5 });
  });

  it('an empty list has one empty page', () => {
    expect(paginate([], 4, 2)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });
});

describe('evidenceHref', () => {
  it('writes the filters back as a query that parses to the same filters', () => {
    const f: EvidenceFilters = { level: ['A', 'B'], type: ['safety'], direction: [], context: ['preclinical'], entry: 'm-one', page: 2 };
    const href = evidenceHref(f, 'st-1');
    expect(href).toBe('/evidence?level=A&level=B&type=safety&context=preclinical&entry=m-one&page=2#st-1');
    const params: Record<string, string[]> = {};
    new URLSearchParams(href.slice(href.indexOf('?') + 1, href.indexOf('#'))).forEach((v, k) => (params[k] ??= []).push(v));
    expect(parseEvidenceParams(params)).toEqual(f);
  });

  it('leaves out empty facets and page 1', () => {
    expect(evidenceHref({ entry: 'm-one', page: 1 })).toBe('/evidence?entry=m-one');
    expect(evidenceHref({})).toBe('/evidence');
  });
});
