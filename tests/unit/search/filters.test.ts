import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../../lib/search/filters';

describe('parseSearchParams', () => {
  it('reads the query and every facet, by kind id or folder name, dropping unknown values', () => {
    expect(parseSearchParams({ q: 'LKB1', kind: ['mechanisms', 'biomarker', 'gene'], origin: 'extrinsic,sideways', timing: [], area: 'tumour-microenvironment' })).toEqual({
      q: 'LKB1',
      filters: { kind: ['mechanism', 'biomarker'], origin: ['extrinsic'], timing: [], area: ['tumour-microenvironment'] },
    });
  });

  it('cuts a huge query to the engine limit and treats a missing one as empty', () => {
    expect(parseSearchParams({ q: 'x'.repeat(10_000) }).q).toBe('x'.repeat(200));
    expect(parseSearchParams({})).toEqual({ q: '', filters: { kind: [], origin: [], timing: [], area: [] } });
  });
});
