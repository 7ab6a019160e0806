import { getSite } from '@/lib/site/get-site';
import { buildGlossary, glossaryTermRows } from '@/lib/discovery/glossary';

// Built once from the validated corpus and served as a static file; the glossary index fetches it when a reader
// filters, or when an old link (/glossary#term-tmb) needs the term's letter page.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return Response.json(glossaryTermRows(buildGlossary(site.entries)));
}
