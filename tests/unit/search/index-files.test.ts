import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, indexFileHeaders, indexFilePath, serveIndexFile } from '../../../scripts/serve-index-files.mjs';
import securityHeaders from '../../../lib/site/security-headers.json';

describe('which index file a URL names', () => {
  it.each<[string, string | null]>([
    ['manifest.json', 'manifest.json'],
    ['7usx2th5dv/terms-12.json', '7usx2th5dv/terms-12.json'],
    ['7usx2th5dv/docs-0.json', '7usx2th5dv/docs-0.json'],
    // The Chinese edition's index, in its subfolder.
    ['zh/manifest.json', 'zh/manifest.json'],
    ['zh/5wu74l54lt/terms-3.json', 'zh/5wu74l54lt/terms-3.json'],
    ['zh/5wu74l54lt/vocab-7.json', 'zh/5wu74l54lt/vocab-7.json'],
    ['zh/../manifest.json', null],
    ['zh/zh/manifest.json', null],
    ['fr/manifest.json', null],
    ['zh/', null],
    ['zh', null],
    ['ZH/manifest.json', null],
    ['../terms-1.json', null],
    ['7usx2th5dv/../terms-1.json', null],
    ['7usx2th5dv/terms-1.json.br', null],
    ['7usx2th5dv/.terms-1.json', null],
    ['7usx2th5dv/%2e%2e', null],
    ['corpus.json', null],
    ['', null],
  ])('%j → %j', (rest, expected) => {
    expect(indexFilePath(rest)).toBe(expected);
  });
});

describe('encoding', () => {
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

  it('sends the security headers, caches shards for a year and revalidates the manifest', () => {
    expect(indexFileHeaders('manifest.json', 'br')).toEqual({
      ...securityHeaders,
      'content-type': 'application/json; charset=utf-8',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=0, must-revalidate',
      'content-encoding': 'br',
    });
    expect(indexFileHeaders('abc/terms-1.json', 'identity')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(indexFileHeaders('abc/terms-1.json', 'identity')['content-encoding']).toBeUndefined();
    expect(indexFileHeaders('zh/manifest.json', 'gzip')['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(indexFileHeaders('zh/abc/terms-1.json', 'gzip')['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('serveIndexFile', () => {
  let dir = '';
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'index-files-'));
    mkdirSync(join(dir, 'abc'));
    writeFileSync(join(dir, 'abc/terms-0.json'), '{"plain":true}');
    writeFileSync(join(dir, 'abc/terms-0.json.gz'), (await import('node:zlib')).gzipSync('{"gz":true}'));
    mkdirSync(join(dir, 'zh/xyz'), { recursive: true });
    writeFileSync(join(dir, 'zh/manifest.json'), '{"zh":"manifest"}');
    writeFileSync(join(dir, 'zh/xyz/terms-1.json'), '{"zh":true}');
    server = http.createServer((req, res) => {
      if (!serveIndexFile(req, res, dir)) res.writeHead(418).end('next');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, accept: string) =>
    new Promise<{ status: number; encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers: { 'accept-encoding': accept } }, (res) => {
          const chunks: Buffer[] = [];
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve({ status: res.statusCode!, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  it('sends the precompressed copy the client accepts, with Content-Encoding', async () => {
    const r = await get('/search-index/abc/terms-0.json', 'br, gzip');
    expect(r.status).toBe(200);
    expect(r.encoding).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe('{"gz":true}');
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const r = await get('/search-index/abc/terms-0.json', 'identity');
    expect(r).toMatchObject({ status: 200, encoding: undefined });
    expect(r.body.toString()).toBe('{"plain":true}');
  });

  it('serves the Chinese index from its subfolder, revalidating its manifest', async () => {
    const m = await get('/search-index/zh/manifest.json', 'identity');
    expect(m).toMatchObject({ status: 200, encoding: undefined });
    expect(m.body.toString()).toBe('{"zh":"manifest"}');
    expect((await get('/search-index/zh/xyz/terms-1.json', 'br')).body.toString()).toBe('{"zh":true}');
    expect((await get('/search-index/zh/abc/terms-0.json', 'identity')).status).toBe(418);
  });

  it('passes on what is not an index file it has', async () => {
    for (const path of ['/search-index/abc/terms-9.json', '/search-index/../corpus.json', '/', '/search-index/abc/terms-0.json.gz']) {
      expect((await get(path, 'gzip')).status).toBe(418);
    }
  });
});
