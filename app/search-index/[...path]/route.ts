import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toSearchDocs } from '@/lib/search/documents';
import { chooseEncoding, indexFileHeaders, indexFilePath, PRECOMPRESSED, type IndexEncoding } from '@/lib/search/index-files';
import { getSite } from '@/lib/site/get-site';
import { SEARCH_INDEX_DIR } from '@/lib/site/search-routes';

// The search index files that scripts/build-search-index.ts wrote at build time, each with .br and .gz copies:
// sent precompressed (no compression per request), the best encoding the client accepts. In development, where
// the content changes under the server, the files are built from the live site in memory instead.
export const dynamic = 'force-dynamic';

const SUFFIX: Record<IndexEncoding, string> = { ...Object.fromEntries(PRECOMPRESSED), identity: '' } as Record<IndexEncoding, string>;

let dev: { site: unknown; files: Map<string, string> } | null = null;

async function devFile(path: string): Promise<string | undefined> {
  const site = await getSite();
  if (dev?.site !== site) dev = { site, files: searchIndexFiles(buildSearchIndex(toSearchDocs(site.entries))) };
  return dev.files.get(path);
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = indexFilePath((await params).path);
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (!path) return notFound();
  if (process.env.NODE_ENV === 'development') {
    const text = await devFile(path);
    return text === undefined ? notFound() : new Response(text, { headers: indexFileHeaders(path, 'identity') });
  }
  const file = join(process.cwd(), SEARCH_INDEX_DIR, path);
  // The build writes every copy; a copy that is somehow missing falls back to the plain file.
  const encoding = chooseEncoding(request.headers.get('accept-encoding'), () => true);
  let sent: IndexEncoding = encoding;
  let body = await readFile(file + SUFFIX[encoding]).catch(() => null);
  if (!body && encoding !== 'identity') {
    sent = 'identity';
    body = await readFile(file).catch(() => null);
  }
  return body ? new Response(new Uint8Array(body), { headers: indexFileHeaders(path, sent) }) : notFound();
}
