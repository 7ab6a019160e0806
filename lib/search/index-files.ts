/**
 * Serving the search index files: which URL paths name one, which precompressed copy to send, and the headers.
 * Pure; the route (app/search-index/[...path]/route.ts) and the build script do the file work.
 */
import { MANIFEST_FILE } from './index-payload';

/** Encodings the build writes beside each file, best first, with their file suffixes. */
export const PRECOMPRESSED = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

export type IndexEncoding = (typeof PRECOMPRESSED)[number][0] | 'identity';

/**
 * The index file a URL path names (the segments after /search-index/), or null: "manifest.json" or
 * "<base>/<name>.json" with lower-case letters, digits and hyphens only, so no path can leave the folder.
 */
export function indexFilePath(segments: readonly string[]): string | null {
  const path = segments.join('/');
  if (path === MANIFEST_FILE) return path;
  return segments.length === 2 && /^[a-z0-9]{1,32}$/.test(segments[0]) && /^[a-z]+-[0-9]{1,6}\.json$/.test(segments[1]) ? path : null;
}

/** The encoding to send: the first of br, gzip that the client accepts (q > 0) and that exists, else identity. */
export function chooseEncoding(acceptEncoding: string | null, available: (encoding: IndexEncoding) => boolean): IndexEncoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  for (const [encoding] of PRECOMPRESSED) if (ok(encoding) && available(encoding)) return encoding;
  return 'identity';
}

/**
 * Response headers for an index file. Shards sit in a folder named by a hash of their contents, so they never
 * change and are cached for a year; the manifest, which names the current folder, is revalidated every time.
 */
export function indexFileHeaders(path: string, encoding: IndexEncoding): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    vary: 'Accept-Encoding',
    'cache-control': path === MANIFEST_FILE ? 'public, max-age=0, must-revalidate' : 'public, max-age=31536000, immutable',
  };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  return headers;
}
