import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { SEARCH_INDEX_VERSION, SearchIndexError } from '../../../lib/search/index-payload';
import { loadSearchIndex } from '../../../lib/search/query';
import { makeSearchDoc, makeSearchDocs } from '../../helpers/make-search-docs';

const good = () => JSON.parse(JSON.stringify(buildSearchIndex(makeSearchDocs())));

/** The good payload with docs[1] changed by `edit`. */
function withDoc(edit: (doc: Record<string, unknown>) => void): unknown {
  const data = good();
  edit(data.docs[1]);
  return data;
}

describe('buildSearchIndex', () => {
  it('round-trips through JSON to an engine that finds the same pages', () => {
    const direct = loadSearchIndex(buildSearchIndex(makeSearchDocs()));
    const viaJson = loadSearchIndex(good());
    for (const q of ['TMB', '肿瘤微环境', 'pembrolizumb', 'PD-L1']) {
      expect(viaJson.search(q).map((h) => h.id)).toEqual(direct.search(q).map((h) => h.id));
    }
  });

  it('stores the version, the fields search shows, each field index exported, and the body as an index (not as text)', () => {
    const doc = makeSearchDoc({ id: 'tmb', kind: 'biomarker', title: 'TMB', titleZh: '肿瘤突变负荷', summary: 'S', text: 'TMB counts TMB' });
    const built = buildSearchIndex([doc]);
    expect(Object.keys(built.fields)).toEqual(['title', 'titleZh', 'aliases', 'summary', 'headings']);
    // "forward" tokenising: every prefix of the title's token is a key; empty fields export no document.
    expect(built.fields.title).toEqual([
      ['1.reg', [0]],
      ['1.map', [['t', [[0]]], ['tm', [[0]]], ['tmb', [[0]]]]],
    ]);
    expect(built.fields.aliases).toEqual([]);
    expect({ ...built, fields: undefined }).toEqual({
      version: SEARCH_INDEX_VERSION,
      fields: undefined,
      docs: [{ id: 'tmb', kind: 'biomarker', url: '/biomarkers/tmb', title: 'TMB', titleZh: '肿瘤突变负荷', aliases: [], summary: 'S', headings: [] }],
      // flexsearch 0.8's export: registered documents, then token → score slots (slot = 9 − occurrences).
      body: [
        ['1.reg', [0]],
        ['1.map', [['tmb', [null, null, null, null, null, null, null, [0]]], ['counts', [null, null, null, null, null, null, null, null, [0]]]]],
      ],
    });
  });

  it('refuses duplicate ids', () => {
    const doc = makeSearchDoc({ id: 'tmb', kind: 'biomarker', title: 'TMB', titleZh: '肿瘤突变负荷', summary: 'S' });
    expect(() => buildSearchIndex([doc, doc])).toThrow('buildSearchIndex: duplicate id "tmb"');
  });
});

describe('loadSearchIndex errors', () => {
  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'Search index is missing or not an object (got undefined)'],
    ['null', null, 'Search index is missing or not an object (got null)'],
    ['an HTML error page', '<!DOCTYPE html><title>404</title>', 'Search index is missing or not an object (got the string "<!DOCTYPE html><title>404</title>")'],
    ['an array', [], 'Search index is missing or not an object (got an array)'],
    ['no version', { docs: [] }, 'Search index version undefined is not supported (expected 2): rebuild the site so search-index.json matches the code'],
    ['another version', { version: 1, docs: [] }, 'Search index version number is not supported (expected 2): rebuild the site so search-index.json matches the code'],
    ['no docs', { version: 2 }, 'Search index is corrupt: docs should be a list, got undefined'],
    ['docs not a list', { version: 2, docs: {} }, 'Search index is corrupt: docs should be a list, got object'],
    ['a doc that is not an object', { version: 2, docs: [null] }, 'Search index is corrupt: docs[0] should be an object, got null'],
    ['no field indexes', { version: 2, docs: [], body: [] }, 'Search index is corrupt: fields should be an object, got undefined'],
    ['a missing field index', { version: 2, docs: [], fields: { title: [] }, body: [] }, 'Search index is corrupt: fields.titleZh should be a list of index chunks, got undefined'],
  ])('%s', (_, data, message) => {
    expect(() => loadSearchIndex(data)).toThrow(new SearchIndexError(message));
  });

  it.each<[string, (d: Record<string, unknown>) => void, string]>([
    ['missing title', (d) => delete d.title, 'Search index is corrupt: docs[1].title should be a string, got undefined'],
    ['numeric id', (d) => (d.id = 7), 'Search index is corrupt: docs[1].id should be a string, got number'],
    ['empty id', (d) => (d.id = ''), 'Search index is corrupt: docs[1].id is empty'],
    ['duplicate id', (d) => (d.id = 'stk11-lkb1-loss'), 'Search index is corrupt: docs[1].id "stk11-lkb1-loss" appears twice'],
    ['malformed kind', (d) => (d.kind = 'Gene <b>'), 'Search index is corrupt: docs[1].kind should be a kind name, got the string "Gene <b>"'],
    ['aliases not strings', (d) => (d.aliases = ['LKB1', 1]), 'Search index is corrupt: docs[1].aliases should be a list of strings, got an array'],
    ['unknown origin', (d) => (d.origin = 'both'), 'Search index is corrupt: docs[1].origin should be one of intrinsic, extrinsic, got the string "both"'],
    ['inherited field only', (d) => { delete d.summary; Object.setPrototypeOf(d, { summary: 'x' }); }, 'Search index is corrupt: docs[1].summary should be a string, got undefined'],
  ])('%s', (_, edit, message) => {
    expect(() => loadSearchIndex(withDoc(edit))).toThrow(new SearchIndexError(message));
  });

  it.each<[string, unknown, string]>([
    ['no body', undefined, 'Search index is corrupt: body should be a list of index chunks, got undefined'],
    ['a chunk that is no pair', [['1.reg']], 'Search index is corrupt: body[0] should be a [key, data] pair, got an array'],
    ['an unknown chunk key', [['1.cfg', []]], 'Search index is corrupt: body[0] has the unknown key "1.cfg"'],
    ['a document number out of range', [['1.reg', [0, 99]]], 'Search index is corrupt: body[0] (1.reg) holds malformed data or a document number out of range'],
    ['a malformed map entry', [['1.map', [['tmb', 'x']]]], 'Search index is corrupt: body[0] (1.map) holds malformed data or a document number out of range'],
    ['too many score slots', [['1.map', [['tmb', Array(10).fill(null)]]]], 'Search index is corrupt: body[0] (1.map) holds malformed data or a document number out of range'],
    ['a fractional document number', [['1.map', [['tmb', [[0.5]]]]]], 'Search index is corrupt: body[0] (1.map) holds malformed data or a document number out of range'],
  ])('body: %s', (_, body, message) => {
    const data = good();
    data.body = body;
    expect(() => loadSearchIndex(data)).toThrow(new SearchIndexError(message));
  });

  it('checks the field indexes like the body', () => {
    const data = good();
    data.fields.aliases = [['1.reg', [0, 99]]];
    expect(() => loadSearchIndex(data)).toThrow(new SearchIndexError('Search index is corrupt: fields.aliases[0] (1.reg) holds malformed data or a document number out of range'));
  });

  it('throws an error of its own class with a name', () => {
    try {
      loadSearchIndex(undefined);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SearchIndexError);
      expect((e as Error).name).toBe('SearchIndexError');
    }
  });

  it('accepts an empty corpus and finds nothing', () => {
    expect(loadSearchIndex(buildSearchIndex([])).search('TMB')).toEqual([]);
  });

  it('does not follow a "__proto__" key in the payload', () => {
    const data = JSON.parse(`{"version": ${SEARCH_INDEX_VERSION}, "docs": [], "fields": ${JSON.stringify(buildSearchIndex([]).fields)}, "body": [], "__proto__": {"polluted": true}}`);
    expect(loadSearchIndex(data).size).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
