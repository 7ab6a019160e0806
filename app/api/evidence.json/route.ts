import { getSite } from '@/lib/site/get-site';
import { toStatementRecords } from '@/lib/evidence/export';
import { siteUrl } from '@/lib/site/metadata';

// Every graded evidence statement as JSON (schema: /api/evidence.schema.json), generated at build time.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return Response.json(toStatementRecords(site.entries, site.getReference, siteUrl()));
}
