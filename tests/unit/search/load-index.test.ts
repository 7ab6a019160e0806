import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndexFiles } from '../../../lib/search/build-index';
import { MANIFEST_FILE, SEARCH_INDEX_VERSION, SearchIndexError, type SearchManifest } from '../../../lib/search/index-payload';
import { memorySource, openSearchIndex, openSearchIndexSync, type SearchEngine } from '../../../lib/search/query';
import { syntheticDocs } from '../../../lib/bench/synthetic-search-docs';
import { makeSearchDoc, makeSearchDocs } from '../../helpers/make-search-docs';

const files = () => searchIndexFiles(buildSearchIndex(makeSearchDocs()));
const ids = (engine: SearchEngine, q: string) => engine.search(q).map((h) => h.id);

/** An asynchronous source over `map` (as fetch is), counting what it is asked for. */
function asyncSource(map: Map<string, string>) {
  const asked: string[] = [];
  const source = (path: string) => {
    asked.push(path);
    return Promise.resolve().then(() => memorySource(map)(path));
  };
  return { asked, source };
}

/** The files with the shard that `query`'s first word needs (the first terms shard fetched) replaced. */
async function withBrokenShard(query: string, replace: (text: string) => string | undefined) {
  const map = files();
  const probe = asyncSource(map);
  const engine = await openSearchIndex(probe.source);
  await engine.find(query);
  const shard = probe.asked.find((p) => /\/terms-\d+\.json$/.test(p))!;
  const text = replace(map.get(shard)!);
  if (text === undefined) map.delete(shard);
  else map.set(shard, text);
  return { map, shard };
}

describe('buildSearchIndex', () => {
  it('writes a manifest and shards that round-trip through JSON text to an engine finding the same pages', () => {
    const direct = openSearchIndexSync((path) => buildSearchIndex(makeSearchDocs()).files.find((f) => f.path === path)!.data);
    const viaJson = openSearchIndexSync(memorySource(files()));
    for (const q of ['TMB', '肿瘤微环境', 'pembrolizumb', 'PD-L1', 'galectin']) {
      expect(ids(viaJson, q)).toEqual(ids(direct, q));
      expect(ids(viaJson, q).length).toBeGreaterThan(0);
    }
  });

  it('numbers documents in id order and shards the postings of every field and the exact keys by a hash of the token', () => {
    const doc = makeSearchDoc({
      id: 'tmb',
      kind: 'biomarker',
      title: 'TMB',
      titleZh: '肿瘤突变负荷',
      summary: 'S',
      text: 'TMB counts TMB',
    });
    const other = makeSearchDoc({
      id: 'cd8',
      kind: 'cell-or-molecule',
      title: 'CD8 T cells',
      titleZh: 'CD8 T细胞',
      summary: 'Killer cells',
    });
    const { manifest, files: list } = buildSearchIndex([doc, other]);
    expect({ ...manifest, base: '…', display: undefined }).toEqual({
      version: SEARCH_INDEX_VERSION,
      base: '…',
      count: 2,
      blockSize: 8,
      buckets: 1,
      vocab: [3, 5, 6],
      kinds: ['biomarker', 'cell-or-molecule'],
      docs: {
        kind: [1, 0],
        origin: [-1, -1],
        timing: [-1, -1],
        area: [-1, -1],
        titleLength: [11, 3],
        compactTitleLength: [9, 3],
        compactTitleZhLength: [6, 6],
        // "cd8tcells": one Latin run; "cd8t细胞": Latin 4, other 2; "肿瘤突变负荷": other 6.
        titleLatinRun: [9, 3],
        titleOtherRun: [0, 0],
        titleZhLatinRun: [4, 0],
        titleZhOtherRun: [2, 6],
      },
      display: undefined,
    });
    const data = (name: string) => list.find((f) => f.path === `${manifest.base}/${name}`)!.data as Record<string, unknown>;
    // Every prefix of a title word is a key; whole words and prefixes are listed apart (delta-encoded numbers).
    expect(data('terms-0.json').title).toEqual([
      ['c', [], [0]],
      ['cd', [], [0]],
      ['cd8', [0], []],
      ['t', [0], [1]],
      ['ce', [], [0]],
      ['cel', [], [0]],
      ['cell', [], [0]],
      ['cells', [0], []],
      ['tm', [], [1]],
      ['tmb', [1], []],
    ]);
    // The body by number of occurrences: "tmb" twice (slot 7), "counts" once (slot 8); no body text is shipped.
    expect(data('terms-0.json').text).toEqual([
      ['tmb', [null, null, null, null, null, null, null, [1]]],
      ['counts', [null, null, null, null, null, null, null, null, [1]]],
    ]);
    // Exact keys: compact title and Chinese title (weight 1000), id (800).
    expect(data('terms-0.json').keys).toEqual([
      ['cd8tcells', [0, 1000]],
      ['cd8t细胞', [0, 1000]],
      ['cd8', [0, 800]],
      ['tmb', [1, 1000]],
      ['肿瘤突变负荷', [1, 1000]],
    ]);
    expect(data('vocab-5.json')).toEqual(['cells']);
    // A small corpus's display blocks travel in the manifest.
    expect(list.some((f) => f.path.includes('/docs-'))).toBe(false);
    expect(manifest.display?.[0]).toEqual([
      { id: 'cd8', url: '/cells-and-molecules/cd8', title: 'CD8 T cells', titleZh: 'CD8 T细胞', summary: 'Killer cells' },
      { id: 'tmb', url: '/biomarkers/tmb', title: 'TMB', titleZh: '肿瘤突变负荷', summary: 'S' },
    ]);
  });

  it('names the shard folder by the contents, so a changed corpus never reuses cached shards', () => {
    const a = buildSearchIndex(makeSearchDocs()).manifest.base;
    expect(buildSearchIndex(makeSearchDocs()).manifest.base).toBe(a);
    const changed = makeSearchDocs();
    changed[0] = { ...changed[0], summary: changed[0].summary + ' More.' };
    expect(buildSearchIndex(changed).manifest.base).not.toBe(a);
  });

  it('refuses duplicate ids', () => {
    const doc = makeSearchDoc({ id: 'tmb', kind: 'biomarker', title: 'TMB', titleZh: '肿瘤突变负荷', summary: 'S' });
    expect(() => buildSearchIndex([doc, doc])).toThrow('buildSearchIndex: duplicate id "tmb"');
  });

  it('accepts an empty corpus, which finds nothing', async () => {
    const engine = openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex([]))));
    expect(engine.size).toBe(0);
    expect(engine.search('TMB')).toEqual([]);
    expect(await engine.find('TMB')).toEqual({ hits: [], error: null });
  });
});

describe('lazy loading', () => {
  it('fetches the manifest on open and, per query, only the shards it touches, with the same hits as a complete index', async () => {
    const map = files();
    const complete = openSearchIndexSync(memorySource(map));
    for (const q of ['TMB', '肿瘤微环境', 'pembrolizumb', 'STK11 nivolumab', 'LKB1 微环境', 'resistance']) {
      const { asked, source } = asyncSource(map);
      const engine = await openSearchIndex(source);
      expect(asked).toEqual([MANIFEST_FILE]);
      const result = await engine.find(q, { limit: 5 });
      expect(result.error).toBeNull();
      expect(result.hits).toEqual(complete.search(q, { limit: 5 }));
      expect(asked.length).toBeLessThan(map.size);
      // Once loaded, the synchronous search agrees and nothing more is fetched.
      const before = asked.length;
      expect(engine.search(q, { limit: 5 })).toEqual(result.hits);
      expect(asked.length).toBe(before);
    }
  });

  it('fetches display blocks (for titles and hits) when they do not travel in the manifest', async () => {
    const map = searchIndexFiles(buildSearchIndex(syntheticDocs(1000)));
    expect(JSON.parse(map.get(MANIFEST_FILE)!).display).toBeUndefined();
    const complete = openSearchIndexSync(memorySource(map));
    for (const q of ['resistance', 'T', 'immune checkpoint', 'acqired', '免疫']) {
      const { asked, source } = asyncSource(map);
      const result = await (await openSearchIndex(source)).find(q, { limit: 8 });
      expect(result).toEqual({ hits: complete.search(q, { limit: 8 }), error: null });
      expect(result.hits.length).toBeGreaterThan(0);
      expect(asked.some((p) => p.includes('/docs-'))).toBe(true);
    }
  });

  it('reads a spelling vocabulary only for a word that matches nothing', async () => {
    const map = files();
    const { asked, source } = asyncSource(map);
    const engine = await openSearchIndex(source);
    await engine.find('pseudoprogression');
    expect(asked.filter((p) => p.includes('/vocab-'))).toEqual([]);
    await engine.find('pseudoprogresion');
    expect(asked.filter((p) => p.includes('/vocab-')).length).toBeGreaterThan(0);
  });
});

describe('bad index files', () => {
  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'Search index is missing or not an object (got undefined)'],
    [
      'an HTML error page',
      '<!DOCTYPE html><title>404</title>',
      'Search index is missing or not an object (got the string "<!DOCTYPE html><title>404</title>")',
    ],
    ['an array', [], 'Search index is missing or not an object (got an array)'],
    [
      'no version',
      { count: 0 },
      'Search index version undefined is not supported (expected 3): rebuild the site so the index matches the code',
    ],
    [
      'another version',
      { version: 2, docs: [] },
      'Search index version number is not supported (expected 3): rebuild the site so the index matches the code',
    ],
  ])('manifest: %s', (_, data, message) => {
    expect(() => openSearchIndexSync(() => data)).toThrow(new SearchIndexError(message));
  });

  it.each<[string, (m: Record<string, unknown>) => void, string]>([
    [
      'a base folder that could leave the index folder',
      (m) => (m.base = '../etc'),
      'base should be a folder name of letters and digits, got the string "../etc"',
    ],
    [
      'a missing column',
      (m) => delete (m.docs as Record<string, unknown>).titleLength,
      'docs.titleLength should be a list of whole numbers from 0 to 2147483647',
    ],
    ['a column of the wrong length', (m) => (m.docs as Record<string, number[]>).kind.pop(), 'docs.kind should have 23 values, has 22'],
    [
      'a kind number out of range',
      (m) => ((m.docs as Record<string, number[]>).kind[0] = 99),
      'docs.kind should be a list of whole numbers from 0 to 5',
    ],
    ['zero buckets', (m) => (m.buckets = 0), 'buckets should be a whole number from 1 to 65536, got number'],
  ])('manifest: %s', (_, edit, expected) => {
    const manifest = JSON.parse(files().get(MANIFEST_FILE)!) as Record<string, unknown>;
    edit(manifest);
    let message = '';
    try {
      openSearchIndexSync(() => manifest);
    } catch (e) {
      expect(e).toBeInstanceOf(SearchIndexError);
      message = (e as Error).message;
    }
    expect(message).toBe(`Search index is corrupt: manifest.json: ${expected}`);
  });

  it('a corrupt shard gives no hits and a message naming the file, and does not break other queries', async () => {
    const { map, shard } = await withBrokenShard('TMB', (text) => text.replace(/\[\[/, '[["tmb", "x"], ['));
    const engine = await openSearchIndex(asyncSource(map).source);
    const result = await engine.find('TMB');
    expect(result.hits).toEqual([]);
    expect(result.error).toBe(`Search index is corrupt: ${shard}: title[0] should be a [token, …] entry of 3 items`);
  });

  it('a shard that names a document that does not exist is corrupt', async () => {
    const { map, shard } = await withBrokenShard('TMB', (text) => {
      const data = JSON.parse(text) as Record<string, [string, number[], number[]][]>;
      data.title[0][1] = [9999];
      return JSON.stringify(data);
    });
    const result = await (await openSearchIndex(asyncSource(map).source)).find('TMB');
    expect(result).toEqual({
      hits: [],
      error: `Search index is corrupt: ${shard}: title[0] whole names document 9999, but there are ${makeSearchDocs().length}`,
    });
  });

  it('a missing shard gives no hits and a message; the file is asked for again by the next query', async () => {
    const { map, shard } = await withBrokenShard('TMB', () => undefined);
    const { asked, source } = asyncSource(map);
    const engine = await openSearchIndex(source);
    expect(await engine.find('TMB')).toEqual({
      hits: [],
      error: `Search index file ${shard} is missing: rebuild the site so the index is complete`,
    });
    await engine.find('TMB');
    expect(asked.filter((p) => p === shard)).toHaveLength(2);
  });

  it('a failed fetch (network error) is a message too', async () => {
    const map = files();
    const engine = await openSearchIndex((path) =>
      path === MANIFEST_FILE ? JSON.parse(map.get(path)!) : Promise.reject(new Error('network down')),
    );
    expect(await engine.find('TMB')).toEqual({ hits: [], error: 'network down' });
  });

  it('the synchronous search reports a bad shard through onError and answers []', () => {
    const map = files();
    const manifest = JSON.parse(map.get(MANIFEST_FILE)!) as SearchManifest;
    for (const path of map.keys()) if (path.startsWith(`${manifest.base}/terms-`)) map.set(path, '{"title": 5}');
    const seen: string[] = [];
    const engine = openSearchIndexSync(memorySource(map), { onError: (e) => seen.push((e as Error).message) });
    expect(engine.search('TMB')).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^Search index is corrupt: [a-z0-9]+\/terms-\d+\.json: title should be a list of entries, got number$/);
  });

  it('does not follow a "__proto__" key in a file', () => {
    const map = searchIndexFiles(buildSearchIndex([]));
    const text = map.get(MANIFEST_FILE)!.replace(/^\{/, '{"__proto__": {"polluted": true}, ');
    const engine = openSearchIndexSync(memorySource(new Map([[MANIFEST_FILE, text]])));
    expect(engine.size).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
