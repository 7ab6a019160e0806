import { describe, expect, it } from 'vitest';
import { chooseEncoding, indexFileHeaders, indexFilePath } from '../../../lib/search/index-files';

describe('serving index files', () => {
  it.each<[string[], string | null]>([
    [['manifest.json'], 'manifest.json'],
    [['7usx2th5dv', 'terms-12.json'], '7usx2th5dv/terms-12.json'],
    [['7usx2th5dv', 'docs-0.json'], '7usx2th5dv/docs-0.json'],
    [['..', 'terms-1.json'], null],
    [['7usx2th5dv', '..', 'terms-1.json'], null],
    [['7usx2th5dv', 'terms-1.json.br'], null],
    [['7usx2th5dv', '.terms-1.json'], null],
    [['7usx2th5dv', '%2e%2e'], null],
    [['corpus.json'], null],
    [[], null],
  ])('%j → %j', (segments, expected) => {
    expect(indexFilePath(segments)).toBe(expected);
  });

  it.each<[string | null, string]>([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    [null, 'identity'],
    ['GZIP', 'gzip'],
  ])('Accept-Encoding %j → %s', (accept, expected) => {
    expect(chooseEncoding(accept, () => true)).toBe(expected);
  });

  it('falls back to the next encoding when a copy does not exist', () => {
    expect(chooseEncoding('br, gzip', (e) => e !== 'br')).toBe('gzip');
  });

  it('caches shards for a year and revalidates the manifest', () => {
    expect(indexFileHeaders('manifest.json', 'br')).toEqual({
      'content-type': 'application/json; charset=utf-8',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=0, must-revalidate',
      'content-encoding': 'br',
    });
    expect(indexFileHeaders('abc/terms-1.json', 'identity')).toEqual({
      'content-type': 'application/json; charset=utf-8',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
});
