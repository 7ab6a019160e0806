import { describe, expect, it } from 'vitest';
import { referenceHref, shortCitation } from '@/lib/explorer/citations';

const ref = (authors: string, extra: object = {}) => ({ id: 'x-2018', authors, journal: 'N Engl J Med', year: 2018, ...extra });

describe('shortCitation', () => {
  it.each([
    ['Skoulidis F, Goldberg ME, Greenawalt DM, et al.', 'Skoulidis et al. 2018'],
    ['Wherry EJ, Kurachi M', 'Wherry et al. 2018'],
    ['Ebert et al.', 'Ebert et al. 2018'],
    ["O'Brien M, Paz-Ares L", "O'Brien et al. 2018"],
    ["Vijayan (first author's surname only; confirm)", 'Vijayan 2018'],
    ['not seen (confirm on PubMed)', 'N Engl J Med 2018'],
  ])('%s → %s', (authors, label) => {
    expect(shortCitation(ref(authors))).toBe(label);
  });
  it('names the source review as such', () => {
    expect(shortCitation(ref('Unverified (Chinese-language review)', { sourceReview: true, year: undefined }))).toBe('Source review');
  });
  it('links to the reference on the bibliography page', () => {
    expect(referenceHref('skoulidis-2018-stk11')).toBe('/references#skoulidis-2018-stk11');
  });
});
