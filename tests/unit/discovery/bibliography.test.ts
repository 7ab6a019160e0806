import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bibliographySectionKey, buildBibliography, referenceHref } from '@/lib/discovery/bibliography';
import { loadReferences } from '@/lib/content/references';
import { conference, reference, registration, regulatory } from './builders';

const person = (family: string) => [{ family, given: 'A' }];

describe('bibliography sections', () => {
  it('puts articles and abstracts under their first author’s letter, decisions and registrations on their own pages', () => {
    expect([
      bibliographySectionKey(reference({ id: 'a', authors: person('Skoulidis') })),
      bibliographySectionKey(reference({ id: 'b', authors: person('Ólafsson') })),
      bibliographySectionKey(reference({ id: 'c', authors: [{ literal: 'SITC Taskforce' }] })),
      bibliographySectionKey(reference({ id: 'd', authors: [], title: 'Factors influencing resistance' })),
      bibliographySectionKey(reference({ id: 'e', authors: person('王') })),
      bibliographySectionKey(conference({ id: 'f' })),
      bibliographySectionKey(regulatory({ id: 'g' })),
      bibliographySectionKey(registration({ id: 'h' })),
    ]).toEqual(['s', 'o', 's', 'f', 'other', 'p', 'regulatory-fda', 'registry']);
  });

  it('links a source to its section page', () => {
    expect(referenceHref(reference({ id: 'skoulidis-2018-stk11', authors: person('Skoulidis') }))).toBe(
      '/references/s#skoulidis-2018-stk11',
    );
    expect(referenceHref(regulatory({ id: 'fda-2016-pembrolizumab' }))).toBe('/references/regulatory-fda#fda-2016-pembrolizumab');
  });

  it('orders sections letters first, then decisions and registrations, and each section’s sources', () => {
    const sections = buildBibliography([
      registration({ id: 'r2', registryId: 'NCT05000000' }),
      regulatory({ id: 'nmpa', agency: 'NMPA', date: '2020-01-01' }),
      regulatory({ id: 'fda-late', date: '2024-01-01' }),
      regulatory({ id: 'fda-early', date: '2016-10-24' }),
      registration({ id: 'r1', registryId: 'NCT01000000' }),
      reference({ id: 'smith-2021', authors: person('Smith'), year: 2021 }),
      reference({ id: 'skoulidis-2018', authors: person('Skoulidis'), year: 2018 }),
      reference({ id: 'smith-2019', authors: person('smith'), year: 2019 }),
      reference({ id: 'aerts', authors: person('Aerts') }),
    ]);
    expect(sections.map((s) => [s.key, s.label, s.href, s.refs.map((r) => r.id)])).toEqual([
      ['a', 'A', '/references/a', ['aerts']],
      ['s', 'S', '/references/s', ['skoulidis-2018', 'smith-2019', 'smith-2021']],
      ['regulatory-fda', 'Regulatory decisions: FDA', '/references/regulatory-fda', ['fda-early', 'fda-late']],
      ['regulatory-nmpa', 'Regulatory decisions: NMPA', '/references/regulatory-nmpa', ['nmpa']],
      ['registry', 'Trial registrations', '/references/registry', ['r1', 'r2']],
    ]);
  });

  it('places every source of the atlas exactly once, and no page holds more than a fifth of them', () => {
    const { references } = loadReferences(readFileSync('content/references.yaml', 'utf8'), 'content/references.yaml');
    const sections = buildBibliography(references);
    const placed = sections.flatMap((s) => s.refs.map((r) => r.id));
    expect(placed.length).toBe(references.length);
    expect(new Set(placed).size).toBe(references.length);
    expect(Math.max(...sections.map((s) => s.refs.length))).toBeLessThanOrEqual(references.length / 5);
  });

  it('gives an empty bibliography no sections', () => {
    expect(buildBibliography([])).toEqual([]);
  });
});
