/**
 * Precompressed search index files for `npm start`: scripts/server.mjs calls `serveIndexFile` first for every
 * request; it answers GET/HEAD /search-index/<file> from .atlas/search-index/ with the .br or .gz copy the build
 * wrote, as the client accepts, and leaves every other request to Next.
 *
 * Why here and not in the route: Next 16 drops Content-Encoding from a route handler's response (FORBIDDEN_HEADERS
 * in next/dist/server/send-response.js) and compresses the body again, so a route cannot send precompressed bytes.
 * Without this module (plain `next start`, `next dev`) app/search-index/[...path]/route.ts serves the same files
 * built in memory, and Next compresses them per request.
 */
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import securityHeaders from '../lib/site/security-headers.json' with { type: 'json' };

export const URL_PREFIX = '/search-index/';
export const MANIFEST_FILE = 'manifest.json';

/** Encodings the build writes beside each file, best first, with their file suffixes. */
export const PRECOMPRESSED = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** Subfolder of the Chinese edition's index (lib/site/search-routes.ts ZH_INDEX_FOLDER). */
export const ZH_INDEX_FOLDER = 'zh';

/**
 * The index file a URL path names (the part after /search-index/), or null: "manifest.json" or
 * "<base>/<name>-<n>.json" with lower-case letters and digits, each either at the top (English) or under "zh/"
 * (the Chinese edition's index), so no path can leave the folder.
 * @param {string} rest
 * @returns {string | null}
 */
export function indexFilePath(rest) {
  const file = rest.startsWith(`${ZH_INDEX_FOLDER}/`) ? rest.slice(ZH_INDEX_FOLDER.length + 1) : rest;
  if (file === MANIFEST_FILE) return rest;
  return /^[a-z0-9]{1,32}\/[a-z]+-[0-9]{1,6}\.json$/.test(file) ? rest : null;
}

/**
 * True for a manifest (English or Chinese): revalidated, where shards are cached for good.
 * @param {string} path
 */
export function isManifestPath(path) {
  return path === MANIFEST_FILE || path === `${ZH_INDEX_FOLDER}/${MANIFEST_FILE}`;
}

/**
 * The encoding to send: the first of br, gzip that the client accepts (q > 0) and that exists, else identity.
 * @param {string | null | undefined} acceptEncoding
 * @param {(encoding: string) => boolean} available
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function chooseEncoding(acceptEncoding, available) {
  const accepted = new Map();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (e) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  for (const [encoding] of PRECOMPRESSED) if (ok(encoding) && available(encoding)) return /** @type {'br' | 'gzip'} */ (encoding);
  return 'identity';
}

/**
 * Response headers for an index file: the site's security headers, and caching. Shards sit in a folder named by
 * a hash of their contents, so they never change and are cached for a year; the manifests are revalidated.
 * @param {string} path
 * @param {'br' | 'gzip' | 'identity'} encoding
 * @returns {Record<string, string>}
 */
export function indexFileHeaders(path, encoding) {
  const headers = {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    vary: 'Accept-Encoding',
    'cache-control': isManifestPath(path) ? 'public, max-age=0, must-revalidate' : 'public, max-age=31536000, immutable',
  };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  return headers;
}

/**
 * Answers `req` from the files under `dir` when it asks for an index file that exists; returns false (and does
 * nothing) otherwise, so the caller passes the request on.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} dir
 */
export function serveIndexFile(req, res, dir) {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(URL_PREFIX)) return false;
  const path = indexFilePath(req.url.slice(URL_PREFIX.length).split('?')[0]);
  if (!path) return false;
  const file = join(dir, path);
  const size = (suffix) => {
    try {
      return statSync(file + suffix).size;
    } catch {
      return -1;
    }
  };
  const encoding = chooseEncoding(req.headers['accept-encoding'], (e) => size(PRECOMPRESSED.find(([name]) => name === e)[1]) >= 0);
  const suffix = PRECOMPRESSED.find(([name]) => name === encoding)?.[1] ?? '';
  const length = size(suffix);
  if (length < 0) return false;
  res.writeHead(200, { ...indexFileHeaders(path, encoding), 'content-length': String(length) });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(file + suffix)
      .on('error', () => res.destroy())
      .pipe(res);
  return true;
}

/** Makes every HTTP server created from now on in this process answer index file requests first. */
export function install(dir = join(process.cwd(), '.atlas/search-index')) {
  const create = http.createServer;
  http.createServer = function createServer(...args) {
    const at = args.findIndex((a) => typeof a === 'function');
    if (at >= 0) {
      const listener = args[at];
      args[at] = function indexFilesFirst(req, res) {
        if (!serveIndexFile(req, res, dir)) return listener.call(this, req, res);
      };
    }
    return create.apply(this, args);
  };
}

if (process.env.ATLAS_INDEX_FILES_PRELOAD === '1') install();
