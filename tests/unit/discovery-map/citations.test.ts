import { describe, expect, it } from 'vitest';
import type { Author } from '@/lib/content/authors';
import { shortCitation } from '@/lib/explorer/citations';
import { conference, reference, registration, regulatory } from '../discovery/builders';

const ref = (authors: Author[], authorsComplete: boolean, extra: object = {}) =>
  reference({ id: 'x-2018', authors, authorsComplete, journal: 'N Engl J Med', year: 2018, ...extra });

describe('shortCitation', () => {
  it.each<[string, Author[], boolean, string]>([
    [
      'incomplete list',
      [
        { family: 'Skoulidis', given: 'F' },
        { family: 'Goldberg', given: 'ME' },
      ],
      false,
      'Skoulidis et al. 2018',
    ],
    [
      'two authors',
      [
        { family: 'Wherry', given: 'EJ' },
        { family: 'Kurachi', given: 'M' },
      ],
      true,
      'Wherry et al. 2018',
    ],
    ['surname only, incomplete', [{ family: 'Ebert' }], false, 'Ebert et al. 2018'],
    ['sole author', [{ family: "O'Brien", given: 'M' }], true, "O'Brien 2018"],
    ['group author', [{ literal: 'SITC Taskforce' }], true, 'SITC Taskforce 2018'],
    ['no author listed', [], false, 'N Engl J Med 2018'],
  ])('%s → %s', (_label, authors, complete, label) => {
    expect(shortCitation(ref(authors, complete))).toBe(label);
  });
  it('names the source review as such', () => {
    expect(shortCitation(ref([], false, { sourceReview: true, year: undefined }))).toBe('Source review');
  });
  it('labels other source types by agency and year, registry id, or first author', () => {
    expect([
      shortCitation(regulatory({ id: 'f' })),
      shortCitation(registration({ id: 'r' })),
      shortCitation(conference({ id: 'c' })),
    ]).toEqual(['FDA 2023', 'NCT04294810', 'Provencio Pulla et al. 2024']);
  });
});
