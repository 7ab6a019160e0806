import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toSearchDocs } from '@/lib/search/documents';
import { MANIFEST_FILE } from '@/lib/search/index-payload';
import { getSite } from '@/lib/site/get-site';

// The search index files, built in memory from the site: what `next dev` and a bare `next start` serve (Next
// compresses them per request). `npm start` answers these URLs first with the precompressed copies that
// scripts/build-search-index.ts wrote (scripts/serve-index-files.mjs): the same bytes, since the build is
// deterministic. A route cannot send them itself: Next 16 drops a route's Content-Encoding header.
export const dynamic = 'force-dynamic';

let memo: { site: unknown; files: Map<string, string> } | null = null;

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join('/');
  const site = await getSite();
  if (memo?.site !== site) memo = { site, files: searchIndexFiles(buildSearchIndex(toSearchDocs(site.entries))) };
  const text = memo.files.get(path);
  if (text === undefined) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(text, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': path === MANIFEST_FILE ? 'public, max-age=0, must-revalidate' : 'public, max-age=31536000, immutable',
    },
  });
}
