import { describe, expect, it } from 'vitest';
import { documentFilter } from '../../../lib/search/filters';
import { parseSearchParams } from '../../../lib/search/search-params';

describe('parseSearchParams', () => {
  it('reads the query and every facet, by kind id or folder name, dropping unknown values', () => {
    expect(
      parseSearchParams({
        q: 'LKB1',
        kind: ['mechanisms', 'biomarker', 'gene'],
        origin: 'extrinsic,sideways',
        timing: [],
        area: 'tumour-microenvironment',
      }),
    ).toEqual({
      q: 'LKB1',
      filters: { kind: ['mechanism', 'biomarker'], origin: ['extrinsic'], timing: [], area: ['tumour-microenvironment'] },
    });
  });

  it('cuts a huge query to the engine limit and treats a missing one as empty', () => {
    expect(parseSearchParams({ q: 'x'.repeat(10_000) }).q).toBe('x'.repeat(200));
    expect(parseSearchParams({})).toEqual({ q: '', filters: { kind: [], origin: [], timing: [], area: [] } });
  });
});

describe('documentFilter', () => {
  const concept = { kind: 'concept' as const };
  const mechanism = {
    kind: 'mechanism' as const,
    origin: 'intrinsic' as const,
    timing: 'primary' as const,
    area: 'tumour-microenvironment' as const,
  };
  it.each([
    ['no filters', undefined, true, true],
    ['every facet empty', { kind: [], origin: [], timing: [], area: [] }, true, true],
    ['kind: concept', { kind: ['concept' as const] }, true, false],
    ['kind: mechanism or concept', { kind: ['mechanism' as const, 'concept' as const] }, true, true],
    ['origin: intrinsic (a concept has no origin)', { origin: ['intrinsic' as const] }, false, true],
    ['origin: extrinsic', { origin: ['extrinsic' as const] }, false, false],
    ['kind and timing must both hold', { kind: ['mechanism' as const], timing: ['acquired' as const] }, false, false],
    ['only unknown values allow nothing', { kind: ['gene'] as unknown as ['concept'] }, false, false],
  ])('%s', (_name, filters, keepsConcept, keepsMechanism) => {
    const keep = documentFilter(filters);
    expect([keep(concept), keep(mechanism)]).toEqual([keepsConcept, keepsMechanism]);
  });
});
