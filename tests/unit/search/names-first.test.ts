/**
 * Search names first (issue 17, item 6), on the real corpus: a query that is exactly a drug's name, code or brand
 * name opens the drug page first, and a trial's acronym (or registry id) opens the trial first, above the trials
 * and strategies that merely mention the name ("V940" is in KEYNOTE-942's title; "N-803" in a trial's id).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/content/load';
import type { Entry } from '@/lib/content/build-corpus';
import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toSearchDocs } from '@/lib/search/documents';
import { memorySource, openSearchIndexSync, type SearchEngine } from '@/lib/search/query';

let engine: SearchEngine;
let entries: Entry[];
beforeAll(async () => {
  const corpus = await loadCorpus(process.cwd());
  entries = corpus.entries;
  engine = openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex(toSearchDocs(corpus.entries)))));
}, 120_000);

const first = (query: string) => engine.search(query)[0]?.id;

describe('a query that is exactly a name puts its entry first', () => {
  it.each([
    ['V940', 'mrna-4157'],
    ['mRNA-4157', 'mrna-4157'],
    ['N-803', 'nogapendekin-alfa-inbakicept'],
    ['ALT-803', 'nogapendekin-alfa-inbakicept'],
    ['AK112', 'ivonescimab'],
    ['KEYNOTE-024', 'keynote-024'],
    ['KEYNOTE-942', 'keynote-942'],
    ['SKYSCRAPER-01', 'skyscraper-01'],
    ['CheckMate 227', 'checkmate-227'],
    ['PACIFIC', 'pacific'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('every drug by its name, codes and brand names, and every trial by its acronym', () => {
    const misses: string[] = [];
    for (const e of entries) {
      const names = e.kind === 'drug' ? [e.title, ...e.codes, ...e.brandNames] : e.kind === 'trial' ? [e.acronym] : [];
      for (const q of names) if (first(q) !== e.id) misses.push(`${q} → ${first(q)} (expected ${e.id})`);
    }
    expect(misses).toEqual([]);
  });
});
