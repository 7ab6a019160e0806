import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndexFiles } from '../../../lib/search/build-index';
import { highlight } from '../../../lib/search/highlight';
import { memorySource, openSearchIndexSync } from '../../../lib/search/query';
import { MAX_QUERY_LENGTH, sanitiseQuery } from '../../../lib/search/query-input';
import { makeSearchDocs } from '../../helpers/make-search-docs';
import { mulberry32 as prng } from '../../../lib/bench/prng';

const internalErrors: unknown[] = [];
const engine = openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex(makeSearchDocs()))), {
  onError: (e) => internalErrors.push(e),
});

const PIECES = [
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '"',
  "'",
  '`',
  '\\',
  '.*',
  '(?:',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '^',
  '$',
  '|',
  '+',
  '?',
  '*',
  '\\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '😀',
  '👨‍👩‍👧',
  '🇨🇳',
  '\u202e',
  '\u200f',
  '\u2066',
  'مرحبا',
  'שלום',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
  '肿瘤',
  '微环境',
  'β',
  'γ',
  'Ω',
  '-',
  '–',
  '_',
  '/',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\ufeff',
  '\u00ad',
  'pd',
  'l1',
  'TMB',
  'a',
  '1',
  'e\u0301',
  'ﬁ',
  'Ⅻ',
  '𝔘',
  'ＰＤ',
  'pembrolizumb',
  'x'.repeat(300),
];

function randomQuery(rnd: () => number): string {
  let q = '';
  const n = Math.floor(rnd() * 14);
  for (let j = 0; j < n; j++) {
    const r = rnd();
    if (r < 0.5) q += PIECES[Math.floor(rnd() * PIECES.length)];
    else if (r < 0.8) q += String.fromCharCode(Math.floor(rnd() * 0x10000));
    else q += String.fromCodePoint(Math.floor(rnd() * 0x110000));
  }
  return q;
}

describe('sanitiseQuery', () => {
  it.each([
    ['a\ud800b', 'ab'],
    ['\udc00x\ud800', 'x'],
    ['😀 TMB', '😀 TMB'],
    ['TMB\u0000\u0007PD-L1', 'TMB  PD-L1'],
    ['  TMB  ', 'TMB'],
  ])('%j → %j', (input, expected) => {
    expect(sanitiseQuery(input)).toBe(expected);
  });

  it('cuts to MAX_QUERY_LENGTH', () => {
    expect(sanitiseQuery('x'.repeat(10_000))).toBe('x'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('hostile input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n\u3000 '],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['HTML', '<script>alert(1)</script>'],
    ['prototype keys', '__proto__ constructor prototype'],
    ['emoji', '😀👨‍👩‍👧🇨🇳'],
    ['right-to-left text', 'مرحبا بالعالم'],
    ['a lone bidi override', '\u202e'],
    ['lone surrogates', '\ud800\udc00\udc00\ud800'],
    ['NUL and controls', '\u0000\u0001\u001f'],
  ])('%s → []', (_, query) => {
    expect(engine.search(query)).toEqual([]);
  });

  it('reads through bidi controls around a real term', () => {
    expect(engine.search('\u202eTMB\u202c')[0]?.id).toBe('tmb');
  });

  it('treats non-strings as empty', () => {
    expect(engine.search(undefined as unknown as string)).toEqual([]);
    expect(engine.search({ toString: () => 'TMB' } as unknown as string)).toEqual([]);
  });

  // Speed is measured by `npm run bench`, never by a timed unit test: here the work is bounded by cutting the query.
  it('cuts a 10,000-character query to MAX_QUERY_LENGTH', () => {
    const long = 'pembrolizumab '.repeat(715);
    expect(engine.search(long)[0]?.id).toBe('pd-1-pd-l1-inhibitors');
    expect(engine.search(long)).toEqual(engine.search(long.slice(0, MAX_QUERY_LENGTH)));
    expect(engine.search('肿'.repeat(10_000))).toEqual([]);
    expect(engine.search('x'.repeat(10_000))).toEqual([]);
    expect(MAX_QUERY_LENGTH).toBe(200);
  });

  it('survives thousands of random queries without throwing, hanging or polluting prototypes', () => {
    const rnd = prng(20261124);
    for (let i = 0; i < 3000; i++) {
      const q = randomQuery(rnd);
      const hits = engine.search(q, { limit: 1 + (i % 30), filters: i % 7 === 0 ? { kind: ['concept'] } : undefined });
      expect(Array.isArray(hits)).toBe(true);
      expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
      for (const h of hits) {
        expect(h.titleSegments.map((s) => s.text).join('')).toBe(h.title);
      }
      const segments = highlight('TMB <b>PD-L1</b> 肿瘤微环境 😀', q);
      expect(segments.map((s) => s.text).join('')).toBe('TMB <b>PD-L1</b> 肿瘤微环境 😀');
    }
    // No answer came from the catch-all: nothing threw inside the engine.
    expect(internalErrors).toEqual([]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reports an internal failure and answers [] instead of throwing', () => {
    const seen: string[] = [];
    const broken = openSearchIndexSync(memorySource(searchIndexFiles(buildSearchIndex(makeSearchDocs()))), {
      onError: (_, q) => seen.push(q),
    });
    const poisoned = {
      limit: 5,
      get filters(): never {
        throw new Error('boom');
      },
    };
    expect(broken.search('TMB', poisoned)).toEqual([]);
    expect(seen).toEqual(['TMB']);
  });

  it('ignores junk in the options', () => {
    const opts = JSON.parse(
      '{"limit": "7", "filters": {"kind": ["concept", "__proto__", 3], "origin": "intrinsic", "__proto__": {"polluted": 1}}}',
    );
    expect(engine.search('exhaustion', opts).map((h) => h.id)).toEqual(['t-cell-exhaustion']);
    expect(engine.search('TMB', { limit: -5 }).map((h) => h.id)).toEqual(['tmb']);
    expect(engine.search('TMB', { limit: Number.NaN })[0]?.id).toBe('tmb');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
