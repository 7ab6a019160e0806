import { describe, expect, it } from 'vitest';
import { paramsFromSearch, parseSearchUrl } from '@/lib/search/url-query';

const KINDS = [
  { name: 'mechanism', dir: 'mechanisms' },
  { name: 'biomarker', dir: 'biomarkers' },
];

describe('parseSearchUrl (the static search page reads its own URL)', () => {
  it('reads q whole, commas included, and the filters by name or folder', () => {
    expect(
      parseSearchUrl(
        paramsFromSearch('?q=PD-1%2C+PD-L1&kind=biomarkers&kind=mechanism,gene&origin=extrinsic,sideways&area=tumour-microenvironment'),
        KINDS,
      ),
    ).toEqual({
      q: 'PD-1, PD-L1',
      filters: { kind: ['mechanism', 'biomarker'], origin: ['extrinsic'], timing: [], area: ['tumour-microenvironment'] },
    });
  });

  it('takes the first q, tolerates broken escapes and cuts a huge query to the engine limit', () => {
    expect(parseSearchUrl(paramsFromSearch('?q=a&q=b'), KINDS).q).toBe('a');
    expect(parseSearchUrl(paramsFromSearch('?q=%E8%80%90%E8%8D%AF%'), KINDS).q).toBe('耐药%');
    expect(parseSearchUrl(paramsFromSearch(`?q=${'x'.repeat(10_000)}`), KINDS).q).toBe('x'.repeat(200));
    expect(parseSearchUrl(paramsFromSearch(''), KINDS)).toEqual({ q: '', filters: { kind: [], origin: [], timing: [], area: [] } });
  });

  it('reads at most 20 values per facet', () => {
    const many = Array.from({ length: 30 }, () => 'x').join(',');
    expect(parseSearchUrl(paramsFromSearch(`?kind=${many},mechanism`), KINDS).filters.kind).toEqual([]);
  });
});
