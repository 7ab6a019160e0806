import { getSite } from '@/lib/site/get-site';
import { buildSearchIndex } from '@/lib/search/build-index';
import { toSearchDocs } from '@/lib/search/documents';

// Serialised at build time from the validated corpus, served as a static file, fetched when search first opens.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return Response.json(buildSearchIndex(toSearchDocs(site.entries)));
}
