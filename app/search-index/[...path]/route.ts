import { buildSearchIndex, searchIndexFiles } from '@/lib/search/build-index';
import { toChineseSearchDocs, toSearchDocs } from '@/lib/search/documents';
import { MANIFEST_FILE } from '@/lib/search/index-payload';
import { getSite } from '@/lib/site/get-site';
import { ZH_INDEX_FOLDER } from '@/lib/site/search-routes';

// The search index files, built in memory from the site: what `next dev` and a bare `next start` serve (Next
// compresses them per request). `npm start` answers these URLs first with the precompressed copies that
// scripts/build-search-index.ts wrote (scripts/serve-index-files.mjs): the same bytes, since the build is
// deterministic. A route cannot send them itself: Next 16 drops a route's Content-Encoding header.
// /search-index/… is the English index, /search-index/zh/… the Chinese edition's (built on first request).
export const dynamic = 'force-dynamic';

const ZH = `${ZH_INDEX_FOLDER}/`;
let memo: { site: unknown; en: Map<string, string>; zh: Map<string, string> | null } | null = null;

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join('/');
  const site = await getSite();
  if (memo?.site !== site) memo = { site, en: searchIndexFiles(buildSearchIndex(toSearchDocs(site.entries))), zh: null };
  const zh = path.startsWith(ZH);
  if (zh) memo.zh ??= searchIndexFiles(buildSearchIndex(toChineseSearchDocs(site.entries, site.getTranslation), { lang: 'zh' }));
  const file = zh ? path.slice(ZH.length) : path;
  const text = (zh ? memo.zh : memo.en)?.get(file);
  if (text === undefined) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(text, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': file === MANIFEST_FILE ? 'public, max-age=0, must-revalidate' : 'public, max-age=31536000, immutable',
    },
  });
}
