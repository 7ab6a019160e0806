/**
 * Drugs by any of their names, on the real corpus (issue 11: "Keytruda", "osimertinib" and 帕博利珠单抗 found
 * nothing). The engine is built as the site builds it: entries → search documents → index files → engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/content/load';
import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toSearchDocs } from '@/lib/search/documents';
import { memorySource, openSearchIndexSync, type SearchEngine } from '@/lib/search/query';

let engine: SearchEngine;
beforeAll(async () => {
  const corpus = await loadCorpus(process.cwd());
  engine = openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex(toSearchDocs(corpus.entries)))));
}, 120_000);

const top3 = (query: string) =>
  engine
    .search(query)
    .slice(0, 3)
    .map((h) => h.id);

describe('drugs are found by brand, generic and Chinese names', () => {
  it.each([
    ['Keytruda', 'pembrolizumab'],
    ['keytruda', 'pembrolizumab'],
    ['osimertinib', 'osimertinib'],
    ['Tagrisso', 'osimertinib'],
    ['帕博利珠单抗', 'pembrolizumab'],
    ['可瑞达', 'pembrolizumab'],
    ['Opdivo', 'nivolumab'],
    ['Imfinzi', 'durvalumab'],
    ['Anktiva', 'nogapendekin-alfa-inbakicept'],
    ['Enhertu', 'trastuzumab-deruxtecan'],
    ['Datroway', 'datopotamab-deruxtecan'],
    ['Opdualag', 'relatlimab'],
    ['替雷利珠单抗', 'tislelizumab'],
    ['依沃西单抗', 'ivonescimab'],
    ['AK112', 'ivonescimab'],
  ])('%s → %s in the top 3', (query, expected) => {
    expect(top3(query)).toContain(expected);
  });

  it('puts the drug entry first for its brand name', () => {
    expect(engine.search('Keytruda')[0]?.id).toBe('pembrolizumab');
    expect(engine.search('Tagrisso')[0]?.id).toBe('osimertinib');
  });
});
